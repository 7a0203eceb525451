# Admin state of lo and of veths.
ip link set lo up
ip link show lo
ip link set dev lo down
ip link show lo
ip link set lo up
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link show veth0
ip link show veth1
ip link set veth1 up
ip link show
ip link set veth0 down
ip link show
ip link set nosuch up
ip link set dev nosuch down
ip link set veth0 up down

# An IPv4 address on a veth: before and after the link gets carrier.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev veth0
ip addr show veth0
ip route show table all
ip link set veth0 up
ip route show table all
ip link set veth1 up
ip route show table all
ip route
ip route show table local
ip addr

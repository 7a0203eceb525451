# Addresses on a bridge with a port.
ip link add br0 address 02:00:00:00:00:10 type bridge
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 master br0
ip addr add 10.0.0.1/24 dev br0
ip route show table all
ip link set br0 up
ip link set veth0 up
ip link set veth1 up
ip addr show br0
ip route show table all
ip link set veth0 nomaster
ip route show table all

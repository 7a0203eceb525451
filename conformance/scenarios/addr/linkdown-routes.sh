# Routes of addresses on links without carrier are marked linkdown.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip addr add 10.0.0.1/24 dev veth0
ip addr add 2001:db8::1/64 dev veth0 nodad
ip route show table all
ip -6 route
ip link set veth1 up
ip route show table all
ip link set veth1 down
ip route
ip -6 route

# noprefixroute: no prefix route, the local routes stay.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0 noprefixroute
ip addr add 10.0.1.1/24 dev veth0
ip addr add 2001:db8::1/64 dev veth0 noprefixroute nodad
ip addr show veth0
ip route show table all
ip -6 route
ip -j addr show veth0

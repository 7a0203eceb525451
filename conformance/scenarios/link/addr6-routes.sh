# IPv6 routes for addresses and link-local autoconfiguration.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip addr add 2001:db8::1/64 dev veth0
ip -6 route show table all
ip link set veth0 up
ip -6 route show table all
ip link set veth1 up
ip -6 route show table all
ip addr add 2001:db8:1::1/48 dev veth0 noprefixroute
ip addr add 2001:db8:2::1/64 dev veth0 metric 300
ip addr add 2001:db8:3::1/128 dev veth0
ip -6 route show table all
ip addr del 2001:db8::1/64 dev veth0
ip -6 route show table all
ip link set veth1 down
ip -6 route show table all
ip -6 addr
ip link set veth0 down
ip -6 route show table all
ip link set lo up
ip -6 route show table all
ip link set lo down
ip -6 route show table all

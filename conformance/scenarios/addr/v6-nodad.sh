# IPv6 addresses with nodad on a link without carrier, then with carrier.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip addr add 2001:db8::1/64 dev veth0 nodad
ip addr add 2001:db8:1::1/64 dev veth0
ip -6 addr show veth0
ip -6 route show table all
ip link set veth0 up
ip link set veth1 up
ip -6 addr show veth0
ip -6 route show table all
ip addr add 2001:db8:2::1/48 dev veth0 nodad
ip -6 addr show veth0
ip -6 route
ip addr del 2001:db8::1/64 dev veth0
ip -6 addr show veth0

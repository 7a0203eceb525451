# Listing order of IPv6 addresses on one device, by scope and age, and after deletions.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip addr add 2001:db8::1/64 dev veth0 nodad
ip addr add 2001:db8::2/64 dev veth0 nodad
ip addr add fd00::1/64 dev veth0 nodad
ip addr add 2001:db8:1::1/48 dev veth0 nodad
ip addr add fe80::5/64 dev veth0 nodad
ip addr add ::ffff:1.2.3.4/128 dev veth0 nodad
ip addr add 2001:db8::3/128 dev veth0 nodad scope host
ip -6 addr show veth0
ip link set veth0 up
ip link set veth1 up
ip -6 addr show veth0
ip addr del 2001:db8::2/64 dev veth0
ip addr add 2001:db8::2/64 dev veth0 nodad
ip -6 addr show veth0
ip -6 route show table all dev veth0
ip -br -6 addr show veth0

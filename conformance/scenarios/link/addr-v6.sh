# IPv6 addresses: order, flags, link-local autoconf, tentative without carrier.
ip link add veth0 type veth peer name veth1
ip addr add 2001:db8::1/64 dev veth0
ip addr add 2001:db8::2/64 dev veth0 nodad
ip addr add 2001:db8:1::1/48 dev veth0 noprefixroute
ip addr add fd00::1/8 dev veth0
ip addr add fe80::1234/64 dev veth0
ip -6 addr show veth0
ip -j -6 addr show veth0
ip link set veth0 up
ip -6 addr show veth0
ip link set veth1 up
ip -6 addr show veth0
ip -6 addr show veth1
ip -br addr
ip addr add 2001:db8::1/64 dev veth0
ip addr add 2001:db8::6/64 dev veth0 preferred_lft 0
ip addr add 2001:db8::7/64 dev veth0 valid_lft 10 preferred_lft 20
ip addr add 2001:db8::8/128 dev veth0 home mngtmpaddr
ip addr add 2001:db8::9/64 dev veth0 scope link
ip addr add ::1/128 dev veth0
ip -6 addr show veth0
ip addr del 2001:db8::1/64 dev veth0
ip addr del 2001:db8::1/64 dev veth0
ip -6 addr show veth0
ip addr show dev veth0 scope global
ip addr show dev veth0 -tentative
ip addr show dev veth0 dynamic
ip link set veth0 down
ip -6 addr show veth0
ip addr add 2001:db8::10/64 dev veth0 broadcast 2001:db8::ff
ip addr add 2001:db8::11/64 brd + dev veth0
ip addr add 2001:db8::12/64 dev veth0 nodad autojoin
ip addr flush dev veth0
ip -6 addr show veth0

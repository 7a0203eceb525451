# tos/dsfield values are read in hex (rtnl_dsfield_a2n(): strtoul base 16),
# so `tos 10` is 0x10; the ECN bits must be 0.
ip link set lo up
ip route add 10.0.0.0/8 tos 10 dev lo
ip route add 11.0.0.0/8 tos 0x18 dev lo
ip route add 12.0.0.0/8 dsfield 12 dev lo
ip route add 13.0.0.0/8 tos 010 dev lo
ip route add 14.0.0.0/8 tos 100 dev lo
ip route add 15.0.0.0/8 tos zz dev lo
ip route add 16.0.0.0/8 tos -0 dev lo
ip route add 17.0.0.0/8 tos -1 dev lo
ip route add 18.0.0.0/8 tos ff dev lo
ip route add 19.0.0.0/8 tos 0xfc dev lo
ip rule add tos 10 table 5
ip rule add tos 0x1c table 6
ip rule add dsfield 0x11 table 7
ip route show
ip rule
ip route get 10.1.1.1 tos 10
ip route get 10.1.1.1 tos 8
ip route show tos 10
ip route del 10.0.0.0/8 tos 10
ip rule del tos 10 table 5
ip rule
ip -6 route add 2001:db8::/64 tos 0x10 dev lo
ip -6 rule add tos 0x11 table 9
ip -6 rule add tos 0xfc table 9
ip rule add tos 0xfc table 8
ip -6 rule
ip route del 11.0.0.0/8 tos 0x19
ip route add 10.0.0.0/8 tos 10 dev lo
ip route get 10.1.1.1 tos 0x11
ip route get 10.1.1.1 tos 0x18
ip route get 127.0.0.1 tos 0x10
ip -j route get 10.1.1.1 tos 0x10
ip route get fibmatch 10.1.1.1 tos 0x10

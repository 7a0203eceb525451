# Seeded random IPv6 policy-routing scenario (seed 52), from conformance/generators/policy.ts --profile 6.
ip link set lo up
ip link add veth0 address 02:00:00:00:04:01 type veth peer name veth1 address 02:00:00:00:04:02
ip link add veth2 address 02:00:00:00:04:03 type veth peer name veth3 address 02:00:00:00:04:04
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth2 addrgenmode none
ip link set veth3 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 2001:db8:a::1/64 dev veth0 nodad
ip addr add 2001:db8:b::1/64 dev veth2 nodad
ip addr add 2001:db8:c::1/64 dev veth1 nodad
ip link set veth2 group 5
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table 100
ip -6 route add unreachable ::/1 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table 200
ip -6 route add prohibit 2001:db8:5:1::7 table 200
ip -6 route add throw 2001:db8:6::/48 table 200
ip -6 route add prohibit 2001:db8::/32 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table main
ip -6 route add prohibit default table main
ip -6 route get 2001:db8:5::1 oif veth2 mark 7
ip -6 rule show table 100
ip -6 rule add sport 1-1341 goto 50
ip -6 route get 2001:db8:b::1 oif veth2 uid 1500
ip -d -6 rule
ip link set veth2 up
ip -6 route get 2001:db8:5:1::7 ipproto udp sport 1 dport 1000
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth2 mark 7 uid 1500
ip -6 route get 2001:db8:5::1 mark 7 uid 0 ipproto ipv6-icmp
ip -6 route add default via 2001:db8:b::2 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 200
ip -6 route add blackhole 2001:db8:5:1::7 table 100
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table 200
ip -6 route del ::/1 table 100
ip -6 rule add fwmark 0x10/0xf0 uidrange 0-100 from 2001:db8::/32 nop
ip -6 rule del fwmark 7 table 200 suppress_ifgroup 0
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp
ip -6 route get 2001:db8:7::1 oif veth0 mark 7
ip -6 rule add uidrange 1000-2000 blackhole
ip -6 rule add pref 300 oif veth2 to 2001:4860::/32 uidrange 0-0 goto 100
ip -6 rule add pref 200 oif veth0 table 100
ip -6 route show table 200
ip -6 rule add pref 50 not iif lo prohibit
ip -6 rule add pref 200 oif veth2 ipproto tcp unreachable
ip -6 rule
ip -6 route get 2001:db8:7::1
ip -6 rule add pref 32000 to 2001:4860::/32 dport 1 sport 2001-3294 nop
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 mark 3
ip -6 rule list pref 100
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip link set veth2 up
ip -6 route get 2001:db8:5::1 uid 0 ipproto udp
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2 mark 3 uid 1500 ipproto tcp sport 1500 dport 80
ip -6 rule add pref 32000 not sport 2001 ipproto tcp unreachable
ip -6 route add unreachable 2001:db8:5::/48 table 200
ip -6 rule show
ip -6 rule add pref 100 ipproto udp sport 2001-3564 prohibit
ip -6 route add ::/1 via 2001:db8:a::2 metric 10 table 100
ip -6 rule add pref 300 not fwmark 0x10/0xf0 blackhole
ip -6 rule add pref 100 oif veth0 table 100 suppress_prefixlength 0
ip -6 route add default dev veth0 table main
ip -6 route show table all
ip -6 route get 2001:db8:7::1
ip link set veth2 up
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route show table all
ip -6 rule del to 2001:db8:6::/48 dport 1001 from all blackhole
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table main
ip -6 rule add uidrange 1000-2000 iif veth1 nop
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 oif veth2
ip -6 rule del fwmark 7
ip -j -6 rule
ip -6 rule del not dport 2001 nop
ip -6 rule add pref 100 to 2001:db8:5::/48 table 200
ip -6 rule add pref 50 sport 2001-3755 sport 1001 blackhole
ip -6 route get 2001:db8:7::1 uid 50
ip -6 route get 2001:db8:5::1 oif veth0 ipproto tcp
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 152), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:a::2 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 200
ip -6 route add ::/1 dev veth2 metric 10 table 200
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table main
ip -6 route add throw 2001:db8:6::/48 table main
ip -6 route show table all
ip -6 rule add sport 1001-1592 dport 1 table 100
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 200 to 2001:db8:6::/48 iif veth0 nop
ip -6 route show table 200
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth0 uid 50
ip -6 rule add pref 50 ipproto tcp uidrange 1000-2000 unreachable
ip -6 rule add pref 50 sport 2001-3539 dport 1-447 nop
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table 100
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp
ip -6 route del 2001:db8:5:1::7 table 200
ip -d -6 rule
ip -6 route get 2001:db8:5:1::7 mark 0x13 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule add pref 32000 fwmark 7 fwmark 0x10/0xf0 nop
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1
ip -6 route del ::/1 table 200
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule del from 2001:db8::/32 to 2001:db8::/32 prohibit
ip link set veth0 up
ip -6 rule show table 100
ip -6 route add throw 2001:db8:6::/48 metric 10 table 200
ip -6 rule del pref 300
ip -6 route show table all
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 7
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 oif veth2 mark 7 ipproto ipv6-icmp
ip -6 rule show
ip -6 rule list pref 100
ip -6 rule add pref 32000 ipproto udp dport 1001 ipproto udp blackhole
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth2
ip -6 route get 2001:db8:a::9 oif veth0 mark 3 ipproto ipv6-icmp sport 1 dport 1000
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route get 2001:db8:5:1::7
ip -6 rule add iif veth1 unreachable
ip -d -6 rule
ip -6 rule add pref 100 not oif veth0 sport 1001-1220 unreachable
ip -6 rule
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888 from 2001:db8:b::1
ip link set veth0 up
ip -6 rule add pref 200 not uidrange 0-0 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 ipproto tcp sport 1000 dport 2001
ip -6 route add default via 2001:db8:b::2 table 200
ip -6 rule list pref 100
ip -6 route show table all
ip -6 route show table 200
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 ipproto ipv6-icmp sport 1 dport 2001
ip -6 route get 2001:db8:6::1 uid 1500
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth2 mark 0x13
ip -6 rule add ipproto ipv6-icmp iif veth0 prohibit
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:5:1::9 uid 50 ipproto udp sport 1 dport 2001
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 7 ipproto ipv6-icmp sport 1 dport 1000
ip -6 rule add not ipproto tcp oif veth2 iif lo table 100
ip -6 route get 2001:db8:6::1
ip -6 rule add pref 50 sport 1001-1450 oif veth2 lookup 100
ip -6 rule
ip -6 route show table all

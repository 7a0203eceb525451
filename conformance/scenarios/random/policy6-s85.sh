# Seeded random IPv6 policy-routing scenario (seed 85), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 100
ip -6 route add unreachable 2001:db8::/32 table 100
ip -6 route add blackhole ::/1 metric 10 table 200
ip -6 route add unreachable 2001:db8::/32 table 200
ip -6 route add prohibit ::/1 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 route add default via 2001:db8:a::2 table main
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route show table 200
ip -6 route add default via 2001:db8:a::3 table main
ip link set veth2 up
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 7
ip -6 route show table 200
ip -6 rule add pref 100 dport 2001-2520 oif veth2 lookup main
ip -6 rule add pref 100 ipproto ipv6-icmp ipproto ipv6-icmp prohibit
ip -6 route get 2001:db8:6::1
ip -6 rule add dport 2001-2835 oif veth2 fwmark 7 prohibit
ip -6 route del default table main
ip -6 route add blackhole default table main
ip -6 route get 2001:4860::8888 oif veth2
ip -d -6 rule
ip -6 rule del to 2001:db8:6::/48 to 2001:db8:5::/48
ip -6 rule add pref 100 sport 1001-2382 uidrange 0-100 blackhole
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 100
ip -6 rule del pref 32000
ip -6 rule del from all fwmark 3/3
ip -6 route get 2001:db8:6::1
ip -6 rule add pref 200 iif veth1 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule add ipproto ipv6-icmp dport 1001-2737 from 2001:db8:b::1 lookup 100
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 ipproto tcp
ip -6 route show table all
ip -6 rule add pref 50 not ipproto tcp uidrange 1000-2000 to 2001:db8:6::/48 unreachable
ip -6 route add default via 2001:db8:a::3 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -d -6 rule
ip -6 route get 2001:db8:6::1 mark 0x13 ipproto udp
ip -6 rule del pref 50
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table 200
ip -6 rule add ipproto tcp blackhole
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 mark 0x13
ip -6 route get 2001:db8:7::1
ip -6 route show table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 uid 1500 ipproto ipv6-icmp sport 1500 dport 2001
ip link set veth0 down
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 oif veth2
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 route show table 200
ip -6 route add throw default metric 10 table main
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip link set veth0 down
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 3
ip -6 route get 2001:4860::8888 from 2001:db8:a::1
ip -6 rule add dport 1001-1635 to 2001:4860::/32 blackhole
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 100
ip -6 route get 2001:db8:5:1::7 mark 0x13
ip -6 route get 2001:db8:a::9 ipproto tcp sport 2500 dport 2001
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 route get 2001:db8:b::1 oif veth2 mark 7
ip -6 rule add fwmark 0x10/0xf0 nop
ip -6 rule del ipproto ipv6-icmp oif veth2
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table main
ip -6 rule add dport 2001 table main suppress_prefixlength 0
ip -6 rule
ip -6 route show table all

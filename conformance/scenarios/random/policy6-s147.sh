# Seeded random IPv6 policy-routing scenario (seed 147), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 100
ip -6 route add 2001:db8::/32 dev veth0 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table 200
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 200
ip -6 route add throw 2001:db8:5::/48 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table main
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table main
ip -6 route add throw 2001:db8::/32 table main
ip -6 route add default dev veth2 table 200
ip -6 route get 2001:4860::8888 uid 50
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 uid 50
ip -d -6 rule
ip -6 route get 2001:db8:7::1 mark 7
ip -6 rule add ipproto ipv6-icmp table 200 suppress_ifgroup 5
ip -6 rule add iif veth1 unreachable
ip -6 rule add ipproto udp from 2001:db8:b::1 uidrange 0-0 goto 200
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 route get 2001:db8:5::1 mark 7
ip -6 rule show table 100
ip -6 rule add pref 100 ipproto udp goto 200
ip -6 rule add ipproto ipv6-icmp from all unreachable
ip -6 rule add pref 50 dport 1-1736 table 200 suppress_ifgroup 5
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip link set veth2 down
ip -6 route add prohibit 2001:db8::/32 metric 10 table 200
ip -6 rule add pref 200 sport 1001-2113 ipproto udp table 100
ip -6 rule add to 2001:4860::/32 table 200 suppress_ifgroup 5
ip -6 route del ::/1 table 200
ip -6 route get 2001:db8:7::1
ip -6 rule list pref 100
ip -6 rule add pref 50 not uidrange 0-0 ipproto udp nop
ip -6 rule add pref 200 iif veth0 dport 2001 iif veth1 table 100 suppress_prefixlength 32
ip -6 rule add pref 32000 to 2001:db8::/32 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth0 uid 50
ip -6 route get 2001:db8:6::1 ipproto udp sport 1 dport 80
ip -6 rule del dport 2001-3814 prohibit
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1
ip -6 rule add pref 100 uidrange 0-0 from 2001:db8:b::1 from 2001:db8:a::/64 blackhole
ip -6 route add throw 2001:db8::/32 table 100
ip -6 route del ::/1 table main
ip -6 route get 2001:db8:b::1 ipproto udp
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 3
ip -6 route add prohibit 2001:db8:6::/48 table 200
ip -6 rule add pref 50 to 2001:4860::/32 uidrange 0-0 iif veth0 goto 200
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 50 iif lo table 100
ip -6 rule show
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 metric 10 table 200
ip -j -6 rule
ip -6 route get 2001:db8:b::1 oif veth0
ip -d -6 rule
ip -6 route show table 200
ip -6 rule add pref 300 oif veth0 to 2001:db8::/32 prohibit
ip -6 rule add pref 50 dport 1001-1928 ipproto tcp table 100
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 200
ip -6 route get 2001:db8:5:1::7 mark 0x13
ip -6 rule show table 100
ip -6 rule add uidrange 0-0 nop
ip -6 route add unreachable 2001:db8:5:1::/64 table main
ip -6 route del ::/1 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 route get 2001:4860::8888 mark 0x13
ip -6 rule add pref 300 iif veth1 fwmark 3/3 blackhole
ip -6 route get 2001:db8:a::9 mark 7 ipproto udp sport 1 dport 1000
ip -6 rule add ipproto tcp table 100 suppress_prefixlength 0
ip -d -6 rule
ip -6 route get 2001:db8:b::1
ip -6 rule
ip -6 route show table all

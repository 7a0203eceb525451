# Seeded random IPv6 policy-routing scenario (seed 7), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit ::/1 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:c::2 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 table 200
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add throw ::/1 table main
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table main
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table main
ip -j -6 rule
ip -6 rule add pref 32000 dport 1001-2927 oif veth2 lookup 100
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 mark 0x13
ip -6 rule add pref 32000 fwmark 0x10/0xf0 to 2001:db8::/32 from 2001:db8:b::1 goto 50
ip -6 rule add pref 100 fwmark 7 table 100
ip -6 route get 2001:4860::8888
ip -6 rule add iif veth1 goto 300
ip -6 rule
ip -6 rule add pref 200 ipproto ipv6-icmp unreachable
ip -6 route show table all
ip -6 rule del iif veth0 lookup 100
ip -6 route get 2001:db8:b::1 uid 1500
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5::1 ipproto udp sport 1 dport 80
ip -6 route get 2001:db8:5:1::9 ipproto udp
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route get 2001:db8:5:1::7
ip -6 rule show
ip -6 route add default dev veth0 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:a::1
ip -6 rule del sport 1001 goto 300
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 oif veth2 ipproto ipv6-icmp sport 1 dport 80 fibmatch
ip -6 route get 2001:db8:a::9 mark 7 uid 1500 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99
ip -6 rule add from 2001:db8:a::/64 ipproto ipv6-icmp uidrange 0-0 table 200 suppress_ifgroup 0
ip -6 rule show
ip -6 rule add pref 32000 ipproto tcp ipproto ipv6-icmp goto 32000
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 rule del uidrange 1000-2000 uidrange 1000-2000
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 ipproto tcp fibmatch
ip -6 route add 2001:db8:6::/48 dev veth0 table 200
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table 200
ip -6 route add default dev veth2 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 uid 0
ip -6 route get 2001:db8:5:1::9 uid 0
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 3
ip -6 rule add pref 32000 not dport 1 sport 1-97 blackhole
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 rule add pref 100 ipproto ipv6-icmp fwmark 3/3 table main suppress_prefixlength 32
ip -6 rule del dport 1001-2796 ipproto ipv6-icmp table 100 suppress_prefixlength 48
ip -6 rule add iif lo nop
ip -6 rule add pref 32000 sport 1-1413 from 2001:db8:b::1 table 200
ip -6 rule add pref 300 uidrange 0-100 prohibit
ip -6 rule add pref 200 fwmark 7 from 2001:db8:a::/64 nop
ip -6 rule add pref 100 uidrange 0-0 to 2001:4860::/32 goto 50
ip -6 route get 2001:db8:5:1::9
ip -6 rule add pref 50 fwmark 3/3 oif veth0 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 route show table all
ip -6 rule add pref 300 from 2001:db8:b::1 dport 2001-2528 nop
ip -6 rule add pref 300 uidrange 1000-2000 oif veth2 blackhole
ip -6 rule add not ipproto udp unreachable
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2
ip -6 rule add pref 32000 fwmark 7 dport 1-1429 unreachable
ip -6 rule add pref 50 iif veth1 oif veth0 nop
ip link set veth0 up
ip -6 rule
ip -6 route show table all

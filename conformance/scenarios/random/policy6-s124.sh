# Seeded random IPv6 policy-routing scenario (seed 124), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 100
ip -6 route add prohibit ::/1 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 200
ip -6 route add default dev veth2 metric 10 table main
ip -6 route add unreachable ::/1 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table main
ip -6 rule add pref 100 sport 1001 iif veth1 nop
ip -6 route get 2001:4860::8888 oif veth0
ip -6 rule add iif veth1 fwmark 0x10/0xf0 lookup main
ip -6 rule add uidrange 0-100 blackhole
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 mark 7
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 fibmatch
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule add pref 300 uidrange 0-100 oif veth2 goto 32000
ip -6 route add throw 2001:db8:5::/48 table main
ip -6 rule add uidrange 0-100 table 200
ip -6 route show table 200
ip -6 rule add dport 2001 sport 1001 dport 2001-3542 unreachable
ip -6 route get 2001:db8:7::1
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route show table 200
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 rule add pref 100 to 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:a::9
ip -6 rule del to 2001:4860::/32
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 metric 10 table main
ip -6 rule add pref 100 ipproto udp table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 rule del dport 1001-2529
ip -6 rule show
ip -6 rule add pref 50 dport 1-1322 table 200 suppress_ifgroup 5
ip -6 rule add pref 200 dport 1 sport 1001 prohibit
ip -6 rule show table 100
ip -6 route get 2001:db8:7::1 oif veth0 mark 0x13
ip -6 rule show table 100
ip -6 rule add oif veth2 goto 300
ip -6 rule add iif veth0 dport 1-1319 oif veth0 lookup main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 metric 10 table 100
ip -6 route get 2001:db8:5:1::7 oif veth0 uid 1500 ipproto udp
ip -d -6 rule
ip -6 rule add uidrange 0-100 fwmark 3/3 table 100
ip link set veth2 down
ip -6 route get 2001:db8:a::9 mark 3 ipproto ipv6-icmp sport 2500 dport 2001 fibmatch
ip -6 rule
ip -6 rule add uidrange 1000-2000 ipproto tcp unreachable
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 mark 7 uid 50 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route show table all
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 rule del pref 32000
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 mark 0x13 uid 50
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 rule add uidrange 0-100 fwmark 3/3 nop
ip -j -6 rule
ip -6 rule add ipproto udp from 2001:db8:b::1 from all table 200 suppress_ifgroup 0
ip -6 route add unreachable 2001:db8::/32 table 200
ip -6 rule add pref 50 not iif lo nop
ip -6 rule add from 2001:db8:b::1 prohibit
ip link set veth0 down
ip -6 route show table all
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 ipproto ipv6-icmp
ip -6 rule
ip -6 route show table all

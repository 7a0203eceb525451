# Seeded random IPv6 policy-routing scenario (seed 125), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw ::/1 metric 10 table 100
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route add unreachable 2001:db8:5:1::7 table 100
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table 200
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table 200
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:5:1::7 dev veth2 table main
ip -6 route add unreachable default metric 10 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 uid 1500 fibmatch
ip -6 route get 2001:4860::8888
ip link set veth0 up
ip -6 rule add sport 1001 uidrange 0-0 table 200 suppress_ifgroup 5
ip -6 route show table all
ip -6 route add prohibit ::/1 table main
ip -6 rule add pref 100 sport 1 blackhole
ip -6 rule add uidrange 1000-2000 table 200
ip -6 rule add pref 50 iif veth0 iif lo iif veth0 lookup 100
ip -6 route get 2001:db8:a::9 oif veth0 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 mark 0x13
ip -6 rule del uidrange 0-0 oif veth0 from all goto 50
ip -6 route del 2001:db8::/32 table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto udp
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 oif veth2
ip -6 route show table 200
ip -6 rule show
ip -6 rule add fwmark 7 uidrange 0-100 table 200 suppress_ifgroup 0
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -6 rule add pref 32000 not iif veth0 to 2001:db8::/32 iif veth0 table 100 suppress_prefixlength 32
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 200
ip -6 rule
ip -6 route get 2001:db8:5::1 oif veth2
ip -6 route get 2001:db8:5::1 ipproto tcp
ip link set veth0 down
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 ipproto tcp sport 2500 dport 2001
ip -6 route add prohibit ::/1 table main
ip -6 rule add pref 100 oif veth0 from 2001:db8::/32 goto 200
ip -6 rule add fwmark 7 goto 50
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 ipproto tcp sport 1000 dport 80
ip -6 rule add pref 100 iif lo table 100
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 oif veth0 uid 1500
ip -6 route get 2001:db8:b::1
ip -6 rule del sport 1 uidrange 1000-2000 iif lo nop
ip -6 route get 2001:db8:b::1
ip -6 rule show table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table main
ip -6 route get 2001:4860::8888
ip -6 rule add sport 1001 iif lo goto 200
ip -6 route get 2001:db8:5:1::7 oif veth0 mark 7 ipproto tcp sport 1 dport 80
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1
ip -6 rule add not oif veth2 from 2001:db8:b::1 table 100
ip link set veth2 up
ip -6 route get 2001:db8:5:1::7
ip -6 rule add oif veth0 iif veth0 lookup main
ip -6 route del default table 200
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp
ip -6 rule
ip -6 rule add not sport 1001-1138 fwmark 3/3 ipproto tcp goto 50
ip -6 route del default table 200
ip -6 route get 2001:4860::8888 oif veth0 mark 0x13 ipproto ipv6-icmp sport 1 dport 80
ip -6 route get 2001:db8:6::1 mark 0x13 ipproto udp fibmatch
ip -6 rule show
ip -6 rule add ipproto udp fwmark 3/3 uidrange 1000-2000 nop
ip -6 rule add ipproto ipv6-icmp goto 300
ip -6 rule add from all unreachable
ip -6 rule add pref 300 fwmark 7 to 2001:db8:5::/48 table 100 suppress_prefixlength 0
ip -6 rule
ip -6 route show table all

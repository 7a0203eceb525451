# Seeded random IPv6 policy-routing scenario (seed 44), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth0 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 100
ip -6 route add unreachable ::/1 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 metric 10 table 200
ip -6 route add unreachable default metric 10 table 200
ip -6 route add default dev veth0 metric 10 table 200
ip -6 route add unreachable default metric 10 table main
ip -6 route add throw 2001:db8::/32 table main
ip -6 route add ::/1 via 2001:db8:a::2 metric 10 table main
ip -j -6 rule
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 oif veth2 uid 50
ip -6 rule add pref 100 ipproto tcp table 100 suppress_prefixlength 48
ip -6 rule
ip -6 rule add not from all iif veth0 table 200 suppress_ifgroup 5
ip -6 route get 2001:4860::8888
ip -6 rule add pref 50 sport 2001 table 100
ip -6 rule add pref 50 from 2001:db8:a::/64 nop
ip -6 rule add pref 300 from 2001:db8:a::/64 unreachable
ip -6 rule add dport 1 uidrange 1000-2000 nop
ip -6 route get 2001:db8:5:1::7 ipproto tcp sport 1500 dport 2001
ip -6 rule
ip -d -6 rule
ip -6 route get 2001:4860::8888 ipproto udp sport 1 dport 80
ip -6 rule add pref 300 iif veth0 uidrange 0-0 table 100 suppress_prefixlength 32
ip -6 rule add pref 200 fwmark 0x10/0xf0 from 2001:db8:a::/64 table main suppress_prefixlength 32
ip -6 rule del not dport 2001 goto 50
ip -6 route get 2001:4860::8888
ip -6 route get 2001:4860::8888 mark 0x13
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1
ip -6 route get 2001:db8:5::1 fibmatch
ip -6 route add ::/1 via 2001:db8:a::3 table 100
ip -6 rule add from 2001:db8:a::/64 table main suppress_prefixlength 48
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table 200
ip link set veth2 up
ip -6 route add throw 2001:db8:5::/48 table main
ip -6 rule del pref 50
ip -6 route add prohibit default table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 ipproto udp sport 1 dport 80
ip -6 rule add pref 200 to 2001:4860::/32 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 mark 7
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5::1 uid 50
ip -6 rule add pref 300 fwmark 7 from 2001:db8:a::/64 prohibit
ip -6 rule del pref 50
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table main
ip -6 rule add pref 100 iif veth1 prohibit
ip -6 route get 2001:db8:6::1 oif veth2 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table 100
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 mark 3 fibmatch
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 route add throw 2001:db8:5::/48 table main
ip -6 rule add pref 100 oif veth0 from 2001:db8:a::/64 prohibit
ip -6 route get 2001:db8:5:1::7 uid 0
ip -6 rule add uidrange 0-100 lookup main
ip -6 rule show
ip -d -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 mark 3
ip -6 rule add dport 2001 blackhole
ip -6 rule add pref 100 fwmark 7 ipproto ipv6-icmp sport 1 nop
ip -6 rule add dport 1001 oif veth2 lookup 100
ip -6 rule add pref 200 iif veth1 fwmark 7 blackhole
ip -6 route show table all
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table main
ip -6 route add prohibit ::/1 metric 10 table 100
ip -6 rule add not oif veth0 iif veth1 from 2001:db8:a::/64 goto 50
ip -6 rule
ip -6 route show table all

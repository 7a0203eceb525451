# Seeded random IPv6 policy-routing scenario (seed 57), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit default metric 10 table 100
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table 100
ip -6 route add unreachable ::/1 table 200
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table 200
ip -6 route add default via 2001:db8:a::2 metric 10 table main
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 route add throw default table main
ip -6 rule add pref 300 to 2001:db8:6::/48 iif veth1 blackhole
ip -6 route get 2001:4860::8888 from 2001:db8:a::99
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:a::9 fibmatch
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 0x13
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 3
ip -6 route del 2001:db8:5::/48 table main
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 fibmatch
ip link set veth0 up
ip -6 route get 2001:db8:5:1::7
ip link set veth2 down
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::7 uid 1500
ip -6 route add throw ::/1 table 100
ip -6 route get 2001:db8:5::1 fibmatch
ip -6 rule add pref 200 iif veth1 uidrange 0-100 oif veth0 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 uid 1500 ipproto udp
ip -6 route get 2001:db8:6::1 oif veth0
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:6::1 oif veth2
ip -6 rule add pref 200 ipproto tcp oif veth0 prohibit
ip -j -6 rule
ip -6 rule add pref 50 oif veth2 iif veth0 ipproto ipv6-icmp goto 50
ip -6 route add prohibit default table 100
ip -6 rule add ipproto tcp oif veth2 to 2001:db8:5::/48 prohibit
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 oif veth2 ipproto udp sport 1500 dport 1000
ip -6 rule
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table main
ip -d -6 rule
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 rule del fwmark 0x10/0xf0 sport 2001-3478 goto 100
ip -6 route get 2001:db8:a::9 oif veth0 mark 7
ip -6 rule add from 2001:db8:b::1 goto 100
ip -6 route get 2001:4860::8888 from 2001:db8:c::1
ip -6 route show table all
ip -6 rule add from 2001:db8:b::1 sport 1 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth0 mark 3
ip -6 rule add pref 50 from all ipproto tcp table main suppress_prefixlength 48
ip -6 rule add pref 50 dport 1001 uidrange 0-0 lookup main
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1 mark 7 uid 50 ipproto tcp sport 1500 dport 80
ip -6 rule show
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 200
ip -6 rule add pref 50 uidrange 1000-2000 oif veth0 goto 50
ip -6 rule del pref 300
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 rule add pref 50 ipproto udp oif veth0 blackhole
ip -6 route get 2001:db8:b::1 mark 0x13 ipproto udp sport 2500 dport 80
ip -6 rule add ipproto tcp table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 route get 2001:4860::8888 uid 50 ipproto udp sport 1000 dport 80
ip -6 route show table all
ip link set veth2 up
ip -6 rule
ip -6 route show table all

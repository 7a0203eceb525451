# Seeded random IPv6 policy-routing scenario (seed 105), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw ::/1 table 100
ip -6 route add unreachable ::/1 table 100
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route add default via 2001:db8:b::2 metric 10 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table 200
ip -6 route add default via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table main
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table main
ip -6 route get 2001:db8:7::1
ip -6 rule add iif lo from 2001:db8::/32 table 200 suppress_ifgroup 0
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 route add default dev veth2 table 100
ip -6 rule add pref 200 sport 1 fwmark 7 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:b::1 mark 7
ip -6 rule del sport 2001
ip -6 route show table 200
ip -6 route show table all
ip -j -6 rule
ip -6 route show table all
ip -6 rule add pref 200 from 2001:db8:b::1 unreachable
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 route show table 200
ip -d -6 rule
ip -6 rule add pref 100 not from all nop
ip -6 rule add pref 50 from 2001:db8:a::/64 to 2001:db8::/32 prohibit
ip -6 rule add not to 2001:db8:5::/48 goto 32000
ip -6 rule add uidrange 0-100 sport 1-676 to 2001:db8:5::/48 nop
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99
ip -6 route show table all
ip -6 route add unreachable default metric 10 table main
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route del default table 200
ip -6 rule add sport 1-798 from 2001:db8:a::/64 prohibit
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:6::1
ip -6 rule add sport 1-1229 blackhole
ip link set veth2 up
ip -6 route add throw 2001:db8:6::/48 metric 10 table 200
ip -6 route show table 200
ip -6 rule del iif lo
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route get 2001:db8:7::1 oif veth2
ip -6 rule list pref 100
ip -6 rule
ip -6 rule add to 2001:db8:6::/48 ipproto udp goto 50
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 rule add ipproto tcp dport 2001 blackhole
ip -6 rule add pref 50 iif veth1 iif lo lookup 100
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 0x13 uid 0 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 rule add ipproto udp from 2001:db8:b::1 oif veth2 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 rule
ip -6 route add unreachable default metric 10 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 rule add to 2001:db8:5::/48 iif veth0 goto 200
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 rule add pref 32000 sport 2001 dport 1001-1262 ipproto udp table 200 suppress_ifgroup 5
ip -6 rule add pref 200 iif veth1 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 rule add dport 1-1049 nop
ip -6 rule
ip -6 route get 2001:db8:5::1 mark 3
ip -6 rule
ip -6 route show table all

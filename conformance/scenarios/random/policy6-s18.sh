# Seeded random IPv6 policy-routing scenario (seed 18), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole ::/1 metric 10 table 100
ip -6 route add blackhole default table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 100
ip -6 route add ::/1 dev veth0 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 route add prohibit ::/1 metric 10 table main
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table main
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 metric 10 table main
ip -6 rule add pref 32000 iif lo uidrange 0-0 nop
ip -6 route get 2001:db8:7::1
ip -6 rule add sport 1001-1136 lookup 100
ip -6 rule del iif lo oif veth2 goto 50
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto tcp sport 1500 dport 80
ip -6 rule add uidrange 0-0 from 2001:db8:b::1 table 200
ip -6 route add throw 2001:db8:5:1::/64 table main
ip -6 route add unreachable default metric 10 table 200
ip link set veth2 up
ip -6 rule add pref 100 uidrange 0-100 sport 1001-2736 prohibit
ip -6 route show table 200
ip -6 route add throw ::/1 metric 10 table main
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 mark 3 uid 1500
ip -6 route del default table main
ip -6 route show table 200
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule add pref 50 oif veth0 lookup main
ip -6 route get 2001:db8:b::1 oif veth0
ip -6 rule add sport 1001 uidrange 1000-2000 blackhole
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route get 2001:db8:b::1 mark 7 uid 1500
ip -6 rule show table 100
ip -6 route get 2001:db8:7::1 mark 7
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule add pref 100 sport 1001-2087 iif veth0 table 200 suppress_ifgroup 0
ip link set veth2 down
ip -6 route add default via 2001:db8:c::2 table 100
ip -6 rule add to 2001:db8:5::/48 dport 2001 to 2001:db8::/32 nop
ip -6 route get 2001:db8:5:1::7 mark 7
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 oif veth0 ipproto tcp sport 2500 dport 80
ip -6 route add unreachable default metric 10 table 200
ip -6 route get 2001:4860::8888 mark 7
ip -6 rule add pref 300 sport 2001-2276 ipproto tcp fwmark 0x10/0xf0 prohibit
ip -6 route get 2001:db8:7::1 oif veth0
ip -6 rule add pref 200 not oif veth0 sport 2001-2509 goto 50
ip -6 rule add not fwmark 0x10/0xf0 prohibit
ip -6 rule show table 100
ip -6 rule add pref 50 fwmark 3/3 ipproto tcp uidrange 1000-2000 blackhole
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 uid 0
ip -d -6 rule
ip -6 route del default table 100
ip -6 route get 2001:4860::8888 mark 3 ipproto tcp sport 2500 dport 80
ip -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth0 uid 0
ip -6 rule add pref 100 sport 1001-1296 blackhole
ip -6 route show table 200
ip -6 rule add pref 32000 dport 1001 lookup main
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 50 to 2001:db8::/32 sport 2001-3758 lookup 100
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:4860::8888 mark 3
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:5:1::9
ip -6 rule show
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 uid 1500
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 200
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table main
ip -6 route show table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2 mark 0x13
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 14), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table 100
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table 100
ip -6 route add prohibit ::/1 metric 10 table 200
ip -6 route add prohibit default table 200
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table main
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table main
ip -6 route add throw ::/1 metric 10 table main
ip -6 rule show
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:5:1::7 oif veth2 mark 0x13 ipproto tcp sport 1500 dport 1000
ip -6 rule add pref 300 oif veth2 to 2001:db8:6::/48 blackhole
ip -6 rule add to 2001:db8::/32 prohibit
ip -6 route show table all
ip -6 route add blackhole default table 200
ip -6 rule add sport 2001-2779 table 200
ip -6 rule add not oif veth2 from 2001:db8:a::/64 table 200 suppress_ifgroup 0
ip -6 rule add pref 200 not to 2001:4860::/32 blackhole
ip -6 rule add pref 100 sport 1 to 2001:db8:6::/48 iif lo lookup main
ip -6 route get 2001:db8:5::1 uid 0 fibmatch
ip -6 rule show table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 uid 1500
ip link set veth0 up
ip -6 route add unreachable 2001:db8::/32 metric 10 table main
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 rule show table 100
ip -6 route show table all
ip -6 route get 2001:db8:a::9 mark 7
ip -6 rule add pref 50 iif veth1 fwmark 7 fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:b::1 mark 0x13 ipproto udp
ip -6 rule add ipproto tcp lookup main
ip -6 rule add pref 50 uidrange 1000-2000 dport 2001-2052 from 2001:db8:b::1 lookup main
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 ipproto udp sport 1 dport 2001
ip -6 route get 2001:db8:6::1 oif veth0
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 100
ip -j -6 rule
ip -6 route add unreachable 2001:db8:6::/48 table 100
ip -6 rule add pref 300 not oif veth0 nop
ip -6 route add throw default metric 10 table main
ip -6 route get 2001:db8:5:1::9 mark 0x13 ipproto udp
ip -6 rule add oif veth2 goto 100
ip -6 rule add not iif veth0 from 2001:db8:a::/64 iif veth1 lookup main
ip link set veth0 down
ip -6 rule add fwmark 0x10/0xf0 fwmark 0x10/0xf0 ipproto tcp blackhole
ip -6 route get 2001:db8:b::1 oif veth2 mark 0x13
ip -6 route add 2001:db8:5::/48 dev veth2 metric 10 table main
ip -6 rule add oif veth2 iif veth0 iif veth1 table 100
ip -6 route show table 200
ip -6 rule add pref 32000 uidrange 0-100 fwmark 7 blackhole
ip -6 route add unreachable default metric 10 table 100
ip -6 rule list pref 100
ip -6 route add unreachable ::/1 table main
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 100
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 uid 0 ipproto udp sport 2500 dport 80
ip -6 route add blackhole default table main
ip -6 rule add pref 50 sport 1-1564 iif veth1 sport 2001-2781 prohibit
ip -6 route add default dev veth2 table main
ip -6 route show table all
ip -6 rule add pref 32000 iif veth0 sport 1001 table 200 suppress_ifgroup 5
ip link set veth0 up
ip -6 route add 2001:db8:6::/48 dev veth0 table main
ip -6 rule add pref 50 fwmark 7 iif lo table 100
ip -6 route get 2001:db8:a::9 oif veth2 ipproto udp sport 1000 dport 2001
ip -6 route get 2001:db8:6::1 uid 0
ip -6 rule add pref 100 uidrange 0-0 dport 1001-2555 ipproto udp unreachable
ip -6 rule
ip -6 route show table all

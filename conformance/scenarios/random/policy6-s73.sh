# Seeded random IPv6 policy-routing scenario (seed 73), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole default metric 10 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table 100
ip -6 route add unreachable ::/1 metric 10 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table main
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -j -6 rule
ip -6 route get 2001:db8:5::1
ip -6 route del default table 100
ip -6 rule add pref 50 to 2001:db8:5::/48 blackhole
ip -6 rule add fwmark 7 uidrange 0-0 goto 32000
ip -6 route show table 200
ip -6 route add throw ::/1 table 200
ip -6 rule add pref 300 uidrange 1000-2000 blackhole
ip -6 rule del to 2001:db8::/32 dport 1001-1029 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth2 mark 0x13 uid 0 ipproto ipv6-icmp sport 1500 dport 80
ip -6 route get 2001:db8:6::1 ipproto udp
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2 uid 0 ipproto tcp sport 2500 dport 2001
ip -6 rule add dport 2001 goto 300
ip -6 rule show table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 0x13 uid 1500
ip -6 rule add pref 32000 fwmark 0x10/0xf0 lookup 100
ip -6 rule add not iif veth1 table main suppress_prefixlength 48
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 mark 0x13
ip -6 route add prohibit 2001:db8:5:1::7 table 100
ip -6 route get 2001:db8:5::1
ip -j -6 rule
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 rule list pref 100
ip -6 rule show table 100
ip link set veth0 up
ip -6 rule show
ip -6 rule del from 2001:db8::/32 unreachable
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route get 2001:db8:5:1::9 uid 0 fibmatch
ip -6 rule list pref 100
ip -6 route add 2001:db8:5:1::7 dev veth2 table 100
ip -6 route get 2001:db8:b::1 mark 3
ip -6 rule add pref 200 ipproto tcp oif veth2 table main suppress_prefixlength 32
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route add unreachable 2001:db8:5::/48 metric 10 table 100
ip -6 rule add ipproto udp sport 2001 to 2001:4860::/32 goto 100
ip -6 route show table 200
ip -6 route show table all
ip -6 rule add pref 200 from 2001:db8:b::1 to 2001:db8:6::/48 nop
ip -6 rule list pref 100
ip -j -6 rule
ip -d -6 rule
ip -6 route show table all
ip -6 route get 2001:4860::8888 uid 0
ip -6 rule add pref 200 dport 1-138 dport 2001 blackhole
ip -6 rule add pref 50 sport 1 unreachable
ip -6 rule add pref 300 not sport 1-329 lookup 100
ip -6 route add throw default metric 10 table 200
ip -6 route show table 200
ip -6 route show table all
ip -6 rule
ip -6 rule show
ip -6 route get 2001:db8:5:1::9 ipproto tcp sport 1000 dport 2001
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 mark 7 ipproto udp sport 1500 dport 80
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 rule add pref 300 to 2001:4860::/32 prohibit
ip -6 rule del not fwmark 3/3 goto 300
ip -d -6 rule
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 0x13
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 47), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8:5:1::/64 table 100
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 100
ip -6 route add blackhole ::/1 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 200
ip -6 route add ::/1 dev veth2 metric 10 table 200
ip -6 route add blackhole default table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table main
ip -6 rule show table 100
ip -6 rule add iif veth0 oif veth0 prohibit
ip -6 rule add pref 200 fwmark 0x10/0xf0 fwmark 3/3 goto 200
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 oif veth2
ip -6 route show table 200
ip -6 route show table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table 200
ip -6 rule add pref 300 to 2001:4860::/32 sport 1001-1380 unreachable
ip -6 rule del pref 32000
ip link set veth0 down
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 3 uid 1500 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule
ip -6 rule
ip -j -6 rule
ip -6 route get 2001:db8:5::1 ipproto udp
ip -6 rule add pref 50 dport 1 fwmark 3/3 nop
ip -6 route get 2001:db8:5:1::9
ip -6 rule add dport 1001-1066 ipproto tcp table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 oif veth0
ip -6 route get 2001:db8:b::1
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:6::1 mark 0x13 uid 1500
ip -6 route get 2001:db8:b::1 oif veth0
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 oif veth2 fibmatch
ip -6 route get 2001:db8:5:1::7 mark 7 fibmatch
ip -6 rule del to 2001:db8:5::/48 dport 2001-3846 uidrange 0-100
ip -6 rule show table 100
ip -6 rule add not to 2001:db8:5::/48 uidrange 0-0 unreachable
ip -6 rule
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 route del default table 100
ip -6 rule add pref 200 sport 1001 lookup main
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 route del 2001:db8:5::/48 table main
ip -6 rule
ip -6 rule list pref 100
ip -6 rule show table 100
ip -6 rule
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 rule add pref 100 not ipproto udp dport 1001-2661 prohibit
ip -6 rule show
ip -6 rule add pref 50 iif veth1 dport 2001-3643 to 2001:4860::/32 table 100
ip -6 route show table 200
ip -6 rule add not ipproto tcp to 2001:db8:5::/48 goto 300
ip -6 route get 2001:db8:b::1 oif veth0
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 ipproto tcp sport 1 dport 80
ip -6 rule add not oif veth0 to 2001:4860::/32 from 2001:db8::/32 prohibit
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 ipproto ipv6-icmp
ip -6 route get 2001:db8:b::1 oif veth0 mark 3
ip -6 route get 2001:db8:6::1 mark 3
ip -6 route get 2001:db8:5::1 ipproto tcp
ip -6 rule add pref 32000 not iif veth0 unreachable
ip -6 route get 2001:4860::8888
ip -6 rule del not oif veth2 sport 2001
ip -6 rule add from 2001:db8::/32 fwmark 7 goto 32000
ip -6 rule add pref 300 uidrange 0-0 table 100
ip -6 rule add pref 32000 from 2001:db8:b::1 nop
ip -6 rule
ip -6 route show table all

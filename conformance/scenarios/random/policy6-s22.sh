# Seeded random IPv6 policy-routing scenario (seed 22), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 200
ip -6 route add ::/1 via 2001:db8:a::3 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 metric 10 table main
ip -6 route add ::/1 via 2001:db8:c::2 table main
ip -6 route add ::/1 via 2001:db8:a::3 table main
ip -6 rule del pref 200
ip -6 rule
ip -6 rule add not oif veth2 prohibit
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 100
ip -6 rule add pref 300 iif veth1 lookup 100
ip -j -6 rule
ip -6 rule add pref 100 from all to 2001:db8:5::/48 table 200 suppress_ifgroup 0
ip -6 rule del not iif veth1 lookup 100
ip -6 route get 2001:db8:5:1::7
ip -6 route add 2001:db8:6::/48 dev veth0 table 100
ip -6 rule show table 100
ip -6 rule add pref 50 not from 2001:db8:b::1 sport 2001-3390 prohibit
ip -6 route get 2001:db8:5::1 oif veth0 mark 0x13
ip -6 route get 2001:db8:b::1 oif veth2 uid 0
ip -6 rule add iif lo uidrange 0-100 unreachable
ip -6 rule del uidrange 0-0 from 2001:db8:a::/64 table 200
ip -6 rule add pref 200 to 2001:db8:6::/48 goto 200
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 route add throw 2001:db8:5::/48 table main
ip -j -6 rule
ip -6 rule add ipproto udp oif veth2 nop
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1
ip -6 route get 2001:db8:5:1::7 mark 3 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 rule del fwmark 0x10/0xf0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth0 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule add pref 200 dport 1001-1629 oif veth2 iif lo unreachable
ip -6 rule add to 2001:4860::/32 goto 100
ip -6 rule del pref 50
ip -j -6 rule
ip link set veth2 up
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule add uidrange 0-100 sport 1 lookup main
ip -6 rule show
ip -d -6 rule
ip -6 rule add pref 100 sport 2001 uidrange 0-100 unreachable
ip -6 rule add pref 32000 fwmark 0x10/0xf0 dport 1-48 prohibit
ip -6 route del 2001:db8:5:1::/64 table main
ip -d -6 rule
ip -6 route get 2001:4860::8888 mark 3
ip -6 route get 2001:4860::8888 mark 7
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 0x13
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99
ip -d -6 rule
ip -6 rule del pref 100
ip -6 route get 2001:db8:6::1 mark 3
ip -6 rule add pref 32000 from 2001:db8::/32 fwmark 3/3 to 2001:db8:5::/48 nop
ip -j -6 rule
ip -6 route show table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 ipproto tcp sport 1000 dport 1000
ip -6 route get 2001:db8:6::1 uid 50
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 mark 3
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:5:1::9
ip -6 route add 2001:db8:6::/48 dev veth2 table 100
ip -6 rule add pref 200 sport 1001 table main suppress_prefixlength 0
ip -6 rule add pref 50 iif veth1 ipproto tcp goto 100
ip -6 rule
ip -6 route show table all

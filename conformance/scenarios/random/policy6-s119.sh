# Seeded random IPv6 policy-routing scenario (seed 119), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 route add prohibit 2001:db8:5::/48 table 100
ip -6 route add default dev veth2 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 route add throw 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table main
ip -6 rule add pref 50 not fwmark 3/3 unreachable
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 route get 2001:db8:5:1::9 ipproto tcp
ip -6 route get 2001:db8:5:1::7 mark 0x13 uid 0 ipproto tcp
ip -6 rule add dport 1 lookup 100
ip -6 route get 2001:db8:5:1::9 mark 7
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:7::1 mark 7
ip -6 route get 2001:db8:b::1 uid 0
ip -6 route get 2001:db8:b::1 mark 0x13 uid 0
ip -6 route get 2001:db8:6::1 uid 1500
ip -6 route get 2001:db8:5:1::9
ip -d -6 rule
ip -j -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 mark 7
ip -6 route get 2001:db8:7::1
ip -j -6 rule
ip -6 route get 2001:db8:5::1
ip -6 rule show table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 route get 2001:db8:b::1
ip -6 rule add uidrange 0-100 lookup 100
ip -6 route show table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1
ip -6 rule add pref 300 iif lo ipproto udp lookup 100
ip -6 rule del to 2001:4860::/32 oif veth0
ip -6 rule add pref 50 dport 2001-3806 prohibit
ip -6 rule add pref 32000 iif lo fwmark 7 prohibit
ip -6 route get 2001:db8:a::9 uid 0
ip -6 rule show
ip -6 rule add from all blackhole
ip -6 rule add pref 32000 iif veth1 table main suppress_prefixlength 0
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 oif veth0 ipproto ipv6-icmp sport 1 dport 1000
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 0x13
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 route show table all
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 3
ip -6 rule
ip -j -6 rule
ip -6 route get 2001:4860::8888 uid 50 ipproto udp
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 uid 50 ipproto tcp sport 2500 dport 80
ip -6 rule add dport 1001 fwmark 7 sport 2001-2282 goto 100
ip -6 rule add pref 200 ipproto udp prohibit
ip -6 rule del from 2001:db8::/32 blackhole
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888
ip -6 rule add uidrange 0-0 from 2001:db8::/32 table 200
ip -6 rule add pref 300 from 2001:db8:a::/64 unreachable
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 route show table all
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 mark 3
ip -6 rule add uidrange 0-100 nop
ip -6 rule add pref 200 fwmark 0x10/0xf0 oif veth2 unreachable
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table main
ip -6 route get 2001:db8:5:1::7 oif veth2
ip -6 rule add from 2001:db8:a::/64 unreachable
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 ipproto udp fibmatch
ip -6 rule
ip -6 rule
ip -6 route show table all

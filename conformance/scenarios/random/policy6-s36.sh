# Seeded random IPv6 policy-routing scenario (seed 36), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table 100
ip -6 route add default dev veth2 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth0 table 200
ip -6 route add blackhole 2001:db8::/32 metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table main
ip -6 route add blackhole ::/1 metric 10 table main
ip -6 route add blackhole 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:5:1::9
ip -6 rule add pref 32000 sport 1001 nop
ip -6 route get 2001:db8:5::1 uid 1500 ipproto ipv6-icmp
ip -6 rule show table 100
ip -6 rule add pref 32000 sport 1-1390 lookup main
ip -6 route show table all
ip -6 rule add pref 200 not fwmark 0x10/0xf0 prohibit
ip -6 route get 2001:db8:a::9 uid 1500
ip -6 rule add sport 1001 dport 2001 fwmark 7 lookup main
ip -6 rule add pref 100 to 2001:db8:5::/48 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5::1
ip -6 rule
ip -6 route del ::/1 table main
ip link set veth0 up
ip -6 rule add pref 300 uidrange 0-0 ipproto ipv6-icmp iif veth0 unreachable
ip -6 route get 2001:db8:5::1 mark 7 ipproto ipv6-icmp
ip -6 route get 2001:db8:7::1 oif veth2 mark 3 ipproto ipv6-icmp
ip -6 rule add ipproto tcp oif veth0 table main suppress_prefixlength 32
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 route add throw ::/1 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 0x13
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 rule list pref 100
ip -6 route add blackhole 2001:db8:5:1::/64 table 100
ip -6 route get 2001:db8:b::1 mark 3 fibmatch
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth2 ipproto udp sport 1 dport 2001
ip -6 route get 2001:db8:a::9 oif veth0 mark 0x13 uid 50 ipproto ipv6-icmp
ip -d -6 rule
ip -6 rule add uidrange 1000-2000 from 2001:db8:a::/64 dport 1001 prohibit
ip -6 rule add pref 50 oif veth2 fwmark 0x10/0xf0 dport 2001-3386 unreachable
ip -6 rule add sport 2001 prohibit
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 fibmatch
ip -6 rule add pref 32000 to 2001:db8::/32 fwmark 7 lookup main
ip -6 rule del from 2001:db8:a::/64
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 oif veth2 uid 1500
ip -6 route get 2001:db8:7::1 ipproto tcp sport 2500 dport 1000
ip -6 rule add pref 300 not fwmark 7 fwmark 3/3 table 100
ip -6 rule
ip -6 rule add pref 200 to 2001:4860::/32 iif lo oif veth0 table main suppress_prefixlength 0
ip -6 route get 2001:db8:5:1::9 oif veth0 uid 50 ipproto tcp sport 1000 dport 1000 fibmatch
ip -6 rule add sport 1-912 goto 300
ip -6 route add default via 2001:db8:a::2 metric 10 table 100
ip -6 route add default via 2001:db8:c::2 table main
ip -6 route show table all
ip -6 route add blackhole default table 100
ip -j -6 rule
ip -6 rule del pref 200
ip -6 rule add pref 200 not from 2001:db8::/32 table 200 suppress_ifgroup 5
ip -6 rule del pref 32000
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:7::1
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 100
ip -j -6 rule
ip -6 rule add iif lo goto 50
ip -6 rule add uidrange 0-0 from 2001:db8:b::1 table 200
ip -d -6 rule
ip -6 route show table 200
ip -6 route get 2001:db8:5::1
ip -6 rule
ip -6 route show table all

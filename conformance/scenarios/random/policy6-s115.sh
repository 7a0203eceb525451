# Seeded random IPv6 policy-routing scenario (seed 115), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add unreachable ::/1 table 100
ip -6 route add unreachable 2001:db8:5:1::7 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 200
ip -6 route add default via 2001:db8:c::2 table 200
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table main
ip -6 rule add pref 50 uidrange 0-100 to 2001:db8:6::/48 lookup main
ip -6 rule add pref 300 not iif lo iif lo uidrange 1000-2000 table main suppress_prefixlength 48
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table main
ip -6 route add unreachable 2001:db8:5::/48 table 100
ip -6 route get 2001:4860::8888 mark 7 uid 1500
ip -6 route add prohibit 2001:db8:5:1::7 table main
ip -6 rule add to 2001:db8:6::/48 lookup main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 ipproto ipv6-icmp sport 1 dport 80
ip -6 rule add to 2001:db8::/32 blackhole
ip -6 rule add pref 50 dport 1001 iif veth1 sport 2001-2200 unreachable
ip -6 rule add pref 200 not oif veth0 lookup 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 rule show
ip -d -6 rule
ip -6 rule add pref 300 iif veth0 oif veth2 lookup main
ip -6 route get 2001:db8:b::1
ip -6 route add prohibit 2001:db8:5:1::7 table 100
ip -6 rule del oif veth2
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 mark 7
ip -6 rule add pref 300 uidrange 0-0 iif lo unreachable
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 ipproto tcp
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 route del 2001:db8::/32 table main
ip -6 rule del from 2001:db8:b::1 from 2001:db8:a::/64 fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:b::1 oif veth0 fibmatch
ip -6 rule add pref 50 fwmark 0x10/0xf0 fwmark 7 to 2001:db8::/32 lookup main
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table main
ip -6 rule list pref 100
ip -6 route add blackhole 2001:db8::/32 table 200
ip -6 rule
ip -6 route add default dev veth0 metric 10 table main
ip -6 route get 2001:4860::8888 from 2001:db8:a::1
ip -6 rule del pref 200
ip -6 rule add pref 32000 dport 1-1971 table 100
ip -6 rule add not oif veth0 table 100
ip -6 rule del iif veth0 uidrange 1000-2000 lookup 100
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:a::9 oif veth0 fibmatch
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 rule add dport 1 table 100
ip -6 rule list pref 100
ip -6 route add 2001:db8::/32 dev veth0 metric 10 table 100
ip -6 rule del fwmark 3/3 sport 1-254 from 2001:db8:b::1 goto 300
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule add uidrange 0-100 ipproto udp iif lo blackhole
ip -6 rule
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 3
ip -6 rule add from all prohibit
ip -6 rule add pref 300 uidrange 0-100 uidrange 0-0 table 100 suppress_prefixlength 32
ip -6 rule show table 100
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:5:1::9 mark 3 ipproto tcp
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 mark 0x13
ip -6 route get 2001:db8:5:1::9
ip -6 rule del fwmark 3/3 sport 2001-2833 sport 1-1362
ip -6 route get 2001:4860::8888 from 2001:db8:a::1
ip -6 rule
ip -6 route show table all

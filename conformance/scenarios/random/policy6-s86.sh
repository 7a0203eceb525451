# Seeded random IPv6 policy-routing scenario (seed 86), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -6 route add unreachable ::/1 table 100
ip -6 route add prohibit ::/1 table 100
ip -6 route add throw ::/1 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table main
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -6 route add unreachable ::/1 table main
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:5:1::9
ip -d -6 rule
ip -6 rule del iif veth0 nop
ip -d -6 rule
ip -6 route get 2001:db8:a::9 ipproto tcp sport 2500 dport 1000
ip -6 route get 2001:db8:5:1::7 oif veth2 mark 7
ip -6 route get 2001:db8:5::1 uid 50
ip -6 route get 2001:db8:5::1 oif veth2 ipproto udp sport 2500 dport 80
ip -6 rule list pref 100
ip -6 rule del dport 2001-2819
ip -6 rule list pref 100
ip link set veth0 up
ip -6 route get 2001:db8:5::1 uid 0 ipproto tcp
ip -j -6 rule
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 200 fwmark 0x10/0xf0 dport 1001-1382 lookup 100
ip -6 route show table all
ip -6 rule del fwmark 0x10/0xf0
ip -6 rule add not iif veth1 nop
ip -6 route get 2001:db8:5:1::7 uid 50
ip -6 route get 2001:db8:5::1
ip -6 route show table 200
ip -6 rule add pref 200 to 2001:4860::/32 uidrange 0-100 oif veth0 prohibit
ip -6 rule add ipproto tcp blackhole
ip -6 route get 2001:4860::8888 ipproto udp sport 1000 dport 80
ip -6 rule add ipproto ipv6-icmp iif veth0 lookup main
ip -6 rule del dport 1001-2536
ip -6 route add blackhole 2001:db8::/32 table 100
ip -j -6 rule
ip -6 rule del pref 200
ip -6 route show table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 uid 50
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 mark 0x13 ipproto ipv6-icmp sport 1500 dport 80
ip -6 route add prohibit 2001:db8:5:1::7 table 100
ip -j -6 rule
ip -6 rule add ipproto udp lookup 100
ip -6 route add unreachable 2001:db8:5::/48 metric 10 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 mark 3 ipproto udp sport 1500 dport 2001
ip -6 route get 2001:db8:7::1
ip -6 rule add ipproto tcp oif veth0 unreachable
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 200
ip -6 rule del pref 300
ip -j -6 rule
ip -6 rule show table 100
ip -6 route del 2001:db8:5:1::/64 table 200
ip link set veth2 up
ip -6 rule add not iif lo nop
ip -6 rule show
ip -6 route get 2001:db8:7::1 mark 7 ipproto ipv6-icmp sport 1 dport 80
ip -6 route get 2001:db8:5:1::7 uid 1500
ip -d -6 rule
ip -6 route del default table 200
ip -6 rule add uidrange 0-100 unreachable
ip -6 rule add not ipproto udp table main suppress_prefixlength 48
ip -6 rule
ip -6 rule
ip -6 route show table all

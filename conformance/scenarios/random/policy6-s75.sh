# Seeded random IPv6 policy-routing scenario (seed 75), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default dev veth2 table 100
ip -6 route add prohibit 2001:db8::/32 table 100
ip -6 route add ::/1 dev veth0 metric 10 table 100
ip -6 route add unreachable default table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table main
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 route add prohibit default table main
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth0 ipproto tcp sport 2500 dport 2001
ip -6 route get 2001:db8:b::1
ip -6 route del 2001:db8:5::/48 table main
ip -6 rule add dport 1 nop
ip -6 rule del dport 2001-2781 prohibit
ip -6 rule del ipproto udp
ip -j -6 rule
ip -6 rule add uidrange 1000-2000 ipproto ipv6-icmp unreachable
ip -6 rule add ipproto tcp unreachable
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 uid 50
ip -6 rule add fwmark 3/3 sport 1 table main suppress_prefixlength 48
ip -j -6 rule
ip -6 route get 2001:4860::8888 mark 0x13 uid 1500
ip -6 route get 2001:db8:5::1 uid 50
ip -d -6 rule
ip -6 rule add pref 32000 not oif veth2 fwmark 7 from all goto 300
ip -d -6 rule
ip -6 rule list pref 100
ip -6 rule add pref 50 oif veth2 uidrange 0-100 blackhole
ip -6 route del default table main
ip -6 route get 2001:db8:6::1 oif veth2
ip -6 route add blackhole ::/1 metric 10 table 100
ip -d -6 rule
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 200
ip -6 rule add pref 200 oif veth2 table 200 suppress_ifgroup 5
ip -6 rule del pref 100
ip -6 route get 2001:db8:5:1::9
ip -6 rule add to 2001:db8::/32 ipproto ipv6-icmp nop
ip -6 route show table 200
ip -6 route get 2001:db8:b::1 ipproto udp
ip -6 rule add pref 300 dport 1001-2996 table 200 suppress_ifgroup 5
ip -6 rule
ip -6 route add 2001:db8:5::/48 dev veth2 table main
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 rule del to 2001:db8::/32 oif veth0
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 3 fibmatch
ip -6 rule add pref 100 not ipproto udp prohibit
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 oif veth2
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table main
ip -6 rule show
ip -6 rule add dport 1-376 ipproto ipv6-icmp table 200 suppress_ifgroup 5
ip -6 rule del iif veth0 from 2001:db8:a::/64
ip -6 route get 2001:4860::8888 uid 50
ip -6 rule add sport 1001 sport 1001-2467 ipproto udp prohibit
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 route show table all
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 rule add uidrange 1000-2000 blackhole
ip -6 rule del pref 200
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 rule add pref 100 oif veth0 table 200 suppress_ifgroup 5
ip -6 rule del oif veth0
ip -6 rule del iif veth1
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule del pref 100
ip -6 route show table 200
ip -d -6 rule
ip -6 rule add ipproto tcp iif lo unreachable
ip -6 rule
ip -6 route show table all

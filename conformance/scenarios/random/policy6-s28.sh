# Seeded random IPv6 policy-routing scenario (seed 28), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 100
ip -6 route add throw 2001:db8:6::/48 table 200
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 route add blackhole 2001:db8::/32 metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table main
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table main
ip -6 route get 2001:db8:5::1 oif veth2 mark 3 uid 50
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 uid 1500
ip -6 route add 2001:db8::/32 dev veth0 metric 10 table main
ip -6 rule add pref 32000 not to 2001:db8:5::/48 dport 2001-2372 uidrange 0-100 goto 200
ip -6 rule add iif lo oif veth2 table 200 suppress_ifgroup 5
ip -6 rule add pref 100 sport 1001-1391 lookup 100
ip -6 route get 2001:db8:b::1 oif veth2 ipproto tcp sport 1 dport 2001
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 3 ipproto udp sport 2500 dport 80
ip -6 route get 2001:db8:6::1 oif veth0
ip -6 rule add pref 100 ipproto ipv6-icmp oif veth0 goto 300
ip link set veth2 down
ip -6 rule add oif veth2 nop
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth2 uid 50
ip -6 rule add pref 300 from all iif veth0 oif veth0 lookup 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table main
ip -6 rule add pref 100 from 2001:db8::/32 blackhole
ip -6 rule add uidrange 0-0 ipproto ipv6-icmp table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 oif veth0 mark 7
ip -6 route add blackhole 2001:db8:5:1::/64 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:7::1
ip -6 route add ::/1 dev veth0 table 200
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 oif veth0 uid 50
ip -6 rule del oif veth0
ip -6 route del 2001:db8:5::/48 table 100
ip -6 rule add oif veth2 iif veth1 blackhole
ip -6 route get 2001:db8:5:1::9 uid 50 ipproto tcp sport 1000 dport 2001
ip -6 rule add not from 2001:db8::/32 unreachable
ip -6 rule show
ip -6 rule add pref 200 fwmark 0x10/0xf0 from 2001:db8:b::1 table 100
ip link set veth2 up
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 ipproto ipv6-icmp
ip -6 route get 2001:4860::8888 mark 3 ipproto tcp sport 1000 dport 1000
ip -6 rule add pref 100 iif lo goto 300
ip -6 rule add to 2001:db8::/32 from 2001:db8:a::/64 unreachable
ip -6 rule del uidrange 1000-2000
ip -6 rule list pref 100
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 mark 7
ip -d -6 rule
ip -j -6 rule
ip -6 rule del oif veth0 dport 1 fwmark 3/3 prohibit
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth2 ipproto ipv6-icmp sport 1500 dport 2001 fibmatch
ip -6 rule list pref 100
ip -6 rule add from 2001:db8:b::1 uidrange 0-0 sport 2001-2566 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5::1 uid 50
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 rule add fwmark 0x10/0xf0 sport 2001-3529 lookup main
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp sport 1 dport 1000
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp
ip -6 route get 2001:db8:7::1 oif veth2
ip -6 rule add sport 2001 table main suppress_prefixlength 0
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 fibmatch
ip -6 route get 2001:db8:5:1::7 oif veth2
ip -6 route del ::/1 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 200
ip -6 route show table all
ip -6 route show table 200
ip -6 rule add not to 2001:db8::/32 blackhole
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 123), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8:5:1::7 table 100
ip -6 route add throw 2001:db8:6::/48 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 route add unreachable default table 200
ip -6 route add prohibit 2001:db8:5:1::7 table 200
ip -6 route add prohibit default table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table main
ip -6 route add 2001:db8:5:1::7 dev veth2 table main
ip -6 route add blackhole default table main
ip -6 rule add pref 100 dport 1001-2973 oif veth0 uidrange 1000-2000 prohibit
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table 100
ip -6 rule list pref 100
ip -6 rule
ip -6 route get 2001:db8:5:1::7
ip -6 rule add dport 2001 goto 300
ip -6 rule add pref 300 sport 1-1281 dport 1-182 fwmark 7 nop
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto ipv6-icmp sport 1500 dport 80
ip -6 route add blackhole default table main
ip -6 route get 2001:db8:5::1 mark 7
ip -6 rule add to 2001:db8:6::/48 to 2001:db8:5::/48 blackhole
ip -6 rule del pref 300
ip -6 rule add uidrange 0-0 uidrange 1000-2000 uidrange 0-0 lookup 100
ip -6 rule del ipproto ipv6-icmp dport 2001-2245 oif veth0
ip -6 rule list pref 100
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 route add prohibit 2001:db8:5:1::7 table 100
ip -6 rule show table 100
ip -6 rule add pref 200 dport 1-1711 table 200 suppress_ifgroup 0
ip -6 route add 2001:db8:5:1::7 dev veth0 table main
ip -j -6 rule
ip link set veth0 down
ip -6 rule add from all ipproto tcp table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1
ip -6 route show table all
ip -6 rule add to 2001:db8:5::/48 table 100
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 ipproto ipv6-icmp sport 1 dport 80
ip -6 rule add from 2001:db8::/32 dport 2001 nop
ip -6 rule add ipproto ipv6-icmp oif veth0 unreachable
ip -6 route get 2001:4860::8888 mark 0x13
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 7
ip -6 rule list pref 100
ip -6 rule add pref 100 ipproto udp table 200 suppress_ifgroup 0
ip -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 7 ipproto ipv6-icmp
ip -6 rule add ipproto tcp from 2001:db8:a::/64 prohibit
ip -6 route add prohibit default table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table 200
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 oif veth0 uid 0
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table 100
ip -6 rule add pref 300 not oif veth2 lookup main
ip -6 route get 2001:db8:5:1::7 ipproto udp fibmatch
ip -6 rule add pref 200 dport 1 fwmark 0x10/0xf0 goto 200
ip -6 rule add pref 200 from 2001:db8::/32 sport 1001-1789 prohibit
ip -6 route get 2001:4860::8888 from 2001:db8:a::99
ip -j -6 rule
ip -6 route add 2001:db8:6::/48 dev veth2 table main
ip -6 rule add pref 100 not ipproto tcp iif lo goto 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 fibmatch
ip -6 rule show
ip -6 route del default table 100
ip -6 route get 2001:db8:a::9 mark 3 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule
ip -6 route add prohibit 2001:db8:5:1::/64 table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 route get 2001:db8:7::1 oif veth0 mark 7
ip -d -6 rule
ip -6 rule
ip -6 route show table all

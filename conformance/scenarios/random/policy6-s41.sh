# Seeded random IPv6 policy-routing scenario (seed 41), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth0 metric 10 table 100
ip -6 route add throw ::/1 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 route add ::/1 via 2001:db8:b::2 table 200
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add blackhole default table 200
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table main
ip -6 route add unreachable ::/1 table main
ip -6 route get 2001:4860::8888 oif veth0 ipproto udp sport 1 dport 80
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route get 2001:db8:6::1 oif veth2 fibmatch
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule show
ip link set veth2 up
ip -6 route get 2001:db8:6::1 oif veth0
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:5:1::9
ip -6 rule add from 2001:db8:b::1 prohibit
ip -6 rule add pref 100 dport 1001 oif veth2 sport 1001-1589 nop
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 ipproto ipv6-icmp
ip -6 route get 2001:db8:5::1 uid 0 ipproto ipv6-icmp sport 1500 dport 1000
ip -j -6 rule
ip -6 route del 2001:db8::/32 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 200
ip -6 rule add pref 32000 to 2001:db8::/32 ipproto ipv6-icmp table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 rule add to 2001:db8:6::/48 ipproto tcp sport 2001 unreachable
ip -6 route get 2001:db8:5:1::7 oif veth2 ipproto ipv6-icmp
ip -6 rule add pref 300 dport 2001-3308 dport 1001 ipproto tcp prohibit
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 mark 3
ip -6 rule list pref 100
ip -6 rule add ipproto tcp fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7
ip link set veth0 up
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 3 uid 1500
ip -6 route get 2001:db8:5:1::7
ip -6 rule list pref 100
ip -6 rule add pref 32000 dport 2001 goto 100
ip -6 route del ::/1 table 100
ip link set veth0 up
ip -6 rule add uidrange 0-0 blackhole
ip -6 rule del to 2001:db8::/32 iif veth1 uidrange 0-0
ip -6 rule show
ip -j -6 rule
ip -6 rule add pref 300 sport 1001 lookup main
ip -6 rule add pref 100 not dport 1001-2866 uidrange 0-0 prohibit
ip -6 route add unreachable ::/1 metric 10 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5::1 oif veth2 mark 0x13
ip -6 route add default dev veth0 table 200
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 rule add from all dport 1001-1014 fwmark 7 table 200 suppress_ifgroup 5
ip -6 rule add not ipproto ipv6-icmp fwmark 3/3 table 200
ip -6 route add prohibit default table 200
ip -6 route get 2001:db8:b::1 oif veth0 uid 0
ip -6 route add blackhole 2001:db8:5::/48 table 100
ip -6 rule
ip -6 rule add pref 50 dport 1001-1523 table 200 suppress_ifgroup 0
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 200
ip -6 rule add pref 100 ipproto tcp ipproto udp from 2001:db8:a::/64 goto 100
ip -6 rule add iif veth0 oif veth0 table 200
ip -6 rule show table 100
ip -d -6 rule
ip -6 rule
ip -6 route show table all

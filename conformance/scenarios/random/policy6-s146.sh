# Seeded random IPv6 policy-routing scenario (seed 146), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 dev veth0 table 100
ip -6 route add unreachable 2001:db8:6::/48 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth2 table 200
ip -6 route add unreachable ::/1 table 200
ip -6 route add blackhole 2001:db8:6::/48 table main
ip -6 route add 2001:db8::/32 dev veth2 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table main
ip -6 rule list pref 100
ip -6 rule add pref 32000 fwmark 3/3 sport 1 from all goto 50
ip -6 rule list pref 100
ip -6 rule show table 100
ip -6 rule show table 100
ip -6 rule add pref 100 not from 2001:db8:a::/64 from 2001:db8:a::/64 unreachable
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1500 dport 80
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule del uidrange 0-0 table 200 suppress_ifgroup 0
ip -6 rule del pref 32000
ip -6 rule add pref 32000 oif veth2 dport 1001 from 2001:db8:a::/64 table 100
ip -6 route get 2001:db8:5:1::7 fibmatch
ip -d -6 rule
ip -6 rule add dport 2001-2060 sport 1 prohibit
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table 100
ip -6 rule add pref 300 sport 1 sport 1001-1255 table 200 suppress_ifgroup 5
ip -6 rule add not dport 1 unreachable
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 oif veth0
ip -6 rule add ipproto ipv6-icmp to 2001:4860::/32 sport 1 prohibit
ip link set veth2 up
ip -6 rule add pref 32000 dport 1-390 lookup main
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 7
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 route show table all
ip -6 route show table all
ip -6 rule del iif veth1 to 2001:db8:6::/48
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 uid 0 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule del pref 200
ip -6 rule add pref 100 not sport 1001 table 200 suppress_ifgroup 0
ip -6 rule add sport 2001 prohibit
ip -6 rule add dport 1001 uidrange 1000-2000 sport 2001-2415 table 200 suppress_ifgroup 0
ip -6 rule del ipproto tcp ipproto tcp fwmark 3/3 nop
ip -6 rule show
ip -6 rule add sport 1 iif veth1 prohibit
ip -6 route get 2001:db8:b::1
ip -6 rule add ipproto tcp table main suppress_prefixlength 0
ip -6 route get 2001:db8:a::9 mark 7
ip -6 route get 2001:db8:a::9 fibmatch
ip -6 rule add iif lo from 2001:db8:b::1 fwmark 7 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5::1 ipproto udp sport 2500 dport 80
ip -6 rule show table 100
ip -j -6 rule
ip -6 rule del pref 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table 200
ip -6 rule add pref 32000 iif lo fwmark 0x10/0xf0 unreachable
ip -6 rule show
ip -d -6 rule
ip -6 rule add iif veth1 oif veth2 lookup 100
ip -6 route show table all
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 uid 0 fibmatch
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:b::1 oif veth0 mark 0x13 ipproto udp sport 1500 dport 80
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table 200
ip -6 rule add pref 32000 oif veth2 lookup 100
ip -6 route add prohibit 2001:db8::/32 table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 mark 0x13
ip link set veth2 down
ip -6 rule
ip -6 route show table all

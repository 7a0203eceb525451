# Seeded random IPv6 policy-routing scenario (seed 25), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit ::/1 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 route add blackhole 2001:db8:5::/48 table 100
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 route add prohibit 2001:db8::/32 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 route add blackhole 2001:db8::/32 table main
ip -6 route add unreachable 2001:db8::/32 table main
ip -6 route add ::/1 via 2001:db8:a::2 table main
ip -j -6 rule
ip -6 route get 2001:db8:7::1 mark 7
ip -d -6 rule
ip -6 rule add not dport 2001 dport 2001 fwmark 7 prohibit
ip -6 route del 2001:db8::/32 table main
ip -6 route get 2001:4860::8888 oif veth2 mark 3 uid 50
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:5:1::7 mark 0x13
ip -6 rule show table 100
ip -6 rule del uidrange 0-0 to 2001:db8:6::/48 from all
ip -6 route show table 200
ip -6 rule add pref 100 fwmark 0x10/0xf0 goto 300
ip -6 route get 2001:4860::8888 from 2001:db8:a::1
ip -6 rule add ipproto ipv6-icmp oif veth0 lookup main
ip -6 rule add iif veth1 ipproto tcp prohibit
ip -6 rule add fwmark 7 oif veth0 lookup main
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 oif veth0 ipproto tcp
ip -d -6 rule
ip -6 rule del iif veth1
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 oif veth0
ip -6 route get 2001:4860::8888
ip -6 rule del iif veth0 prohibit
ip -6 rule add not dport 1 to 2001:db8:6::/48 from 2001:db8:b::1 nop
ip -j -6 rule
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth2 uid 0
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 7 ipproto tcp
ip -6 rule add to 2001:db8:6::/48 to 2001:4860::/32 ipproto ipv6-icmp goto 50
ip -6 rule add pref 32000 iif veth0 ipproto udp sport 2001 nop
ip -6 rule add pref 100 sport 1-610 prohibit
ip -6 rule show table 100
ip -6 route get 2001:db8:7::1 oif veth2 fibmatch
ip -6 route show table 200
ip -6 rule add pref 200 fwmark 3/3 goto 200
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 oif veth2
ip -6 route get 2001:4860::8888
ip -6 rule add pref 32000 fwmark 7 blackhole
ip -6 route add ::/1 via 2001:db8:c::2 table 100
ip -6 rule add pref 300 iif lo from 2001:db8:a::/64 unreachable
ip -6 rule list pref 100
ip -6 rule
ip -6 rule add pref 50 ipproto ipv6-icmp goto 50
ip -6 rule del pref 50
ip -6 route del default table 100
ip -6 rule add pref 200 not sport 2001-2107 sport 2001-3198 uidrange 0-100 lookup 100
ip link set veth0 up
ip -6 rule del pref 300
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:b::1
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 ipproto udp sport 2500 dport 2001
ip -6 route get 2001:db8:7::1
ip -6 rule add pref 300 dport 2001 unreachable
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 rule add ipproto tcp lookup main
ip -6 route add blackhole ::/1 table 200
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:4860::8888 ipproto tcp sport 1 dport 1000 fibmatch
ip -6 route get 2001:db8:5:1::9
ip -6 route show table all
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 rule
ip -6 route show table all

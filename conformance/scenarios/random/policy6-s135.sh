# Seeded random IPv6 policy-routing scenario (seed 135), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth0 metric 10 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table 200
ip -6 route add blackhole 2001:db8::/32 table 200
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 route add 2001:db8:6::/48 dev veth0 table main
ip -6 route add blackhole 2001:db8:5:1::/64 table main
ip -6 route add throw 2001:db8::/32 table 200
ip -6 rule add pref 300 iif veth0 from 2001:db8::/32 unreachable
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth0 uid 1500 fibmatch
ip -j -6 rule
ip -6 rule add pref 300 sport 1 dport 1-1304 dport 1 table 200
ip -6 route del ::/1 table 200
ip -6 rule add ipproto udp fwmark 0x10/0xf0 lookup main
ip -6 route get 2001:db8:6::1 oif veth2 mark 0x13 ipproto ipv6-icmp
ip -6 route del ::/1 table main
ip -6 rule add pref 50 iif veth0 oif veth0 lookup main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 mark 0x13
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:6::1 mark 7 ipproto udp sport 2500 dport 80
ip -6 rule add oif veth0 to 2001:db8:6::/48 sport 1-1925 prohibit
ip -6 rule add pref 100 not dport 2001-3052 nop
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 mark 0x13
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 rule add pref 200 dport 1 ipproto udp oif veth0 prohibit
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 ipproto udp fibmatch
ip -6 rule show table 100
ip -6 route del 2001:db8:6::/48 table main
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:b::1 uid 1500
ip link set veth0 up
ip -6 route del ::/1 table main
ip -6 route get 2001:db8:a::9 ipproto udp sport 2500 dport 80
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table main
ip -6 rule add pref 200 iif lo fwmark 3/3 nop
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 7 ipproto udp sport 1 dport 80
ip -6 route show table 200
ip -6 route get 2001:4860::8888 uid 50
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 ipproto ipv6-icmp sport 2500 dport 80
ip -6 rule add sport 2001 prohibit
ip -6 route get 2001:db8:5::1 mark 0x13 uid 1500
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 7 ipproto tcp sport 2500 dport 2001
ip -6 rule add pref 300 to 2001:db8:5::/48 from 2001:db8:a::/64 unreachable
ip -6 route get 2001:db8:6::1 mark 3
ip -6 rule add pref 32000 ipproto ipv6-icmp ipproto tcp table 100
ip -6 route add throw 2001:db8::/32 table 200
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 32000 uidrange 1000-2000 lookup 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 0x13
ip -6 route add default via 2001:db8:a::3 metric 10 table 100
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -d -6 rule
ip link set veth2 up
ip -6 rule add pref 50 sport 1001 to 2001:db8::/32 goto 32000
ip -6 rule show
ip -6 rule add from 2001:db8::/32 from all table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:6::1 mark 7 ipproto tcp sport 1500 dport 1000
ip -j -6 rule
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 300 sport 1-1762 sport 1001 nop
ip -6 route get 2001:db8:b::1 mark 0x13 uid 0
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table main
ip link set veth0 down
ip -6 rule add pref 200 oif veth2 oif veth2 table 100 suppress_prefixlength 32
ip -6 rule
ip -6 route show table all

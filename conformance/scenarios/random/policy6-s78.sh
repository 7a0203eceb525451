# Seeded random IPv6 policy-routing scenario (seed 78), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5::/48 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 route add unreachable ::/1 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 200
ip -6 route add prohibit default metric 10 table main
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 metric 10 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 metric 10 table main
ip -6 rule add pref 50 oif veth0 blackhole
ip -6 rule add pref 32000 sport 1-83 oif veth2 table 100
ip -6 route get 2001:db8:a::9 oif veth0 mark 7 ipproto tcp sport 1000 dport 2001
ip -d -6 rule
ip -6 rule show
ip -6 rule add pref 50 uidrange 0-100 to 2001:4860::/32 table 200 suppress_ifgroup 0
ip -6 rule add iif veth0 blackhole
ip -6 rule add pref 100 dport 1 fwmark 7 lookup 100
ip -6 rule add not from 2001:db8::/32 lookup 100
ip -6 route get 2001:4860::8888
ip -6 rule add pref 50 not iif lo nop
ip -6 route get 2001:db8:5:1::7 oif veth0
ip -6 route get 2001:db8:5:1::9 oif veth0 uid 50
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2 uid 0
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 rule add pref 32000 oif veth2 dport 1 fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7 mark 0x13
ip -6 route get 2001:db8:b::1 oif veth2
ip -d -6 rule
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::7 uid 1500 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule show table 100
ip link set veth2 down
ip -6 rule add pref 100 iif lo fwmark 3/3 ipproto tcp table 200 suppress_ifgroup 5
ip -6 route show table all
ip -6 route del 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:b::1 oif veth0
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 200
ip -j -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 route add unreachable ::/1 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 uid 50
ip -6 route get 2001:db8:b::1 ipproto udp sport 1000 dport 2001
ip -6 route del 2001:db8:5::/48 table 200
ip -6 rule list pref 100
ip -j -6 rule
ip -6 route show table 200
ip -6 route show table all
ip -j -6 rule
ip -d -6 rule
ip -6 rule add pref 200 not from 2001:db8::/32 to 2001:db8::/32 prohibit
ip -6 rule add pref 200 iif veth1 sport 1-65 prohibit
ip -6 rule add pref 100 not sport 1001-1626 table 100
ip -6 route show table 200
ip -6 rule del pref 50
ip -6 rule add pref 200 to 2001:db8::/32 iif veth0 uidrange 1000-2000 prohibit
ip link set veth2 down
ip -6 rule add oif veth0 to 2001:4860::/32 nop
ip -6 route add prohibit ::/1 table 200
ip -6 rule add pref 100 to 2001:db8::/32 ipproto udp table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:6::1
ip -6 rule show
ip -6 route show table all
ip -6 rule add pref 50 from 2001:db8:a::/64 to 2001:4860::/32 nop
ip -6 rule add from 2001:db8:b::1 lookup 100
ip -6 route del default table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table 200
ip -6 rule add pref 100 sport 1 fwmark 3/3 blackhole
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 0x13
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 oif veth0 mark 0x13 ipproto ipv6-icmp sport 2500 dport 80
ip -6 rule
ip -6 route show table all

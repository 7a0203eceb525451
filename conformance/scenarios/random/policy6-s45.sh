# Seeded random IPv6 policy-routing scenario (seed 45), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 dev veth0 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 200
ip -6 route add prohibit 2001:db8::/32 metric 10 table main
ip -6 route add 2001:db8:5:1::/64 dev veth2 table main
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 rule show
ip -6 rule add sport 1001 blackhole
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule
ip -6 route get 2001:db8:7::1 fibmatch
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 uid 50
ip -6 route get 2001:db8:b::1 uid 0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1
ip -6 rule add sport 1001 table main suppress_prefixlength 0
ip -6 rule add pref 32000 fwmark 0x10/0xf0 iif lo nop
ip -6 rule add pref 32000 oif veth2 iif veth0 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route del 2001:db8:5::/48 table 200
ip -6 rule del dport 1-195 dport 1-1960
ip -6 route del 2001:db8:6::/48 table main
ip -6 route get 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route show table 200
ip -6 rule del oif veth2 oif veth0
ip -6 rule
ip -6 rule add iif veth1 blackhole
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route get 2001:4860::8888 uid 1500 ipproto udp
ip -6 rule show table 100
ip -6 rule add pref 100 dport 1 from 2001:db8:b::1 oif veth0 nop
ip -6 route get 2001:db8:b::1 mark 7
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 0x13 ipproto udp sport 1 dport 2001
ip -6 route add prohibit default table 200
ip -6 rule del pref 50
ip -d -6 rule
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 metric 10 table 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 route show table 200
ip -6 rule add pref 100 oif veth0 lookup main
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 rule add from 2001:db8::/32 ipproto ipv6-icmp to 2001:db8:5::/48 nop
ip -6 rule show table 100
ip -6 rule show table 100
ip -6 rule del not sport 1-1804 sport 2001
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth0
ip -6 route add ::/1 dev veth0 table main
ip link set veth0 up
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 ipproto tcp sport 1000 dport 80
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 rule add pref 300 from 2001:db8:b::1 lookup 100
ip -j -6 rule
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule add pref 50 not sport 1001 nop
ip -6 rule add oif veth2 lookup 100
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 ipproto udp sport 2500 dport 1000
ip -6 rule add pref 300 to 2001:db8:6::/48 from all blackhole
ip -6 route get 2001:db8:7::1 mark 7 uid 1500 ipproto tcp sport 2500 dport 80 fibmatch
ip -6 rule add pref 200 not iif veth0 prohibit
ip -6 rule
ip -6 route show table all

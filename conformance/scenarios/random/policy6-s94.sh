# Seeded random IPv6 policy-routing scenario (seed 94), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table 100
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route add prohibit default metric 10 table 100
ip -6 route add throw 2001:db8:5:1::7 table 200
ip -6 route add unreachable ::/1 metric 10 table 200
ip -6 route add default via 2001:db8:a::2 table 200
ip -6 route add throw 2001:db8::/32 table main
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table main
ip -6 rule show table 100
ip link set veth2 up
ip -6 rule add uidrange 0-0 blackhole
ip -6 rule show
ip -6 route show table 200
ip -6 route del 2001:db8::/32 table main
ip -6 route get 2001:db8:a::9
ip -6 route del default table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule add ipproto tcp table 100
ip -6 route get 2001:db8:7::1 oif veth2
ip -6 route add throw ::/1 metric 10 table main
ip -6 route add blackhole 2001:db8:5::/48 table main
ip -6 route add 2001:db8:6::/48 dev veth2 table 100
ip -6 route get 2001:db8:5::1 oif veth2 uid 50
ip -6 rule del ipproto udp sport 2001 uidrange 1000-2000 blackhole
ip -6 rule del pref 50
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 100
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 uid 1500
ip -6 rule add dport 1001-2981 fwmark 0x10/0xf0 prohibit
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route show table all
ip -6 route get 2001:db8:6::1 uid 1500
ip -6 route get 2001:db8:7::1 mark 0x13 fibmatch
ip -6 route del 2001:db8::/32 table 200
ip -6 rule add uidrange 0-100 lookup main
ip -6 route add unreachable ::/1 metric 10 table main
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 mark 0x13
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 7
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 ipproto tcp sport 1 dport 2001
ip -6 rule add to 2001:4860::/32 lookup 100
ip -6 route get 2001:4860::8888 ipproto tcp sport 1 dport 80
ip -6 route get 2001:db8:5:1::7
ip -6 rule add fwmark 0x10/0xf0 to 2001:db8:6::/48 oif veth0 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1
ip -6 rule add from 2001:db8:a::/64 unreachable
ip -6 route get 2001:db8:b::1 mark 0x13
ip -6 route add ::/1 dev veth0 metric 10 table 200
ip -6 route get 2001:db8:6::1 mark 3
ip -6 route get 2001:db8:6::1 oif veth0
ip -6 rule show
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 rule show
ip -6 rule add ipproto tcp table 100
ip -6 rule add pref 50 uidrange 1000-2000 iif lo unreachable
ip -6 rule add pref 200 sport 2001 ipproto tcp blackhole
ip -6 route add 2001:db8:5::/48 dev veth2 metric 10 table 200
ip -6 rule add pref 200 oif veth0 table main suppress_prefixlength 0
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 3
ip -6 route get 2001:4860::8888 ipproto tcp sport 1 dport 2001
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip link set veth0 up
ip -6 rule add pref 200 oif veth0 table main suppress_prefixlength 48
ip -6 rule
ip -j -6 rule
ip -6 rule
ip -6 route show table all

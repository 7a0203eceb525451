# Seeded random IPv6 policy-routing scenario (seed 8), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table 200
ip -6 route add 2001:db8:5:1::7 dev veth2 table 200
ip -6 route add throw 2001:db8:6::/48 metric 10 table 200
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table main
ip -6 route add ::/1 via 2001:db8:a::2 table main
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 uid 1500
ip -6 route get 2001:4860::8888 mark 7
ip -6 rule show
ip -6 route add blackhole default table 100
ip -6 rule show table 100
ip -6 route del default table main
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 uid 1500
ip -6 route get 2001:db8:5::1 oif veth2 ipproto ipv6-icmp
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 route get 2001:db8:7::1 mark 3
ip -6 rule add pref 32000 ipproto udp iif lo table 200
ip -6 route get 2001:db8:a::9 mark 3
ip -6 rule show table 100
ip -6 route show table 200
ip -6 route show table 200
ip -6 route add unreachable 2001:db8:5:1::/64 table 200
ip -6 rule add oif veth0 uidrange 0-100 from all blackhole
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp
ip -d -6 rule
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1500 dport 2001
ip -6 rule del ipproto tcp oif veth2 to 2001:4860::/32
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route get 2001:db8:a::9 mark 7
ip -j -6 rule
ip -6 rule del iif veth1 dport 1
ip -6 rule add pref 300 from 2001:db8:b::1 lookup 100
ip -6 rule del pref 100
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 rule del pref 200
ip -6 rule add pref 100 dport 1001-1459 to 2001:db8:5::/48 lookup main
ip -6 rule add pref 200 uidrange 1000-2000 uidrange 0-0 sport 2001 goto 200
ip -6 route get 2001:db8:7::1 mark 3 uid 0
ip -6 rule add pref 100 sport 2001 iif veth1 goto 100
ip -d -6 rule
ip -6 rule del pref 100
ip -6 rule add dport 2001-3066 to 2001:db8::/32 prohibit
ip -6 rule add pref 100 uidrange 1000-2000 table 100 suppress_prefixlength 32
ip -6 rule show
ip -6 rule show
ip -j -6 rule
ip -6 rule del pref 50
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 rule add to 2001:db8:5::/48 sport 1-1527 prohibit
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 7
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 7
ip -6 route add unreachable ::/1 table main
ip -6 rule show
ip -6 route get 2001:db8:a::9
ip -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth2 ipproto tcp
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route get 2001:db8:5:1::7 mark 7 uid 1500
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 oif veth2
ip -6 rule list pref 100
ip -6 rule add fwmark 7 ipproto tcp blackhole
ip -6 rule add pref 100 not to 2001:db8:5::/48 ipproto udp to 2001:db8::/32 lookup main
ip -6 rule add pref 32000 dport 1001-2362 dport 1001 table 200 suppress_ifgroup 0
ip -6 rule show
ip -6 rule
ip -6 route show table all

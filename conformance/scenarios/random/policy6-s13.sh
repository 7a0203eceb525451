# Seeded random IPv6 policy-routing scenario (seed 13), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8::/32 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 200
ip -6 route add prohibit default table 200
ip -6 route add prohibit ::/1 table 200
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route add ::/1 dev veth2 metric 10 table main
ip -6 route add throw default table main
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip link set veth0 down
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 7 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 route show table all
ip -6 route get 2001:4860::8888 uid 1500
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 200
ip -j -6 rule
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 route get 2001:4860::8888 uid 1500 ipproto tcp sport 1000 dport 1000
ip -d -6 rule
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 route get 2001:db8:5:1::7 oif veth0 mark 7 ipproto ipv6-icmp
ip -6 rule del pref 32000
ip -6 route get 2001:db8:b::1 mark 3 ipproto tcp sport 1000 dport 1000
ip -6 rule add pref 100 fwmark 7 fwmark 7 sport 1001-1933 table 100
ip -6 route show table 200
ip -6 rule add ipproto ipv6-icmp from 2001:db8:a::/64 table 200 suppress_ifgroup 5
ip -6 route get 2001:4860::8888 from 2001:db8:b::1
ip -6 rule add pref 100 fwmark 3/3 prohibit
ip -6 rule add pref 200 ipproto tcp uidrange 1000-2000 blackhole
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 oif veth2 mark 3 ipproto ipv6-icmp
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 rule add pref 100 from 2001:db8::/32 oif veth2 dport 1 goto 50
ip -6 rule add ipproto ipv6-icmp iif veth0 prohibit
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:b::1 uid 1500 fibmatch
ip -6 route show table 200
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 ipproto tcp sport 2500 dport 80
ip -6 rule add pref 50 not iif veth1 goto 32000
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 oif veth0
ip -6 route show table all
ip -6 rule add pref 300 from all lookup 100
ip -6 rule add pref 300 fwmark 7 lookup 100
ip -6 rule add to 2001:4860::/32 fwmark 7 unreachable
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table 200
ip -6 rule add pref 50 oif veth2 prohibit
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth2 mark 0x13 uid 50
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 mark 3
ip -6 route get 2001:db8:6::1 oif veth0
ip -6 route del ::/1 table 100
ip -6 rule add sport 2001 from 2001:db8:b::1 oif veth2 goto 200
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto udp
ip -6 route get 2001:db8:6::1 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule del sport 1-1783 sport 2001-3787 table 200 suppress_ifgroup 0
ip -6 rule del iif veth0 ipproto udp blackhole
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 137), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table 100
ip -6 route add unreachable 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 100
ip -6 route add blackhole 2001:db8::/32 metric 10 table 200
ip -6 route add unreachable 2001:db8:5::/48 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth2 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 table main
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table main
ip -6 route add 2001:db8::/32 dev veth2 table main
ip -d -6 rule
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1
ip -6 route show table all
ip -6 route add prohibit 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:7::1 oif veth0 mark 3 uid 0
ip -d -6 rule
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 rule add fwmark 3/3 ipproto tcp lookup 100
ip -6 route get 2001:db8:7::1 mark 7 uid 0
ip -6 rule add pref 100 not iif veth1 iif veth0 nop
ip -6 route get 2001:db8:5:1::7 mark 3 uid 1500
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 uid 1500 ipproto udp
ip -6 route add unreachable ::/1 metric 10 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 rule add pref 200 iif lo to 2001:db8:5::/48 uidrange 0-0 table 200
ip -6 rule add sport 1001 uidrange 1000-2000 nop
ip -6 rule add pref 50 sport 2001 fwmark 7 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5::1 oif veth2 ipproto tcp sport 2500 dport 80 fibmatch
ip -d -6 rule
ip -6 rule add pref 50 ipproto tcp table 200 suppress_ifgroup 5
ip -j -6 rule
ip -6 route get 2001:db8:5:1::7 mark 3 fibmatch
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -j -6 rule
ip -6 rule add not from 2001:db8:a::/64 from 2001:db8::/32 to 2001:4860::/32 goto 100
ip -6 rule add to 2001:db8:5::/48 to 2001:db8:6::/48 blackhole
ip -6 rule show
ip link set veth2 up
ip -6 route get 2001:db8:a::9 mark 7
ip -6 rule add pref 300 from 2001:db8:b::1 blackhole
ip -6 rule add pref 300 oif veth2 table 200 suppress_ifgroup 0
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 rule add pref 300 not sport 1-1748 fwmark 7 iif lo prohibit
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 mark 3 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 oif veth0 mark 7
ip -6 route show table 200
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 rule add pref 100 iif lo table main suppress_prefixlength 32
ip -6 rule add sport 1 uidrange 1000-2000 fwmark 3/3 blackhole
ip -6 route get 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:a::9
ip -6 route add blackhole 2001:db8:5:1::/64 table main
ip -6 rule show
ip -6 rule add pref 50 to 2001:db8:5::/48 dport 1 unreachable
ip -6 rule
ip -6 rule add iif veth1 unreachable
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:5:1::9 oif veth0 uid 50
ip -6 rule del ipproto udp iif veth1 oif veth2 prohibit
ip -6 route get 2001:db8:5:1::9 ipproto udp
ip -6 rule del dport 1-743 table 200
ip -6 route get 2001:db8:5:1::9
ip -6 route add default via 2001:db8:a::3 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth2 ipproto tcp sport 1500 dport 2001
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth0 fibmatch
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 27), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default dev veth2 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:5::/48 dev veth0 table 100
ip -6 route add prohibit ::/1 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 metric 10 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table main
ip -6 route add throw 2001:db8:6::/48 table main
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table main
ip -6 rule add fwmark 0x10/0xf0 from 2001:db8:a::/64 blackhole
ip -6 route add blackhole default table 100
ip -6 rule add pref 100 ipproto udp uidrange 1000-2000 goto 50
ip link set veth2 down
ip -6 rule del sport 2001-3721 prohibit
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 7 uid 50
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1
ip -6 route get 2001:db8:6::1 uid 1500
ip -6 rule add dport 2001 fwmark 7 table 200
ip -6 rule show
ip -6 rule add uidrange 0-100 nop
ip -6 rule show table 100
ip -6 rule add ipproto ipv6-icmp table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto tcp sport 2500 dport 1000
ip -6 rule add pref 50 iif veth1 ipproto tcp uidrange 0-100 prohibit
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 rule show table 100
ip -6 route show table all
ip -6 rule del from 2001:db8::/32 iif veth1 ipproto ipv6-icmp
ip -6 rule show table 100
ip -6 route get 2001:db8:7::1 mark 0x13 uid 50 ipproto udp sport 1 dport 2001
ip -6 rule del iif veth1 sport 1001-2790 oif veth0 prohibit
ip -6 rule
ip -6 route get 2001:db8:b::1 ipproto ipv6-icmp sport 1500 dport 80
ip -6 route get 2001:db8:b::1 mark 3 ipproto udp sport 2500 dport 80
ip -j -6 rule
ip -6 rule show table 100
ip -6 rule add dport 1-1848 unreachable
ip -6 route get 2001:db8:5:1::7
ip -6 rule add pref 50 dport 1-1597 table 200 suppress_ifgroup 0
ip -6 rule del pref 100
ip -6 route show table all
ip -6 rule add pref 100 sport 2001-3221 goto 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 200
ip -6 rule add not sport 1 uidrange 1000-2000 nop
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 uid 50 ipproto udp fibmatch
ip -6 rule del pref 32000
ip -6 rule add pref 200 not to 2001:4860::/32 dport 2001 blackhole
ip -6 rule del not iif lo lookup 100
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth2 ipproto udp
ip -6 rule add ipproto udp prohibit
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 ipproto udp sport 1 dport 1000
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table main
ip -6 rule add pref 100 not dport 1 unreachable
ip -6 route get 2001:db8:a::9 uid 1500 ipproto udp sport 2500 dport 1000
ip -6 rule add pref 50 to 2001:db8:5::/48 unreachable
ip -6 route get 2001:db8:6::1 uid 50
ip -6 rule show table 100
ip -6 route add throw 2001:db8:5:1::/64 table main
ip -6 route show table all
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 mark 0x13
ip -6 rule add pref 50 from 2001:db8::/32 uidrange 0-100 unreachable
ip -6 rule add ipproto ipv6-icmp from 2001:db8:a::/64 table 200
ip -6 route get 2001:db8:5:1::9 mark 7 fibmatch
ip -6 rule del oif veth0 sport 1001 unreachable
ip -6 route get 2001:db8:5:1::9 mark 0x13 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route add prohibit default table main
ip -j -6 rule
ip -6 rule
ip -6 route show table all

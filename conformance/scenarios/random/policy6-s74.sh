# Seeded random IPv6 policy-routing scenario (seed 74), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 100
ip -6 route add unreachable 2001:db8::/32 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 100
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table 200
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 200
ip -6 route add prohibit 2001:db8:5:1::/64 metric 10 table 200
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:5:1::7 dev veth2 metric 10 table main
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -j -6 rule
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 100
ip -6 rule add pref 200 from 2001:db8:a::/64 lookup main
ip -6 route get 2001:db8:7::1 ipproto udp sport 1000 dport 1000
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 rule
ip -6 rule del pref 100
ip -6 rule add pref 200 iif veth1 iif veth1 from all table main suppress_prefixlength 48
ip -6 route add throw 2001:db8::/32 table 100
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table 200
ip -6 rule del not uidrange 1000-2000 from 2001:db8::/32 table 200 suppress_ifgroup 0
ip -d -6 rule
ip -6 route del 2001:db8::/32 table 200
ip -6 rule add pref 32000 not sport 1 table 100
ip -6 rule add ipproto ipv6-icmp iif lo goto 100
ip -j -6 rule
ip -6 rule
ip -6 rule add pref 200 uidrange 1000-2000 sport 1-1419 unreachable
ip -6 rule show
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 1 dport 80
ip -6 rule del fwmark 3/3 iif veth0
ip -j -6 rule
ip -6 route add prohibit 2001:db8::/32 table main
ip -6 route get 2001:db8:5:1::9 mark 7
ip -6 rule add to 2001:db8:5::/48 ipproto tcp lookup main
ip -6 route show table all
ip -j -6 rule
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 route add throw 2001:db8:6::/48 table main
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 ipproto tcp
ip -6 route add throw 2001:db8::/32 metric 10 table main
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table main
ip -6 route show table 200
ip -6 rule add pref 100 ipproto ipv6-icmp sport 1001 to 2001:db8:5::/48 lookup main
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 route add blackhole 2001:db8::/32 metric 10 table 100
ip -6 route get 2001:db8:a::9 oif veth0
ip -6 rule add pref 100 not fwmark 7 table main suppress_prefixlength 48
ip link set veth0 down
ip -d -6 rule
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 0x13 ipproto udp sport 1000 dport 1000
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 rule add pref 32000 dport 2001 blackhole
ip -6 rule add to 2001:4860::/32 from 2001:db8:a::/64 nop
ip -6 route get 2001:db8:6::1 ipproto tcp
ip -6 rule add oif veth2 to 2001:db8:6::/48 to 2001:db8:5::/48 prohibit
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 rule add pref 200 not fwmark 0x10/0xf0 lookup main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 uid 50 ipproto tcp sport 2500 dport 80
ip -6 rule add pref 200 iif veth0 table 200 suppress_ifgroup 0
ip -6 rule show table 100
ip -6 route get 2001:db8:6::1
ip -6 route del 2001:db8:5::/48 table 100
ip -6 rule list pref 100
ip -6 rule add pref 100 ipproto tcp ipproto udp dport 1001-2058 lookup 100
ip -6 rule del sport 2001 dport 1001
ip -6 route get 2001:db8:5:1::9 ipproto tcp
ip -6 rule
ip -6 route show table all

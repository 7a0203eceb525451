# Seeded random IPv6 policy-routing scenario (seed 151), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table 100
ip -6 route add prohibit ::/1 metric 10 table 200
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 route add unreachable 2001:db8:6::/48 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table main
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 rule add pref 50 fwmark 7 from 2001:db8:b::1 dport 1001-1020 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:a::9 oif veth0 fibmatch
ip -6 rule add not dport 1-766 table main suppress_prefixlength 32
ip link set veth2 up
ip -6 route add prohibit ::/1 table 200
ip -6 route get 2001:db8:b::1 uid 1500
ip -6 route get 2001:db8:b::1 uid 50
ip -6 route get 2001:db8:7::1 oif veth2
ip -6 rule add pref 50 dport 1001-2480 to 2001:db8::/32 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 ipproto udp sport 1000 dport 2001
ip -6 route get 2001:db8:b::1 ipproto ipv6-icmp
ip link set veth0 up
ip -6 route del default table main
ip -6 route get 2001:db8:5:1::7
ip -6 route add throw ::/1 table main
ip -6 route show table 200
ip -6 rule add pref 300 uidrange 0-100 ipproto udp goto 300
ip -6 rule add pref 200 sport 2001-3528 uidrange 0-0 dport 1-955 table 200 suppress_ifgroup 5
ip -6 route add unreachable ::/1 metric 10 table main
ip -6 route del 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 3 ipproto udp sport 2500 dport 2001
ip -6 rule del oif veth0 blackhole
ip link set veth2 down
ip -6 rule add pref 300 sport 1-391 fwmark 3/3 table main suppress_prefixlength 32
ip -6 route get 2001:db8:7::1 oif veth2 mark 0x13 ipproto udp sport 1 dport 2001
ip link set veth0 up
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 rule add pref 300 ipproto tcp oif veth0 prohibit
ip -6 rule add ipproto ipv6-icmp prohibit
ip -6 route del default table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 rule list pref 100
ip -6 rule add oif veth2 fwmark 3/3 lookup 100
ip -6 rule add pref 100 from all prohibit
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:4860::8888 oif veth2 ipproto tcp sport 1000 dport 80
ip -6 route show table all
ip -6 rule add pref 200 fwmark 7 sport 1-1372 table 200 suppress_ifgroup 0
ip -6 rule del iif veth0
ip -6 rule add pref 200 fwmark 7 lookup main
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 oif veth2 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 route show table 200
ip -6 rule add ipproto tcp sport 1001 nop
ip -6 rule del iif lo from all goto 100
ip -6 rule add pref 50 sport 1-1886 from 2001:db8:b::1 table 100
ip -6 route del 2001:db8::/32 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 0x13 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route add unreachable 2001:db8::/32 table 100
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -d -6 rule
ip -6 rule show table 100
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route show table all
ip -6 route get 2001:db8:5:1::9 uid 50 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 oif veth2 mark 0x13 uid 50 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule del uidrange 0-100 sport 1001 fwmark 3/3
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table main
ip -j -6 rule
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 116), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw default table 100
ip -6 route add unreachable 2001:db8:5:1::7 table 100
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add blackhole ::/1 table 200
ip -6 route add default dev veth2 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table 200
ip -6 route add default via 2001:db8:b::2 table main
ip -6 route add ::/1 dev veth2 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table main
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule add pref 100 dport 1 fwmark 3/3 nop
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 rule add from 2001:db8::/32 fwmark 7 sport 2001 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:c::1
ip -6 rule add dport 2001-3461 goto 100
ip -6 rule add sport 1001-1415 to 2001:db8:6::/48 blackhole
ip -6 rule add pref 100 iif veth1 sport 1001-2792 goto 200
ip -6 route get 2001:db8:5::1 mark 3
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 uid 1500 ipproto tcp sport 1500 dport 2001
ip -6 route get 2001:db8:5:1::9 fibmatch
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table main
ip -6 rule add fwmark 3/3 from all unreachable
ip -6 rule add oif veth0 nop
ip -6 route get 2001:db8:6::1 oif veth2 ipproto tcp sport 1500 dport 2001
ip -d -6 rule
ip -6 route add blackhole 2001:db8:5:1::/64 table 200
ip -6 rule del pref 200
ip -d -6 rule
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1 mark 0x13 uid 50
ip -6 route add throw 2001:db8:5:1::/64 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 100
ip -6 rule add pref 100 sport 1001 oif veth0 ipproto udp goto 32000
ip -6 route get 2001:db8:7::1
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 rule add pref 32000 to 2001:db8:6::/48 oif veth2 fwmark 0x10/0xf0 blackhole
ip link set veth2 up
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth2
ip -6 route get 2001:db8:6::1
ip link set veth0 up
ip -6 rule add pref 100 oif veth2 iif veth1 lookup 100
ip -6 route del 2001:db8::/32 table 100
ip -j -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 mark 0x13
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule add ipproto tcp table 200 suppress_ifgroup 5
ip -6 rule add pref 100 dport 2001-3259 dport 2001-3078 table 100
ip link set veth0 down
ip -6 rule add from all unreachable
ip link set veth0 up
ip -6 rule del dport 1001 dport 1 sport 1001
ip -6 rule add pref 32000 not fwmark 3/3 oif veth2 lookup 100
ip -6 rule
ip -6 rule del to 2001:db8::/32 to 2001:db8::/32 uidrange 0-100 lookup main
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 rule del oif veth0
ip -6 rule add oif veth2 goto 100
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp sport 1 dport 1000
ip -6 rule add not ipproto udp sport 1-40 table 200
ip -6 rule del pref 200
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1
ip -6 rule add to 2001:4860::/32 to 2001:4860::/32 fwmark 7 unreachable
ip -6 rule
ip -6 rule
ip -6 route show table all

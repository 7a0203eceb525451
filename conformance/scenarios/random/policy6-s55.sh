# Seeded random IPv6 policy-routing scenario (seed 55), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8:6::/48 metric 10 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 100
ip -6 route add unreachable ::/1 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table 200
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route add unreachable ::/1 table main
ip -6 route add default via 2001:db8:b::2 metric 10 table main
ip -6 route add throw 2001:db8:5:1::/64 table main
ip link set veth0 up
ip -6 route get 2001:db8:5::1 oif veth0 uid 1500
ip link set veth2 up
ip -6 rule add iif veth0 nop
ip -6 rule add pref 50 sport 1001 sport 2001 lookup 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth0 mark 7 ipproto ipv6-icmp fibmatch
ip link set veth2 down
ip -6 rule del iif veth1 from 2001:db8:b::1
ip -6 rule add pref 50 not ipproto tcp sport 2001-3994 unreachable
ip -6 rule add pref 50 oif veth0 oif veth2 lookup 100
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 oif veth0
ip -d -6 rule
ip -6 rule add pref 100 not iif lo uidrange 0-100 dport 2001-2033 lookup 100
ip -6 route get 2001:db8:5:1::9 oif veth0 uid 50
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp fibmatch
ip link set veth2 down
ip -6 route add blackhole ::/1 table 200
ip -6 route del ::/1 table 100
ip -6 route get 2001:db8:a::9 oif veth0 mark 3 uid 50
ip -6 route get 2001:4860::8888 fibmatch
ip -j -6 rule
ip -6 rule
ip -6 route get 2001:db8:7::1 oif veth0 mark 7
ip -6 route get 2001:db8:6::1 ipproto udp
ip -6 rule add pref 200 ipproto udp fwmark 0x10/0xf0 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1
ip -6 rule del fwmark 3/3
ip -6 rule add dport 1 iif veth1 blackhole
ip -6 route add 2001:db8:5:1::7 dev veth2 metric 10 table main
ip -6 route get 2001:db8:5:1::7
ip -6 rule add fwmark 0x10/0xf0 goto 100
ip -6 route get 2001:db8:5::1 mark 3
ip -6 route show table all
ip -6 route show table 200
ip -6 route get 2001:db8:7::1 mark 3
ip -j -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 mark 3
ip -6 route get 2001:db8:5:1::7 oif veth0 mark 7
ip -6 rule add pref 50 iif veth0 fwmark 0x10/0xf0 prohibit
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 oif veth2 uid 0 ipproto udp sport 1 dport 1000
ip -6 rule
ip -6 rule add pref 32000 ipproto ipv6-icmp iif veth1 from 2001:db8:b::1 goto 50
ip -d -6 rule
ip -6 rule add from all lookup main
ip -6 rule show table 100
ip -6 rule add ipproto tcp ipproto ipv6-icmp oif veth0 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 rule del ipproto tcp
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:b::1 oif veth2 mark 7
ip -6 rule add not iif veth1 sport 1001 dport 2001-3754 lookup 100
ip -6 route get 2001:db8:7::1 oif veth2 ipproto tcp sport 1000 dport 1000
ip -6 rule add ipproto tcp prohibit
ip -6 rule add pref 200 to 2001:4860::/32 oif veth2 lookup 100
ip -6 route add blackhole ::/1 table 100
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:7::1
ip -6 rule add not from 2001:db8::/32 dport 2001-3207 table 100 suppress_prefixlength 32
ip -6 rule
ip -6 route show table all

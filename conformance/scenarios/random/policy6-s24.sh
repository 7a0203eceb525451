# Seeded random IPv6 policy-routing scenario (seed 24), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 100
ip -6 route add default via 2001:db8:a::3 metric 10 table 100
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table 200
ip -6 route add prohibit 2001:db8:5:1::/64 table main
ip -6 route add default via 2001:db8:a::3 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table main
ip -6 rule add pref 200 sport 2001-3700 nop
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 100
ip -6 rule del pref 200
ip link set veth2 up
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 fibmatch
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 uid 0 ipproto ipv6-icmp sport 1 dport 2001
ip -6 rule add uidrange 0-0 ipproto udp ipproto tcp unreachable
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 200
ip -6 rule add ipproto udp oif veth0 nop
ip -6 rule
ip -6 route get 2001:db8:5::1 mark 7 uid 50
ip -6 route show table 200
ip link set veth0 up
ip -6 route add throw ::/1 table main
ip -6 rule del not ipproto udp table 200 suppress_ifgroup 0
ip -6 route show table 200
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:7::1 oif veth0 ipproto udp sport 1500 dport 1000
ip -6 rule
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 1500 dport 80
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 mark 0x13
ip -6 route get 2001:db8:b::1 ipproto tcp sport 1500 dport 1000
ip -d -6 rule
ip -6 route del ::/1 table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 ipproto udp sport 1500 dport 1000
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::7 oif veth0 ipproto udp sport 2500 dport 2001
ip -6 rule add pref 100 oif veth2 oif veth2 fwmark 3/3 blackhole
ip -6 route get 2001:db8:b::1 uid 50
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto tcp fibmatch
ip -6 route add blackhole 2001:db8:5:1::/64 table main
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 oif veth0 ipproto ipv6-icmp
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table main
ip -6 rule add ipproto tcp table main suppress_prefixlength 0
ip -6 route get 2001:db8:6::1 uid 1500 ipproto tcp sport 2500 dport 1000
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 rule add oif veth2 to 2001:4860::/32 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5::1 uid 0 ipproto udp sport 1000 dport 80
ip -6 route get 2001:db8:b::1 oif veth2 uid 1500 ipproto udp sport 2500 dport 2001
ip -6 route get 2001:db8:5:1::7 mark 3 ipproto tcp
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 mark 0x13
ip -6 route add prohibit 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 7 uid 0
ip -6 rule add pref 32000 oif veth2 fwmark 3/3 fwmark 7 goto 50
ip -6 rule add oif veth2 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 ipproto tcp
ip -6 route get 2001:db8:5:1::7 mark 0x13 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route add default via 2001:db8:b::2 table 100
ip -6 route get 2001:db8:5::1 oif veth2
ip -6 rule add pref 50 not sport 1-1126 nop
ip -6 rule add pref 300 sport 1001-1349 iif veth0 unreachable
ip -6 rule add pref 50 not fwmark 7 goto 300
ip -6 route get 2001:db8:5:1::7 oif veth0
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table 100
ip -j -6 rule
ip link set veth0 down
ip -6 rule add pref 32000 dport 2001-3747 fwmark 0x10/0xf0 nop
ip -6 rule add pref 50 oif veth0 iif lo goto 32000
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 144), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:c::2 table 100
ip -6 route add unreachable ::/1 table 100
ip -6 route add throw ::/1 table 100
ip -6 route add unreachable ::/1 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 200
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table main
ip -6 route add throw ::/1 metric 10 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 mark 0x13
ip -6 route del 2001:db8:6::/48 table 100
ip -6 rule add pref 100 to 2001:db8:5::/48 sport 1-763 lookup main
ip -j -6 rule
ip -6 route add unreachable default table 200
ip -6 route add unreachable 2001:db8:5::/48 metric 10 table main
ip -6 rule add ipproto tcp nop
ip -6 rule add pref 100 to 2001:4860::/32 oif veth2 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:6::1 mark 0x13 ipproto ipv6-icmp sport 1 dport 1000
ip -6 rule add fwmark 3/3 unreachable
ip -6 route show table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route show table 200
ip -6 rule add pref 300 oif veth2 lookup main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 uid 1500
ip -6 rule del from 2001:db8:a::/64 nop
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 rule add dport 1001 blackhole
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -j -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 ipproto udp sport 1 dport 80
ip -6 route del 2001:db8::/32 table main
ip -6 route add blackhole 2001:db8:5::/48 table main
ip -6 rule add iif lo fwmark 7 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 7 ipproto udp sport 1 dport 2001 fibmatch
ip -6 route get 2001:db8:5:1::7 ipproto tcp sport 1 dport 80
ip -6 rule add from 2001:db8::/32 uidrange 1000-2000 nop
ip -6 route get 2001:db8:6::1 ipproto udp sport 2500 dport 1000
ip -6 rule add sport 1001-1899 uidrange 1000-2000 to 2001:db8::/32 lookup 100
ip link set veth2 up
ip -6 route show table all
ip -6 rule add pref 300 oif veth0 to 2001:db8:6::/48 from all blackhole
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 0x13
ip -6 rule add pref 32000 not from 2001:db8::/32 fwmark 0x10/0xf0 goto 50
ip -6 route get 2001:db8:7::1 mark 7
ip -6 rule add pref 100 not fwmark 3/3 prohibit
ip -6 rule add pref 300 dport 1001 iif veth0 prohibit
ip -6 rule show table 100
ip -6 rule add uidrange 1000-2000 prohibit
ip -6 rule add oif veth0 sport 2001 goto 50
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 rule add sport 2001-2018 table 200
ip -6 rule add pref 200 sport 2001 fwmark 0x10/0xf0 uidrange 0-100 table 200
ip -6 route get 2001:db8:b::1 ipproto tcp sport 1000 dport 1000
ip -6 rule add pref 300 iif veth1 iif veth1 table 200
ip -6 route get 2001:db8:5:1::9 uid 1500
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 route get 2001:db8:7::1 uid 50
ip -6 rule add pref 32000 fwmark 7 from 2001:db8::/32 unreachable
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 fibmatch
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table main
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 fibmatch
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth0 mark 3
ip -6 rule del fwmark 3/3 table main suppress_prefixlength 48
ip -6 rule
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5::1
ip -6 rule
ip -6 route show table all

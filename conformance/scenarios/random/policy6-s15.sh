# Seeded random IPv6 policy-routing scenario (seed 15), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 100
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route add prohibit default table 100
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add throw default table 200
ip -6 route add default dev veth2 metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 metric 10 table main
ip -6 route add blackhole 2001:db8::/32 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 route show table all
ip -6 rule add pref 300 fwmark 3/3 blackhole
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 oif veth2 mark 3
ip -6 route get 2001:db8:5:1::9 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 route get 2001:db8:a::9 mark 0x13
ip -d -6 rule
ip -6 route add prohibit default table 100
ip link set veth0 up
ip -6 rule add not dport 1-1249 nop
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 metric 10 table 100
ip -6 rule add pref 50 not from 2001:db8::/32 lookup main
ip -6 rule add to 2001:db8::/32 ipproto udp lookup 100
ip -6 rule show
ip -6 rule
ip -6 route get 2001:db8:5::1
ip -6 rule add uidrange 0-100 nop
ip -j -6 rule
ip -6 rule add pref 32000 oif veth0 nop
ip -6 route get 2001:db8:7::1 ipproto tcp fibmatch
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 0x13
ip -6 rule add pref 200 fwmark 3/3 oif veth0 sport 1001-2619 table 200
ip -6 rule add pref 200 sport 2001-3987 ipproto udp table 200
ip link set veth2 down
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table main
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9 mark 3 uid 50
ip -6 rule add oif veth0 to 2001:db8:5::/48 goto 50
ip -6 rule add dport 2001 ipproto tcp table 100 suppress_prefixlength 0
ip -6 rule del pref 300
ip -6 route get 2001:db8:5:1::7
ip -6 rule add sport 1001 fwmark 0x10/0xf0 prohibit
ip -6 route del 2001:db8::/32 table main
ip -6 rule show table 100
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 mark 3
ip -6 route get 2001:db8:5:1::9 uid 1500
ip link set veth0 down
ip -6 route add blackhole 2001:db8:5:1::7 table main
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1
ip -6 rule add oif veth0 fwmark 0x10/0xf0 lookup 100
ip -6 route add throw 2001:db8::/32 metric 10 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 rule del uidrange 0-0
ip -6 rule add dport 2001-3184 uidrange 1000-2000 nop
ip -6 route show table 200
ip -6 route get 2001:db8:6::1
ip -6 rule add uidrange 0-100 ipproto udp prohibit
ip -6 route get 2001:db8:5:1::7 ipproto ipv6-icmp
ip -6 rule add pref 50 sport 1001 table 100
ip -6 route del 2001:db8::/32 table 100
ip -d -6 rule
ip -6 route get 2001:db8:6::1 uid 0
ip -6 route show table 200
ip -6 rule add to 2001:db8::/32 from 2001:db8:a::/64 uidrange 0-100 lookup main
ip -6 rule add iif veth0 fwmark 7 table 200
ip -6 rule
ip -6 route show table all

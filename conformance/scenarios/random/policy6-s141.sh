# Seeded random IPv6 policy-routing scenario (seed 141), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8:5::/48 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:c::2 table 100
ip -6 route add ::/1 via 2001:db8:b::2 table 100
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 200
ip -6 route add unreachable 2001:db8:6::/48 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 ipproto tcp sport 2500 dport 1000
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5:1::9 ipproto ipv6-icmp
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 mark 7
ip -6 route get 2001:db8:5:1::7 oif veth0 mark 0x13
ip -6 rule add not ipproto tcp oif veth2 table main suppress_prefixlength 0
ip -6 route get 2001:db8:a::9 oif veth0
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 rule show
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 rule add pref 50 iif veth0 sport 2001 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:a::9 mark 3 ipproto tcp sport 1000 dport 2001
ip -6 route add ::/1 via 2001:db8:a::2 table main
ip -6 route get 2001:db8:6::1 oif veth0 uid 50
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 oif veth2 mark 3 ipproto tcp sport 1000 dport 2001
ip -6 rule del iif veth1
ip -j -6 rule
ip -6 rule del oif veth2 to 2001:db8::/32 iif lo
ip -6 rule add pref 200 iif lo fwmark 3/3 table main suppress_prefixlength 32
ip -6 route add ::/1 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:a::9 mark 3 uid 0
ip -6 rule del pref 200
ip -6 rule add iif veth0 to 2001:db8:6::/48 table 100
ip -6 rule add pref 300 dport 1001 prohibit
ip -6 route get 2001:db8:6::1 ipproto tcp
ip -6 route show table 200
ip -d -6 rule
ip -6 rule add from 2001:db8:b::1 dport 1001-1905 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 uid 50
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table main
ip -6 rule show
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 rule add pref 32000 ipproto udp uidrange 0-0 oif veth2 table 100
ip -6 rule add pref 100 fwmark 3/3 to 2001:db8:5::/48 nop
ip -6 rule del from 2001:db8::/32 from all to 2001:db8:6::/48 goto 50
ip -d -6 rule
ip -j -6 rule
ip link set veth0 up
ip -6 route add throw 2001:db8:5:1::7 metric 10 table main
ip -6 rule del ipproto ipv6-icmp ipproto ipv6-icmp sport 2001 table 200 suppress_ifgroup 5
ip -6 rule add pref 100 uidrange 1000-2000 dport 1001 blackhole
ip -6 rule add pref 200 not sport 2001-2996 from 2001:db8:b::1 oif veth0 table 200
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table main
ip -6 route show table all
ip -6 rule del fwmark 3/3
ip -6 rule list pref 100
ip -6 rule add uidrange 0-0 uidrange 0-100 to 2001:db8:6::/48 goto 32000
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route show table all
ip -6 rule del not to 2001:db8:6::/48
ip -6 rule add from 2001:db8:a::/64 nop
ip -6 route show table all
ip -6 route get 2001:db8:5:1::7 oif veth2
ip -6 route get 2001:db8:b::1
ip -d -6 rule
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 fibmatch
ip -6 rule del iif veth1 prohibit
ip -6 rule
ip -6 route show table all

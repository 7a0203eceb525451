# Seeded random IPv6 policy-routing scenario (seed 89), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default dev veth2 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 100
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 200
ip -6 route add ::/1 dev veth0 metric 10 table 200
ip -6 route add 2001:db8:5:1::7 dev veth2 metric 10 table 200
ip -6 route add unreachable default metric 10 table main
ip -6 route add prohibit 2001:db8::/32 table main
ip -6 route add unreachable ::/1 metric 10 table main
ip -6 rule add pref 100 not uidrange 1000-2000 to 2001:db8:6::/48 table 200 suppress_ifgroup 5
ip -6 rule show table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 ipproto udp sport 1500 dport 2001
ip -6 route add unreachable 2001:db8::/32 table main
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table main
ip -6 rule
ip -6 rule add pref 100 from 2001:db8:b::1 oif veth2 goto 32000
ip -6 rule del pref 32000
ip -6 route show table all
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table 200
ip -6 route get 2001:db8:6::1 oif veth0
ip link set veth0 up
ip -6 rule del not fwmark 7 blackhole
ip -6 route show table 200
ip -6 rule add dport 1001 ipproto tcp sport 1 table main suppress_prefixlength 32
ip -6 route get 2001:db8:6::1 uid 0
ip -6 route show table 200
ip -6 rule list pref 100
ip -6 rule del pref 50
ip -6 route get 2001:db8:5::1
ip -6 rule del fwmark 3/3 lookup 100
ip -6 rule add pref 200 to 2001:db8:6::/48 table 200 suppress_ifgroup 0
ip -6 rule show
ip -6 route add ::/1 via 2001:db8:c::2 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 rule add pref 100 sport 1001-2536 dport 1001-2760 goto 50
ip -6 rule show
ip -6 rule add pref 50 oif veth2 fwmark 3/3 to 2001:4860::/32 prohibit
ip -6 rule add pref 200 fwmark 7 iif veth1 prohibit
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:7::1 oif veth0 mark 0x13
ip -6 rule add ipproto ipv6-icmp table 100 suppress_prefixlength 0
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 7 ipproto tcp sport 1000 dport 80
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 rule del from 2001:db8:a::/64 dport 1001 uidrange 1000-2000
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 table 200
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 rule add pref 32000 to 2001:db8:5::/48 iif lo oif veth2 lookup main
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 300 fwmark 3/3 lookup 100
ip -6 route add default via 2001:db8:b::2 table main
ip -6 rule add fwmark 3/3 ipproto ipv6-icmp table main suppress_prefixlength 48
ip -6 rule add pref 32000 sport 1-306 iif veth0 blackhole
ip link set veth0 down
ip -6 rule add pref 32000 oif veth2 nop
ip link set veth2 up
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table 100
ip -6 route get 2001:db8:7::1 oif veth0
ip link set veth0 up
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 oif veth0 uid 50
ip -6 rule list pref 100
ip -6 rule add pref 300 to 2001:db8::/32 prohibit
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99
ip -6 rule add pref 200 dport 1 fwmark 0x10/0xf0 nop
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth0 mark 3
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 uid 50 ipproto ipv6-icmp
ip -6 rule
ip -6 route show table all

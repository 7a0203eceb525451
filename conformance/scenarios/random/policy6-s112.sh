# Seeded random IPv6 policy-routing scenario (seed 112), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 100
ip -6 route add throw 2001:db8:6::/48 table 200
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table main
ip -6 route add blackhole 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table main
ip -6 route get 2001:db8:6::1 mark 3 uid 50
ip -6 rule add pref 300 not to 2001:db8::/32 lookup 100
ip -6 route add throw 2001:db8::/32 table 100
ip -6 route get 2001:db8:6::1
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 rule add not oif veth0 blackhole
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 ipproto tcp sport 1 dport 80 fibmatch
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 oif veth2 uid 50 ipproto tcp
ip -6 route get 2001:db8:5:1::7 uid 50
ip -6 rule add pref 32000 not dport 1 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 7
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table main
ip -6 rule add pref 50 not to 2001:db8:6::/48 sport 2001 unreachable
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 mark 3 ipproto ipv6-icmp
ip -6 rule show table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 oif veth2
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 mark 3
ip -6 rule del dport 2001
ip -6 route show table all
ip -6 route get 2001:db8:5::1
ip -6 rule show table 100
ip -6 rule add pref 50 uidrange 0-0 fwmark 7 uidrange 0-0 table 200 suppress_ifgroup 5
ip -6 rule show
ip -6 rule add oif veth0 table 200
ip -6 route get 2001:db8:5::1 uid 0
ip -6 rule add pref 50 not to 2001:db8:5::/48 fwmark 3/3 prohibit
ip -6 route get 2001:db8:7::1
ip -6 rule del pref 32000
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 route show table all
ip -6 rule add pref 100 uidrange 1000-2000 to 2001:db8::/32 table 200 suppress_ifgroup 5
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule add pref 100 ipproto tcp iif veth1 fwmark 7 nop
ip -6 route get 2001:db8:6::1 mark 7
ip -6 rule add pref 300 sport 1 to 2001:db8:5::/48 table main suppress_prefixlength 0
ip -6 rule show
ip -6 route del ::/1 table 200
ip link set veth0 down
ip -6 rule add pref 32000 uidrange 0-0 table 100 suppress_prefixlength 48
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5:1::7
ip -6 rule add pref 200 fwmark 3/3 lookup 100
ip -6 rule add pref 300 dport 2001 iif lo uidrange 1000-2000 blackhole
ip -j -6 rule
ip -6 route get 2001:db8:5::1 mark 0x13
ip -6 rule add pref 32000 fwmark 0x10/0xf0 sport 1 ipproto tcp unreachable
ip -6 rule add dport 2001 lookup 100
ip -6 route get 2001:db8:5:1::9 oif veth2 mark 3
ip -6 route del 2001:db8::/32 table 100
ip -6 route add throw default table main
ip -6 route get 2001:db8:5:1::9 uid 50
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 uid 50 ipproto tcp sport 1 dport 1000 fibmatch
ip -6 rule show table 100
ip -6 rule
ip -6 route show table all
ip -6 rule add from 2001:db8:b::1 goto 200
ip -6 rule add to 2001:db8:5::/48 oif veth2 dport 2001-3285 lookup main
ip -6 rule
ip -6 route show table all

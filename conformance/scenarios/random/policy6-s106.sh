# Seeded random IPv6 policy-routing scenario (seed 106), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8::/32 metric 10 table 100
ip -6 route add default via 2001:db8:b::2 metric 10 table 100
ip -6 route add throw 2001:db8:6::/48 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 200
ip -6 route add blackhole default table 200
ip -6 route add ::/1 via 2001:db8:a::3 table main
ip -6 route add unreachable 2001:db8::/32 metric 10 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 metric 10 table main
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule add pref 300 from 2001:db8:b::1 dport 2001 sport 1001 table main suppress_prefixlength 0
ip -6 route get 2001:4860::8888 oif veth0 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 rule add pref 100 oif veth2 ipproto ipv6-icmp oif veth2 blackhole
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 uid 50
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 oif veth0 ipproto tcp sport 1500 dport 2001
ip -6 rule add sport 2001 from all table 100
ip -6 route get 2001:db8:6::1 oif veth2 uid 0
ip -6 route get 2001:db8:6::1
ip -d -6 rule
ip -6 route get 2001:4860::8888 mark 3
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 fibmatch
ip -j -6 rule
ip -6 route get 2001:db8:a::9
ip link set veth0 up
ip -6 rule add pref 50 oif veth0 lookup main
ip -6 route del default table main
ip link set veth0 down
ip -6 rule show
ip -6 rule add to 2001:db8:5::/48 ipproto udp table 100
ip -d -6 rule
ip -6 rule add pref 50 uidrange 0-100 to 2001:4860::/32 uidrange 1000-2000 table 100
ip -6 route get 2001:db8:a::9 mark 3 uid 50
ip -6 route add prohibit default table 100
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 oif veth0
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 rule add pref 100 fwmark 3/3 lookup 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99
ip -6 rule del pref 200
ip -6 rule add pref 200 oif veth0 table main suppress_prefixlength 32
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5:1::7
ip -6 route add throw 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 200
ip -6 rule add iif lo blackhole
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth0
ip -6 route add blackhole default metric 10 table 100
ip -6 rule show table 100
ip -6 rule add oif veth2 to 2001:db8:5::/48 nop
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 metric 10 table 200
ip -6 rule add pref 50 fwmark 7 oif veth2 unreachable
ip -6 rule
ip -6 rule del pref 300
ip -6 rule add fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip -6 rule add to 2001:db8:6::/48 sport 2001-3878 sport 1001 unreachable
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 oif veth2 ipproto tcp sport 1500 dport 1000
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 uid 50
ip -6 rule show table 100
ip -6 route add blackhole 2001:db8::/32 table main
ip -6 rule add pref 32000 iif veth0 table 200
ip -6 route del default table main
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 rule add sport 1001 uidrange 0-100 iif veth0 table 200
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth0 uid 0 fibmatch
ip -6 rule add pref 32000 uidrange 1000-2000 to 2001:db8:5::/48 iif lo table 200 suppress_ifgroup 5
ip -6 route add unreachable 2001:db8::/32 metric 10 table 200
ip -6 route get 2001:db8:6::1 fibmatch
ip -6 rule
ip -6 route show table all

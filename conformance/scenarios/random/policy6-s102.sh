# Seeded random IPv6 policy-routing scenario (seed 102), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table 100
ip -6 route add throw default table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth0 metric 10 table main
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table main
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 200
ip -6 route get 2001:db8:a::9 ipproto tcp sport 2500 dport 2001
ip -6 route show table 200
ip -6 rule del sport 1001-1648
ip -6 route get 2001:db8:6::1
ip -6 route show table all
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip link set veth2 up
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 uid 0
ip -6 rule add oif veth0 table 200 suppress_ifgroup 0
ip -6 rule
ip -6 rule show
ip -6 rule add from 2001:db8:b::1 goto 200
ip -6 rule add pref 200 oif veth2 iif veth1 dport 1001-1091 table 200 suppress_ifgroup 0
ip -6 route show table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 3
ip -6 route get 2001:db8:6::1 oif veth2
ip -6 rule add pref 300 iif veth0 oif veth2 oif veth2 table 200
ip -6 rule add not dport 1001 to 2001:db8::/32 oif veth0 nop
ip -6 rule add pref 200 not iif veth0 lookup 100
ip -j -6 rule
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 rule add pref 200 dport 1001-1779 table 100
ip -6 rule add pref 32000 ipproto tcp oif veth2 ipproto udp table 100
ip -6 route get 2001:db8:a::9 fibmatch
ip -6 route get 2001:db8:b::1 mark 7
ip -6 rule add to 2001:4860::/32 table main suppress_prefixlength 0
ip -6 rule add sport 1-283 unreachable
ip -6 route get 2001:db8:5:1::7
ip -6 rule
ip link set veth0 down
ip -6 rule add sport 1001 unreachable
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 ipproto ipv6-icmp
ip -6 route get 2001:db8:5:1::7 mark 7 fibmatch
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth2 fibmatch
ip -6 rule del pref 200
ip -6 route get 2001:db8:5::1 mark 3 ipproto udp sport 1000 dport 80
ip -6 route add throw 2001:db8:5::/48 metric 10 table main
ip -6 rule del fwmark 3/3 prohibit
ip -6 route get 2001:db8:6::1 oif veth0 ipproto ipv6-icmp sport 1000 dport 80 fibmatch
ip -6 rule del pref 300
ip -d -6 rule
ip -6 rule add pref 32000 dport 1001-2781 from 2001:db8:b::1 from 2001:db8::/32 nop
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 oif veth2 mark 7 ipproto tcp sport 2500 dport 1000
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 oif veth0 mark 0x13
ip -6 rule add from 2001:db8::/32 sport 1 to 2001:db8:5::/48 prohibit
ip -j -6 rule
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route add throw default metric 10 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table 100
ip -6 route get 2001:db8:6::1
ip -6 rule list pref 100
ip -6 route get 2001:db8:b::1 mark 0x13 uid 0 ipproto ipv6-icmp
ip -6 route get 2001:4860::8888
ip -6 route del 2001:db8::/32 table 100
ip -6 route show table all
ip -6 rule add pref 32000 fwmark 7 fwmark 0x10/0xf0 dport 2001-3448 table 100
ip -6 rule add fwmark 3/3 blackhole
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table main
ip -6 rule
ip -6 route show table all

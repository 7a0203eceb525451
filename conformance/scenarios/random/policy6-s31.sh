# Seeded random IPv6 policy-routing scenario (seed 31), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8:5:1::/64 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 metric 10 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route add blackhole 2001:db8:5::/48 table 200
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route add throw 2001:db8:6::/48 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table main
ip -6 route add throw 2001:db8:5:1::/64 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table main
ip -6 rule add pref 200 sport 2001-3360 iif veth1 sport 2001 lookup 100
ip -6 rule add pref 300 iif veth1 dport 1-50 prohibit
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 oif veth0
ip -6 rule del iif veth1
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 fibmatch
ip -6 rule add uidrange 0-100 lookup 100
ip link set veth0 down
ip link set veth2 down
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 rule
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 mark 0x13
ip -6 rule add fwmark 7 iif lo table 100 suppress_prefixlength 32
ip -6 rule add pref 32000 sport 1001-2550 to 2001:4860::/32 prohibit
ip -j -6 rule
ip -6 route add blackhole default table main
ip -6 rule add pref 200 sport 1 dport 1001 prohibit
ip -6 route add blackhole default table 100
ip -6 rule add pref 32000 iif lo table 100
ip -6 route show table all
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 ipproto ipv6-icmp sport 1 dport 2001
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route get 2001:db8:a::9 oif veth0 uid 1500
ip -6 rule add ipproto tcp iif lo blackhole
ip -6 route get 2001:db8:7::1 uid 50
ip -d -6 rule
ip link set veth0 down
ip -6 route get 2001:db8:5::1 uid 1500
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 300 to 2001:4860::/32 table main suppress_prefixlength 48
ip -6 rule add pref 50 oif veth2 fwmark 3/3 nop
ip -6 rule add pref 200 iif veth1 from all lookup 100
ip -6 route get 2001:db8:6::1 oif veth2
ip -6 route add throw default table 100
ip -6 route add throw ::/1 metric 10 table 200
ip -6 route get 2001:db8:b::1
ip -6 rule
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route del default table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 3 uid 0
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 uid 50
ip -6 rule add pref 50 not dport 2001-2723 iif lo table 200 suppress_ifgroup 5
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 3 uid 50
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 route get 2001:4860::8888 oif veth2 ipproto ipv6-icmp
ip -6 route get 2001:db8:5::1 uid 0
ip -6 route add blackhole ::/1 table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 3
ip -6 rule add pref 200 not sport 1-908 dport 1001-2909 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::7 ipproto udp sport 1000 dport 1000
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1500 dport 1000
ip -6 route show table all
ip -6 rule add pref 300 dport 2001-2719 iif veth1 iif lo blackhole
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 200
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5:1::7 oif veth2
ip -6 route get 2001:db8:a::9 uid 50
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 uid 1500
ip -6 rule
ip -6 route show table all

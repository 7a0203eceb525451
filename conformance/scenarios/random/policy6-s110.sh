# Seeded random IPv6 policy-routing scenario (seed 110), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table 100
ip -6 route add default dev veth0 table 100
ip -6 route add throw default table 100
ip -6 route add 2001:db8:5::/48 dev veth0 table 200
ip -6 route add throw 2001:db8::/32 metric 10 table 200
ip -6 route add default via 2001:db8:c::2 table 200
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 route add default via 2001:db8:a::3 table main
ip -6 route add blackhole default table main
ip -6 rule del oif veth0 nop
ip -6 rule
ip -6 route get 2001:db8:a::9 mark 7
ip -6 rule add pref 32000 fwmark 7 nop
ip -6 rule add not from 2001:db8:a::/64 lookup 100
ip -6 rule add oif veth2 uidrange 1000-2000 blackhole
ip -6 rule list pref 100
ip -6 rule show table 100
ip -d -6 rule
ip -6 rule add pref 50 iif lo ipproto ipv6-icmp to 2001:db8::/32 nop
ip -6 route add prohibit 2001:db8::/32 metric 10 table 100
ip -6 route get 2001:db8:5:1::9 mark 0x13 uid 50 ipproto tcp
ip -6 rule show table 100
ip -6 route add blackhole ::/1 table 100
ip -d -6 rule
ip -6 rule del pref 50
ip -d -6 rule
ip -d -6 rule
ip -j -6 rule
ip -6 rule add pref 300 ipproto ipv6-icmp nop
ip -6 rule add pref 100 fwmark 7 dport 1-1682 blackhole
ip -6 route get 2001:4860::8888 uid 1500 ipproto tcp sport 1 dport 2001
ip -6 route get 2001:db8:5::1 mark 7
ip -6 rule
ip -6 rule add pref 300 sport 1001-2941 to 2001:db8::/32 ipproto ipv6-icmp unreachable
ip -6 rule add pref 300 from 2001:db8::/32 table 200
ip -6 rule add iif lo oif veth2 goto 100
ip -6 route get 2001:4860::8888
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table main
ip -6 rule del pref 32000
ip -6 route add blackhole ::/1 table 100
ip -6 rule add pref 100 uidrange 0-100 prohibit
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 mark 3
ip -6 rule del pref 200
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 mark 3
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 ipproto ipv6-icmp sport 2500 dport 80
ip -6 rule add pref 300 dport 1 table 200 suppress_ifgroup 5
ip -6 rule add to 2001:db8:6::/48 oif veth2 lookup 100
ip -6 rule del pref 50
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route get 2001:db8:b::1 ipproto ipv6-icmp sport 1 dport 1000
ip -6 route get 2001:db8:5:1::9
ip -6 rule
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 mark 3 uid 0 ipproto tcp
ip -6 rule add pref 300 to 2001:db8:5::/48 sport 1001 goto 50
ip -6 route del ::/1 table 100
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99
ip -j -6 rule
ip -6 route get 2001:db8:6::1 uid 1500 ipproto tcp sport 1 dport 1000
ip -6 rule list pref 100
ip -6 rule add pref 200 sport 1 prohibit
ip -6 rule add oif veth0 uidrange 0-100 table 100 suppress_prefixlength 32
ip -6 rule
ip -6 route get 2001:db8:b::1 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth0
ip -6 route get 2001:db8:5::1
ip -6 rule
ip -6 route show table all

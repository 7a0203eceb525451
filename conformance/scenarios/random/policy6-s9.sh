# Seeded random IPv6 policy-routing scenario (seed 9), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 100
ip -6 route add default via 2001:db8:c::2 metric 10 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table 200
ip -6 route add 2001:db8:5:1::7 dev veth2 table 200
ip -6 route add 2001:db8:6::/48 dev veth2 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table main
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -6 route add throw default table main
ip -6 route get 2001:db8:7::1 ipproto tcp
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 ipproto tcp sport 1000 dport 80
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 route get 2001:db8:6::1
ip -6 rule add pref 200 sport 1 dport 1001 prohibit
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 3
ip -6 rule add pref 200 from 2001:db8:a::/64 nop
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 oif veth2 uid 1500
ip -6 rule del pref 300
ip -6 rule add pref 32000 from 2001:db8:b::1 ipproto ipv6-icmp prohibit
ip -d -6 rule
ip -6 rule add pref 50 ipproto udp iif veth0 table 100
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1 mark 3 ipproto ipv6-icmp
ip -6 rule add pref 300 sport 1 uidrange 1000-2000 goto 300
ip -6 route get 2001:db8:5::1 uid 0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 rule show
ip -6 rule add pref 32000 oif veth2 iif lo sport 2001 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:a::9 uid 50 ipproto tcp
ip -6 route add 2001:db8::/32 dev veth2 table 100
ip -6 rule del sport 1001-2478 from all
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 mark 3
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route add ::/1 dev veth0 table 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth0 mark 3 uid 0 ipproto ipv6-icmp
ip -6 rule show
ip -6 rule del pref 100
ip -6 rule add to 2001:db8:6::/48 ipproto tcp to 2001:db8:6::/48 table 200 suppress_ifgroup 5
ip -6 rule list pref 100
ip -6 rule del pref 200
ip -6 rule del pref 32000
ip -6 route get 2001:db8:7::1 ipproto udp
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 oif veth2
ip -6 route get 2001:db8:5::1 uid 50
ip -6 route get 2001:db8:7::1 ipproto tcp
ip -6 route show table all
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:7::1 mark 7 uid 1500
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 200
ip -6 rule del oif veth0 unreachable
ip -d -6 rule
ip -6 route get 2001:db8:7::1 mark 3
ip -6 rule add pref 50 oif veth2 from 2001:db8:b::1 table main suppress_prefixlength 48
ip -6 route get 2001:4860::8888 from 2001:db8:b::1
ip -6 route del 2001:db8:5::/48 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 ipproto udp sport 1 dport 2001 fibmatch
ip -6 route show table 200
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 ipproto tcp
ip link set veth2 up
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 ipproto tcp sport 1500 dport 2001
ip -6 route get 2001:db8:7::1
ip -6 rule
ip -6 route show table all

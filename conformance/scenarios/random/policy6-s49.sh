# Seeded random IPv6 policy-routing scenario (seed 49), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit default table 100
ip -6 route add prohibit ::/1 table 100
ip -6 route add default dev veth0 table 200
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table 200
ip -6 route add unreachable 2001:db8:6::/48 table 200
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table main
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table main
ip -6 route get 2001:db8:6::1 oif veth0 ipproto ipv6-icmp sport 1 dport 2001
ip -6 route del default table 100
ip link set veth2 down
ip -6 route show table all
ip -6 rule add to 2001:db8:6::/48 oif veth2 nop
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table main
ip -6 route get 2001:db8:a::9 oif veth2 mark 3
ip -6 rule add pref 100 from 2001:db8::/32 oif veth0 blackhole
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth2 mark 3 uid 50
ip -6 route get 2001:db8:6::1 ipproto udp sport 1 dport 1000 fibmatch
ip -6 route get 2001:db8:b::1 uid 1500 ipproto udp
ip -6 rule add to 2001:db8:5::/48 ipproto tcp oif veth2 table 200 suppress_ifgroup 5
ip -6 route show table 200
ip -6 route show table all
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table 100
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::9
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule show
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 route get 2001:db8:a::9 uid 50
ip -6 route get 2001:db8:7::1 ipproto tcp sport 1 dport 80 fibmatch
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 ipproto ipv6-icmp sport 1000 dport 80
ip -d -6 rule
ip -6 rule del to 2001:4860::/32 oif veth2
ip -6 rule list pref 100
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule add pref 300 to 2001:db8:5::/48 lookup 100
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 rule add uidrange 0-0 iif veth1 table 200 suppress_ifgroup 5
ip -6 rule add pref 200 not dport 2001-2592 unreachable
ip -6 route show table all
ip -6 rule add pref 200 oif veth0 from 2001:db8:b::1 table main suppress_prefixlength 32
ip -6 route del 2001:db8::/32 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 oif veth2 ipproto udp sport 1000 dport 80
ip -d -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 ipproto tcp sport 1500 dport 2001
ip -6 rule del pref 50
ip -6 route get 2001:4860::8888 mark 3 uid 0
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table main
ip -6 route get 2001:4860::8888 ipproto udp sport 1000 dport 1000 fibmatch
ip -6 rule add pref 300 ipproto udp from 2001:db8:a::/64 table 100
ip -6 route show table all
ip -6 rule add pref 100 dport 2001 blackhole
ip -6 route show table all
ip link set veth2 up
ip -6 rule add pref 300 not oif veth0 sport 1001 sport 1001-2734 blackhole
ip link set veth2 down
ip -6 route show table 200
ip -6 route get 2001:4860::8888 uid 0
ip -6 route del 2001:db8:5::/48 table 100
ip -6 rule add iif veth0 table 100 suppress_prefixlength 32
ip -6 rule del sport 1
ip -6 rule add to 2001:db8::/32 ipproto tcp blackhole
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule del from 2001:db8::/32 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 oif veth2 mark 7
ip -6 rule del pref 300
ip -6 route get 2001:4860::8888 uid 1500 ipproto ipv6-icmp
ip -6 rule
ip -6 route show table all

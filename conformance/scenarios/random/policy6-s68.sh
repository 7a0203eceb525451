# Seeded random IPv6 policy-routing scenario (seed 68), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add ::/1 via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 route add blackhole default metric 10 table 100
ip -6 route add unreachable default metric 10 table 200
ip -6 route add blackhole default table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table main
ip -6 route add default via 2001:db8:c::2 table main
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table main
ip -6 route get 2001:db8:6::1 mark 7
ip -6 rule add pref 32000 dport 2001-3792 prohibit
ip -6 rule add pref 32000 ipproto ipv6-icmp blackhole
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 100
ip -6 route add unreachable ::/1 table 200
ip -6 route get 2001:db8:b::1 mark 0x13
ip -6 rule add pref 200 uidrange 0-0 fwmark 7 table main suppress_prefixlength 32
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 fibmatch
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 rule add pref 100 not to 2001:4860::/32 iif veth0 prohibit
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 fibmatch
ip -6 route show table 200
ip -6 route get 2001:4860::8888 from 2001:db8:a::99
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 mark 0x13
ip -6 route show table 200
ip -6 rule add pref 50 sport 2001 nop
ip -6 route add default via 2001:db8:a::2 table 200
ip -6 rule add pref 32000 not to 2001:db8::/32 iif lo table 200 suppress_ifgroup 0
ip -6 route add blackhole default metric 10 table main
ip -6 route add default via 2001:db8:b::2 metric 10 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:c::1
ip -6 route get 2001:db8:a::9 fibmatch
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 rule del sport 2001-2797
ip -6 rule del sport 1001-1204
ip -6 route get 2001:db8:7::1 oif veth0 mark 3
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 mark 7
ip -6 route get 2001:db8:7::1 mark 3 ipproto tcp sport 1000 dport 80
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 ipproto udp sport 1500 dport 80
ip -6 rule del sport 1 prohibit
ip -6 route get 2001:db8:b::1 ipproto udp sport 1000 dport 80
ip link set veth0 up
ip -6 route get 2001:db8:a::9 oif veth2 mark 0x13
ip -6 route get 2001:db8:b::1 ipproto udp sport 1500 dport 2001
ip -6 route get 2001:db8:5:1::7 mark 7 uid 1500
ip -6 rule add pref 100 oif veth0 table main suppress_prefixlength 32
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip link set veth2 up
ip -6 route add prohibit 2001:db8::/32 table 200
ip -6 route show table all
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp sport 1 dport 2001 fibmatch
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 uid 1500 ipproto udp
ip -6 route show table all
ip -6 route show table all
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth2
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 100
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:6::1 uid 0
ip -6 rule del ipproto tcp
ip -6 route add blackhole 2001:db8:5::/48 table 200
ip -6 rule add pref 100 fwmark 7 oif veth0 prohibit
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth0
ip -6 rule show
ip -6 route add ::/1 dev veth0 table 200
ip -6 rule del to 2001:db8::/32 iif veth0 lookup main
ip -6 route add prohibit 2001:db8::/32 metric 10 table 200
ip -6 route add default dev veth0 table 200
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:b::1 oif veth0 mark 7
ip -6 rule
ip -6 route show table all

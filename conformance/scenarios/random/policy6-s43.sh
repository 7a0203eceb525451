# Seeded random IPv6 policy-routing scenario (seed 43), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 dev veth2 metric 10 table 100
ip -6 route add blackhole 2001:db8::/32 metric 10 table 100
ip -6 route add unreachable 2001:db8:5::/48 table 100
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table 200
ip -6 route add prohibit 2001:db8:6::/48 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 route add default dev veth0 metric 10 table main
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table main
ip -6 route add prohibit 2001:db8::/32 table main
ip -6 route del default table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 mark 3
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 route show table all
ip -6 rule add pref 100 to 2001:4860::/32 prohibit
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 uid 0
ip -6 route add prohibit 2001:db8:6::/48 table 200
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 rule add pref 300 fwmark 7 iif veth1 ipproto udp unreachable
ip link set veth2 up
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 3
ip -6 rule del fwmark 7
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip link set veth0 up
ip -6 route get 2001:db8:5:1::7 ipproto ipv6-icmp sport 1 dport 80
ip -6 rule add pref 100 not oif veth0 sport 2001-2871 goto 50
ip -6 rule add pref 300 ipproto ipv6-icmp blackhole
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 uid 50
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1 mark 7
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -j -6 rule
ip -6 rule add pref 200 iif veth0 to 2001:db8:6::/48 table 200
ip -6 rule add pref 300 not oif veth2 nop
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 3
ip -6 route add unreachable 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 mark 7 ipproto udp sport 2500 dport 80
ip -6 route add 2001:db8:6::/48 dev veth2 table main
ip -6 route add unreachable 2001:db8::/32 metric 10 table 100
ip -6 rule del pref 100
ip -6 route show table 200
ip -6 rule add pref 100 sport 2001 nop
ip -6 route get 2001:db8:5::1 mark 0x13 ipproto tcp sport 1000 dport 1000 fibmatch
ip -6 route get 2001:db8:7::1
ip -6 rule add fwmark 7 lookup 100
ip -6 rule del pref 200
ip -6 rule add to 2001:db8:6::/48 lookup 100
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 oif veth2 mark 0x13 fibmatch
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 3 uid 1500 ipproto ipv6-icmp
ip -6 route get 2001:4860::8888 oif veth2 ipproto tcp sport 1 dport 2001
ip -6 rule add oif veth0 sport 2001 prohibit
ip -6 rule add pref 200 oif veth2 fwmark 3/3 dport 1-48 prohibit
ip -6 rule del ipproto tcp table main suppress_prefixlength 32
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:5::1 mark 7
ip -6 route get 2001:db8:a::9 uid 0
ip -6 rule show table 100
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 uid 1500 ipproto tcp
ip -6 rule del pref 50
ip -6 rule show table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth2 mark 7
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto tcp
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1 dport 1000
ip -6 rule add pref 200 ipproto tcp ipproto ipv6-icmp fwmark 3/3 table main suppress_prefixlength 32
ip -6 rule
ip -6 route show table all

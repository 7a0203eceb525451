# Seeded random IPv6 policy-routing scenario (seed 2), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table 100
ip -6 route add blackhole ::/1 table 100
ip -6 route add throw 2001:db8::/32 table 100
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth2 table 200
ip -6 route add throw 2001:db8:5:1::7 table 200
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table main
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 oif veth0 mark 0x13
ip -6 route get 2001:db8:a::9 mark 3 uid 0 ipproto tcp sport 1 dport 2001
ip -6 rule add not oif veth0 fwmark 7 unreachable
ip -6 rule add pref 32000 from 2001:db8:b::1 uidrange 0-0 table 200
ip -6 route show table all
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 ipproto udp sport 1 dport 1000
ip -6 rule list pref 100
ip -d -6 rule
ip -6 rule add pref 50 from 2001:db8:b::1 fwmark 3/3 blackhole
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 rule add dport 2001-2461 oif veth0 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99
ip -6 rule add dport 1 oif veth0 table 100
ip -6 route get 2001:db8:5::1
ip -d -6 rule
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1
ip -6 rule
ip -6 route get 2001:db8:b::1 fibmatch
ip -6 rule del pref 100
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 rule del pref 300
ip -6 route get 2001:db8:b::1 mark 7
ip -6 rule del not oif veth0 to 2001:db8:6::/48
ip -6 rule add pref 32000 not uidrange 1000-2000 blackhole
ip -6 rule add pref 200 ipproto ipv6-icmp to 2001:4860::/32 oif veth2 lookup 100
ip -6 rule
ip -6 rule del pref 32000
ip -6 rule show
ip -6 rule add pref 300 ipproto udp sport 1 table 200 suppress_ifgroup 0
ip -6 route del 2001:db8:5::/48 table 100
ip -6 route show table 200
ip -6 route del 2001:db8:5:1::/64 table main
ip link set veth0 up
ip -6 rule add pref 32000 to 2001:4860::/32 to 2001:db8:6::/48 dport 2001-2304 table main suppress_prefixlength 32
ip -6 route get 2001:db8:b::1 mark 7
ip -6 route get 2001:db8:5::1 mark 7 ipproto udp sport 1000 dport 1000
ip -6 rule del not sport 2001 to 2001:db8:5::/48 table main suppress_prefixlength 32
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1
ip -6 rule del pref 32000
ip -6 route add throw ::/1 table 200
ip -6 route get 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:6::1
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 rule show table 100
ip -6 rule
ip link set veth2 up
ip -6 rule add pref 300 to 2001:db8::/32 table 100 suppress_prefixlength 48
ip -6 rule show
ip -6 rule add pref 200 iif lo table 200
ip -6 rule add pref 200 from 2001:db8:b::1 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 ipproto ipv6-icmp
ip -6 route add throw 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1
ip -6 route get 2001:db8:5:1::9
ip -6 route show table all
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 rule
ip -6 route show table all

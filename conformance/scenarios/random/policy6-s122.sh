# Seeded random IPv6 policy-routing scenario (seed 122), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table 100
ip -6 route add ::/1 dev veth0 metric 10 table 200
ip -6 route add throw 2001:db8::/32 table 200
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth0 table main
ip -6 route add 2001:db8:5:1::7 dev veth2 table main
ip -6 route add unreachable default table main
ip -6 rule add pref 100 dport 1001 ipproto ipv6-icmp prohibit
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 uid 50
ip -6 route get 2001:db8:5:1::7
ip -6 rule show
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp sport 1500 dport 80
ip -6 route get 2001:4860::8888
ip -6 rule del pref 200
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -6 rule show
ip -6 rule add ipproto tcp blackhole
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1 mark 0x13 uid 50
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 oif veth2 mark 0x13
ip -6 rule del ipproto ipv6-icmp sport 1
ip -6 route add blackhole 2001:db8:6::/48 table main
ip link set veth2 up
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth0 uid 1500
ip -6 route get 2001:4860::8888 from 2001:db8:a::1
ip -6 rule add pref 50 from 2001:db8:b::1 oif veth0 goto 200
ip -6 rule add oif veth2 to 2001:db8:5::/48 oif veth2 unreachable
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table 200
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 uid 1500 fibmatch
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 7
ip -j -6 rule
ip -6 route del 2001:db8::/32 table 200
ip -6 route show table 200
ip -6 rule add pref 200 sport 1001-2892 ipproto ipv6-icmp uidrange 0-0 blackhole
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 route show table 200
ip -6 route get 2001:db8:b::1 oif veth2
ip -6 rule add not uidrange 0-100 table main suppress_prefixlength 0
ip -6 route show table 200
ip -6 rule add pref 200 not to 2001:db8:5::/48 lookup 100
ip -6 rule show
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 rule del from 2001:db8:a::/64 uidrange 0-100
ip -6 rule add pref 32000 sport 1001-1474 goto 300
ip -6 rule add pref 200 dport 1001 oif veth2 from 2001:db8:a::/64 goto 32000
ip -6 route get 2001:db8:5::1 uid 50 ipproto tcp sport 1500 dport 80 fibmatch
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule add pref 32000 fwmark 0x10/0xf0 unreachable
ip -6 route add 2001:db8::/32 dev veth0 metric 10 table 100
ip -6 route get 2001:db8:b::1 uid 1500
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 ipproto udp sport 1 dport 1000
ip -6 rule add ipproto udp from 2001:db8::/32 blackhole
ip -6 route show table all
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth2 mark 0x13
ip -6 route add 2001:db8:6::/48 dev veth2 table 200
ip -d -6 rule
ip -j -6 rule
ip -6 rule add pref 300 iif veth1 table 200
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 rule add dport 1001 table main suppress_prefixlength 32
ip -6 rule del not ipproto udp goto 200
ip -6 rule del fwmark 0x10/0xf0
ip -6 rule
ip -6 route show table all

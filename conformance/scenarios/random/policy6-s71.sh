# Seeded random IPv6 policy-routing scenario (seed 71), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default dev veth2 table 100
ip -6 route add default via 2001:db8:c::2 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:5::/48 dev veth0 table 200
ip -6 route add 2001:db8::/32 dev veth2 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table main
ip -6 route add unreachable ::/1 table main
ip -6 rule del fwmark 0x10/0xf0 to 2001:4860::/32 blackhole
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:4860::8888 oif veth2
ip -6 rule add pref 50 fwmark 3/3 table 200 suppress_ifgroup 5
ip -6 rule add from all to 2001:db8:6::/48 fwmark 3/3 table main suppress_prefixlength 32
ip -j -6 rule
ip -6 rule del iif lo sport 1 dport 1
ip -6 route get 2001:db8:7::1 mark 7
ip -d -6 rule
ip -6 rule del dport 2001 from all
ip -6 rule del pref 100
ip -6 rule del from 2001:db8:a::/64 lookup 100
ip -6 route add throw default table main
ip -6 rule del pref 32000
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:5:1::/64 dev veth0 metric 10 table main
ip -6 route get 2001:db8:b::1
ip -6 rule add sport 2001-2404 unreachable
ip -6 rule add pref 32000 iif veth0 dport 2001 fwmark 0x10/0xf0 lookup 100
ip -6 route get 2001:db8:5:1::9 mark 3 ipproto tcp sport 1 dport 1000
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route show table 200
ip link set veth0 down
ip -6 route get 2001:db8:5::1
ip -6 rule list pref 100
ip -j -6 rule
ip -6 route show table all
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 ipproto udp
ip -6 rule add pref 300 sport 1001-1158 dport 1 goto 50
ip -6 rule add oif veth2 table 200
ip -d -6 rule
ip -6 rule del pref 32000
ip -6 rule add pref 100 fwmark 3/3 ipproto udp goto 100
ip -6 rule add oif veth0 blackhole
ip -6 route add default via 2001:db8:b::2 metric 10 table 200
ip -j -6 rule
ip -6 rule
ip -6 rule add pref 300 fwmark 7 to 2001:db8:6::/48 fwmark 3/3 table 100 suppress_prefixlength 48
ip -6 rule add pref 300 uidrange 0-100 table 200 suppress_ifgroup 0
ip -6 rule add pref 100 from 2001:db8::/32 sport 2001 iif veth0 blackhole
ip -6 route get 2001:db8:5:1::9
ip -6 route del 2001:db8:5::/48 table 100
ip -6 rule show table 100
ip -6 rule list pref 100
ip -6 rule add oif veth0 ipproto ipv6-icmp goto 32000
ip -j -6 rule
ip -6 rule add to 2001:db8:6::/48 nop
ip -j -6 rule
ip -6 rule show
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule list pref 100
ip -6 route show table all
ip -6 route get 2001:db8:a::9 oif veth0 ipproto udp sport 1500 dport 1000
ip -6 route get 2001:db8:6::1
ip -d -6 rule
ip -6 rule add pref 100 iif veth1 nop
ip -6 route del 2001:db8:5::/48 table 200
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 54), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 100
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route add ::/1 via 2001:db8:a::3 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 200
ip -6 route add prohibit 2001:db8::/32 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table main
ip -6 route add 2001:db8:6::/48 dev veth2 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table main
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 route add 2001:db8:5:1::7 dev veth2 table 200
ip -6 route show table 200
ip -j -6 rule
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -d -6 rule
ip -6 rule del to 2001:db8::/32 blackhole
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 7 uid 0
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 rule del not fwmark 7
ip -j -6 rule
ip -6 rule
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 metric 10 table 100
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 1000 dport 1000
ip -6 route get 2001:db8:7::1 oif veth0
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 rule add pref 300 to 2001:db8:6::/48 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 route get 2001:4860::8888 uid 0
ip -6 rule add pref 200 not uidrange 0-100 table 200 suppress_ifgroup 0
ip -6 route show table all
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule add sport 2001 uidrange 0-0 table 100 suppress_prefixlength 0
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table main
ip -6 route add throw default table 200
ip -6 rule add ipproto tcp blackhole
ip -j -6 rule
ip -6 rule add pref 32000 not ipproto ipv6-icmp sport 1001 table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:5::1 ipproto tcp sport 1000 dport 80
ip -6 rule add from all dport 2001-3969 nop
ip -6 rule show
ip -d -6 rule
ip -6 rule add to 2001:db8:6::/48 table 200 suppress_ifgroup 0
ip -6 route get 2001:4860::8888 from 2001:db8:a::99
ip -6 rule add pref 50 not to 2001:db8:6::/48 iif lo unreachable
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 7
ip -6 rule del sport 1
ip -6 route get 2001:4860::8888 uid 0
ip -6 rule add pref 300 iif veth1 ipproto udp table 200 suppress_ifgroup 0
ip -6 rule add pref 50 not uidrange 1000-2000 oif veth2 dport 1001-1592 goto 100
ip -6 rule add to 2001:db8:6::/48 unreachable
ip -6 route get 2001:db8:7::1
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 route show table 200
ip -6 rule add pref 200 ipproto tcp goto 300
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -j -6 rule
ip link set veth0 up
ip -6 rule add sport 1 dport 1001-2727 iif veth0 table 200
ip -6 route get 2001:db8:5:1::9
ip -6 rule del oif veth0
ip link set veth0 up
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table 200
ip -6 route get 2001:4860::8888 oif veth0 uid 50 ipproto udp sport 1500 dport 1000
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 route add prohibit default table 200
ip -6 rule add sport 1001-2833 from all sport 1001 nop
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 100
ip -6 route add blackhole 2001:db8:5::/48 table 100
ip -6 rule
ip -6 route show table all

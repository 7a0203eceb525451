# Seeded random IPv6 policy-routing scenario (seed 140), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth2 table 100
ip -6 route add unreachable default table 100
ip -6 route add throw 2001:db8:6::/48 table 100
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table 200
ip -6 route add prohibit default table 200
ip -6 route add 2001:db8:5:1::/64 dev veth2 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table main
ip -6 route add unreachable 2001:db8::/32 metric 10 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table main
ip -6 route get 2001:db8:b::1
ip -6 route show table all
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth0 uid 1500 fibmatch
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 0x13 uid 0 ipproto tcp sport 1 dport 1000 fibmatch
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 ipproto tcp
ip -6 rule add pref 50 not sport 1001-1706 uidrange 0-0 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:6::1 mark 0x13 fibmatch
ip -6 rule add pref 32000 dport 1001 oif veth0 lookup main
ip -6 rule add pref 32000 dport 1 iif veth0 table 200 suppress_ifgroup 5
ip -6 route get 2001:4860::8888 oif veth2 mark 7 ipproto udp sport 1500 dport 1000
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 oif veth2 ipproto ipv6-icmp
ip -6 rule del pref 32000
ip -6 rule show
ip -6 route add blackhole default table 100
ip -6 rule del pref 100
ip -6 route get 2001:db8:7::1
ip -6 rule del from 2001:db8:b::1 to 2001:4860::/32
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp sport 1 dport 2001
ip -6 rule add pref 50 uidrange 0-100 from 2001:db8:a::/64 lookup 100
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5:1::9
ip -6 rule add sport 1001 oif veth2 ipproto tcp goto 100
ip -6 rule add sport 2001-2209 ipproto udp table 200
ip -6 rule show
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 mark 3 uid 50
ip -6 rule show table 100
ip -6 rule add fwmark 7 uidrange 1000-2000 unreachable
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 3
ip -6 rule list pref 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth2
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 200
ip link set veth2 down
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table 200
ip -6 rule show
ip -6 rule show
ip -6 rule add ipproto tcp oif veth0 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 uid 50 ipproto ipv6-icmp sport 1 dport 80
ip -6 rule add pref 50 uidrange 0-0 dport 1001 table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 fibmatch
ip -6 rule add sport 1 blackhole
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table main
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 50 iif veth1 sport 1001-1712 oif veth2 blackhole
ip -6 route get 2001:4860::8888 oif veth0 mark 7
ip -6 rule add not iif veth1 goto 300
ip -6 route show table 200
ip -6 rule add pref 50 iif veth0 fwmark 0x10/0xf0 lookup 100
ip -6 rule add pref 100 from 2001:db8:b::1 table 100
ip -6 route get 2001:db8:5::1 oif veth2 mark 3 fibmatch
ip -6 rule add pref 32000 from all goto 32000
ip -6 rule add from 2001:db8::/32 nop
ip -6 route get 2001:db8:7::1
ip -6 route show table all
ip -6 rule show table 100
ip -6 rule add ipproto udp prohibit
ip -d -6 rule
ip -6 rule add pref 32000 to 2001:4860::/32 sport 1 dport 1 table 200 suppress_ifgroup 5
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 100
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 17), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 metric 10 table 100
ip -6 route add blackhole 2001:db8:5::/48 table 100
ip -6 route add throw 2001:db8:6::/48 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 200
ip -6 route add unreachable 2001:db8:6::/48 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 route add prohibit 2001:db8::/32 table main
ip -6 route add prohibit 2001:db8:5:1::/64 table main
ip -6 route add throw 2001:db8:5:1::/64 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 200
ip -6 rule add dport 1-569 ipproto udp sport 1 blackhole
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::7 mark 7
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -6 route get 2001:db8:a::9 oif veth2 uid 0 ipproto ipv6-icmp
ip -6 rule show
ip -6 rule show
ip -6 rule show table 100
ip -6 rule del uidrange 1000-2000
ip -6 rule add pref 32000 fwmark 0x10/0xf0 unreachable
ip -6 route del default table 200
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth0
ip -6 route add blackhole 2001:db8:5::/48 table 100
ip -6 rule list pref 100
ip -6 rule add pref 50 to 2001:db8:6::/48 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:5:1::9 oif veth2 ipproto tcp
ip -6 rule add pref 50 oif veth0 oif veth0 ipproto tcp lookup 100
ip -6 rule del not dport 1-1786 uidrange 1000-2000 iif veth1
ip -6 rule add pref 200 uidrange 0-0 unreachable
ip -d -6 rule
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule add pref 300 oif veth2 nop
ip -6 route del 2001:db8:6::/48 table 100
ip -6 rule add pref 200 fwmark 7 unreachable
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 100
ip -6 route add default via 2001:db8:c::2 table main
ip -6 rule add oif veth0 goto 100
ip -6 route get 2001:db8:6::1 uid 1500 ipproto ipv6-icmp
ip link set veth2 up
ip -6 rule add dport 2001 goto 32000
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 32000 to 2001:db8:6::/48 ipproto ipv6-icmp goto 32000
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 rule add to 2001:db8::/32 oif veth0 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:5:1::9
ip -6 rule list pref 100
ip -6 route show table 200
ip -6 rule add sport 1 prohibit
ip -j -6 rule
ip -6 route get 2001:db8:b::1 oif veth2 ipproto ipv6-icmp
ip -6 route show table all
ip -6 rule add pref 50 oif veth2 table 200
ip -6 route show table 200
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 mark 7 uid 50 ipproto udp
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1
ip -6 route get 2001:db8:5:1::7 mark 0x13 uid 50
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule add oif veth0 from 2001:db8:b::1 table 200 suppress_ifgroup 0
ip -6 rule add oif veth0 dport 1001 blackhole
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 uid 0 ipproto tcp sport 1500 dport 2001
ip -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 mark 7 ipproto tcp sport 1500 dport 1000
ip -6 rule add pref 32000 iif veth1 unreachable
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 route show table 200
ip -6 rule
ip -6 route show table all

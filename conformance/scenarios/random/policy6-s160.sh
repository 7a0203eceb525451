# Seeded random IPv6 policy-routing scenario (seed 160), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table 100
ip -6 route add default via 2001:db8:a::3 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 100
ip -6 route add prohibit default table 200
ip -6 route add ::/1 via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:5::/48 dev veth2 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table main
ip -6 route add prohibit 2001:db8:5:1::/64 table main
ip -6 rule add pref 200 fwmark 7 lookup main
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 rule add pref 300 not uidrange 0-100 goto 32000
ip -6 rule del dport 2001 dport 2001-2929
ip -6 route get 2001:db8:b::1 uid 0 ipproto udp
ip -6 rule add from all sport 1001 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 rule show
ip -6 rule del not ipproto ipv6-icmp ipproto udp
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 metric 10 table main
ip -6 rule add ipproto ipv6-icmp table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 0x13 ipproto ipv6-icmp sport 1 dport 80
ip -6 route get 2001:db8:5:1::7 fibmatch
ip -6 rule show
ip -6 rule add pref 100 sport 2001 fwmark 7 sport 1001 lookup main
ip -d -6 rule
ip -6 route add 2001:db8:6::/48 dev veth0 table 200
ip -6 route add 2001:db8::/32 dev veth0 table 100
ip -j -6 rule
ip -6 route add ::/1 via 2001:db8:c::2 table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1
ip -6 route get 2001:4860::8888 uid 0 ipproto tcp fibmatch
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 oif veth2 ipproto tcp sport 1000 dport 1000
ip -6 rule del pref 100
ip link set veth2 up
ip link set veth2 up
ip -6 rule show
ip -6 rule add from 2001:db8::/32 oif veth0 lookup 100
ip -6 rule add iif veth0 table 200
ip -6 rule add pref 100 fwmark 3/3 table main suppress_prefixlength 32
ip -6 rule add from 2001:db8:b::1 fwmark 0x10/0xf0 ipproto udp nop
ip -6 route get 2001:db8:b::1 ipproto ipv6-icmp sport 1 dport 1000
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:4860::8888 oif veth0 ipproto tcp sport 1 dport 1000 fibmatch
ip -6 route get 2001:db8:6::1 ipproto ipv6-icmp sport 1 dport 80
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 route add ::/1 via 2001:db8:b::2 table main
ip -6 rule add pref 300 dport 2001 unreachable
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth0 ipproto tcp
ip -j -6 rule
ip -6 rule list pref 100
ip -6 rule add pref 100 fwmark 7 blackhole
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table main
ip -6 rule add pref 100 dport 2001 from 2001:db8::/32 to 2001:db8:6::/48 prohibit
ip -6 rule add not oif veth0 iif lo prohibit
ip -6 rule add fwmark 7 nop
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 7 ipproto ipv6-icmp sport 1 dport 2001
ip -6 rule add sport 2001 sport 1-1929 lookup main
ip -6 rule add ipproto ipv6-icmp table 200 suppress_ifgroup 5
ip -6 rule show
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -d -6 rule
ip -6 rule add pref 300 uidrange 1000-2000 unreachable
ip -6 rule add dport 2001 table 100 suppress_prefixlength 0
ip -6 rule
ip -6 rule show table 100
ip -6 route add throw default table 200
ip -6 route add throw 2001:db8:5:1::7 metric 10 table main
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table main
ip -6 rule
ip -6 route show table all

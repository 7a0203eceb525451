# Seeded random IPv6 policy-routing scenario (seed 83), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8::/32 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table 100
ip -6 route add prohibit 2001:db8::/32 metric 10 table 100
ip -6 route add prohibit default table 200
ip -6 route add default dev veth2 metric 10 table 200
ip -6 route add prohibit ::/1 table 200
ip -6 route add unreachable 2001:db8:5:1::/64 table main
ip -6 route add throw 2001:db8:5:1::/64 table main
ip -6 route add ::/1 via 2001:db8:a::2 table main
ip link set veth2 down
ip -6 route add ::/1 via 2001:db8:c::2 table main
ip -d -6 rule
ip -6 route add throw 2001:db8:5:1::/64 table main
ip -6 route del ::/1 table 200
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 rule add pref 300 iif lo to 2001:db8:5::/48 blackhole
ip -6 rule show
ip -6 rule list pref 100
ip -6 rule del pref 300
ip -6 rule add pref 300 fwmark 0x10/0xf0 dport 1001-2692 table main suppress_prefixlength 0
ip -6 rule show
ip -6 rule add pref 32000 oif veth2 oif veth2 iif lo lookup main
ip -6 route show table 200
ip -6 route get 2001:4860::8888
ip -6 rule add pref 32000 from all from 2001:db8:b::1 prohibit
ip -6 route get 2001:db8:7::1
ip -6 route add throw 2001:db8::/32 table 200
ip -6 route get 2001:db8:b::1 fibmatch
ip -6 route add blackhole 2001:db8::/32 table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule add dport 1-427 dport 2001 from all table 200
ip -6 route get 2001:db8:b::1 uid 0
ip -6 route get 2001:db8:5:1::9 uid 1500
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 fibmatch
ip -6 route get 2001:4860::8888
ip -6 rule add sport 1 oif veth0 table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 oif veth2
ip -6 route del 2001:db8::/32 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 fibmatch
ip -6 rule add pref 100 fwmark 7 sport 2001 unreachable
ip -j -6 rule
ip -6 route get 2001:db8:a::9 oif veth0 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule add pref 32000 oif veth0 lookup 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -d -6 rule
ip -6 route get 2001:db8:b::1 fibmatch
ip -6 route get 2001:db8:5::1 uid 50 ipproto ipv6-icmp
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule add to 2001:db8:6::/48 nop
ip -6 rule add pref 200 uidrange 0-100 ipproto udp nop
ip -6 route add blackhole ::/1 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth2 fibmatch
ip link set veth2 up
ip -6 rule add sport 1001-1437 blackhole
ip -6 rule add pref 300 sport 1001-1974 ipproto udp table 200 suppress_ifgroup 5
ip -6 rule del pref 50
ip -6 rule add pref 50 fwmark 7 table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth2 mark 7
ip -6 route get 2001:db8:5:1::7 uid 0
ip -6 route get 2001:db8:a::9 uid 50
ip link set veth2 up
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 oif veth0 ipproto tcp fibmatch
ip -6 rule add oif veth2 dport 1 nop
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 ipproto udp sport 1 dport 80 fibmatch
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 mark 3
ip -j -6 rule
ip -6 route get 2001:db8:b::1 mark 3 ipproto tcp
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 59), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8::/32 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table 100
ip -6 route add default via 2001:db8:a::3 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 200
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 200
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table main
ip -6 route add prohibit ::/1 metric 10 table main
ip -6 route add prohibit 2001:db8::/32 metric 10 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 200
ip -6 rule del iif veth0
ip -6 rule show
ip -6 rule add from 2001:db8:b::1 fwmark 3/3 prohibit
ip -6 rule add not iif veth0 fwmark 0x10/0xf0 lookup 100
ip -6 route get 2001:db8:7::1 ipproto udp sport 2500 dport 1000
ip -6 route get 2001:db8:5:1::9 ipproto ipv6-icmp sport 2500 dport 1000 fibmatch
ip -6 route get 2001:db8:5::1 mark 0x13
ip -6 rule add pref 200 sport 1001 iif veth1 sport 1001-1022 table main suppress_prefixlength 32
ip -6 rule add pref 32000 ipproto udp goto 300
ip -6 rule add pref 300 not dport 2001-3984 table 100 suppress_prefixlength 48
ip -6 rule add ipproto tcp table 200 suppress_ifgroup 5
ip -6 rule
ip -6 rule
ip -6 route add unreachable 2001:db8:5:1::/64 table 200
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table 100
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 rule add pref 100 iif veth1 prohibit
ip -6 route get 2001:db8:7::1 oif veth0 ipproto ipv6-icmp
ip -d -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth0 uid 0
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 200
ip -6 route del default table 200
ip -6 route show table all
ip -6 route get 2001:4860::8888 uid 50 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule add fwmark 3/3 blackhole
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 mark 7
ip -6 rule show table 100
ip link set veth0 up
ip -6 rule add pref 32000 from 2001:db8::/32 to 2001:db8:5::/48 sport 2001 blackhole
ip -6 route show table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth0 mark 3 uid 0
ip -6 rule add to 2001:db8:5::/48 blackhole
ip -6 route get 2001:db8:b::1 uid 1500
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 oif veth2 uid 1500
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table 100
ip -6 route show table all
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table main
ip -j -6 rule
ip -6 rule del pref 300
ip -6 route get 2001:db8:7::1 ipproto udp sport 1000 dport 2001
ip -6 route get 2001:db8:a::9
ip -6 rule add dport 1001-1385 blackhole
ip -6 rule add pref 300 sport 1-1616 fwmark 0x10/0xf0 blackhole
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 ipproto ipv6-icmp
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth0 uid 1500
ip -6 route del 2001:db8::/32 table 200
ip -6 route get 2001:db8:a::9 uid 1500
ip -6 route del 2001:db8::/32 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99
ip -6 rule add oif veth2 dport 1-54 table 200 suppress_ifgroup 0
ip -6 rule show
ip -6 route add unreachable 2001:db8:5:1::/64 table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 7 ipproto ipv6-icmp
ip -6 rule add sport 2001-2858 prohibit
ip link set veth0 up
ip -6 route get 2001:db8:5:1::7 uid 0 fibmatch
ip -6 rule add pref 100 ipproto tcp blackhole
ip -6 rule show
ip -6 rule add pref 50 iif lo sport 1 blackhole
ip -6 rule
ip -6 route show table all

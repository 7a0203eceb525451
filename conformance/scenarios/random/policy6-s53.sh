# Seeded random IPv6 policy-routing scenario (seed 53), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table 100
ip -6 route add ::/1 dev veth0 table 100
ip -6 route add default via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 200
ip -6 route add default dev veth0 metric 10 table 200
ip -6 route add prohibit ::/1 metric 10 table main
ip -6 route add prohibit ::/1 table main
ip -6 route add throw 2001:db8:6::/48 metric 10 table main
ip -6 route get 2001:db8:a::9 ipproto tcp
ip -j -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth2
ip -6 rule add dport 1001-1678 to 2001:db8:5::/48 prohibit
ip -6 rule add pref 100 oif veth2 uidrange 0-100 goto 100
ip -6 route del default table 100
ip -6 rule add uidrange 0-100 uidrange 0-0 prohibit
ip -6 rule show table 100
ip -6 route show table all
ip -j -6 rule
ip -6 rule add oif veth0 ipproto ipv6-icmp table 100
ip -6 rule show
ip -6 route del ::/1 table 100
ip -6 rule add uidrange 0-0 iif veth1 oif veth2 blackhole
ip -6 rule add pref 100 to 2001:db8:6::/48 iif veth0 to 2001:db8::/32 table 200 suppress_ifgroup 0
ip -6 route add default via 2001:db8:a::3 metric 10 table 100
ip -6 rule add not ipproto ipv6-icmp to 2001:4860::/32 unreachable
ip -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:b::1
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table main
ip -6 rule add iif veth0 from 2001:db8::/32 sport 1001-2193 nop
ip -6 rule add ipproto ipv6-icmp table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 3
ip -6 rule add pref 100 ipproto ipv6-icmp sport 2001 blackhole
ip -6 rule del dport 2001-3974 table 200
ip -d -6 rule
ip -6 route get 2001:db8:5::1 oif veth0 ipproto tcp sport 1500 dport 80
ip link set veth2 up
ip -6 rule
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp sport 1500 dport 80
ip -6 route get 2001:db8:7::1 uid 50
ip -6 rule
ip -6 rule add pref 300 ipproto ipv6-icmp sport 2001 blackhole
ip -6 rule show table 100
ip -6 route show table 200
ip -6 rule add pref 100 dport 1001 oif veth0 fwmark 0x10/0xf0 lookup main
ip -6 rule add pref 100 to 2001:db8:6::/48 iif lo iif lo table 200 suppress_ifgroup 0
ip -6 route show table all
ip -6 route get 2001:db8:5:1::9 uid 1500 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule add not sport 1-1980 goto 300
ip -6 route get 2001:4860::8888 uid 50 ipproto udp sport 1000 dport 1000
ip -j -6 rule
ip -6 rule add pref 300 to 2001:db8:5::/48 sport 2001 table 200 suppress_ifgroup 0
ip -6 route add unreachable 2001:db8:5:1::/64 table main
ip -6 rule list pref 100
ip -6 rule add pref 200 sport 2001 to 2001:db8:6::/48 lookup 100
ip -6 rule add pref 100 to 2001:db8::/32 lookup main
ip -6 route get 2001:db8:5::1 oif veth0 mark 7
ip -6 rule del pref 200
ip link set veth0 up
ip -6 rule del pref 100
ip -6 rule add pref 50 ipproto ipv6-icmp uidrange 0-0 uidrange 0-100 goto 300
ip -6 route add throw default metric 10 table 200
ip -6 rule add not sport 1 sport 2001 uidrange 0-100 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5::1
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp sport 1 dport 80
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 64), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table 100
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 route add default via 2001:db8:a::2 table 200
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table main
ip -6 route add blackhole default metric 10 table main
ip -6 route add default dev veth2 table main
ip -6 rule del oif veth2 ipproto ipv6-icmp
ip -6 route show table 200
ip -6 rule del uidrange 0-100 dport 1001-1328
ip -6 rule show table 100
ip -6 rule add sport 2001 fwmark 0x10/0xf0 dport 2001 unreachable
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 rule add not dport 2001-2370 sport 1 fwmark 0x10/0xf0 blackhole
ip -6 rule show
ip -6 route show table all
ip link set veth0 down
ip -6 rule add to 2001:db8::/32 uidrange 0-0 table 100
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 rule del pref 200
ip -6 route get 2001:db8:5::1 mark 7
ip -6 rule
ip -6 route show table all
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule add pref 200 sport 1 oif veth0 goto 200
ip -6 route get 2001:db8:5:1::7 oif veth2 mark 3
ip -6 rule show table 100
ip -6 rule add pref 200 oif veth0 lookup 100
ip -6 route del 2001:db8:5:1::/64 table 100
ip link set veth0 up
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 rule add pref 100 sport 1-1890 sport 1-1199 unreachable
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 100
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 0x13 ipproto udp sport 1500 dport 2001
ip -6 rule add to 2001:4860::/32 prohibit
ip -6 route get 2001:db8:5:1::7 uid 0 ipproto tcp sport 1500 dport 2001
ip link set veth0 up
ip link set veth0 up
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule show
ip -6 route get 2001:4860::8888 mark 0x13 uid 0 ipproto udp sport 1000 dport 2001
ip -6 rule add pref 50 ipproto tcp blackhole
ip -6 route get 2001:db8:a::9 mark 3 ipproto udp
ip -6 rule add iif veth0 uidrange 1000-2000 oif veth2 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7 mark 0x13
ip -6 route add blackhole 2001:db8::/32 metric 10 table 200
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table 200
ip -6 rule
ip -6 route get 2001:db8:5:1::7 oif veth2 ipproto udp sport 2500 dport 2001
ip -6 rule add pref 300 iif lo nop
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 uid 50 ipproto udp
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table 200
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 route get 2001:db8:b::1
ip -6 rule del ipproto tcp oif veth0
ip -6 route get 2001:db8:a::9 mark 0x13 uid 0
ip -6 route get 2001:db8:6::1
ip -6 route show table all
ip -6 rule del not sport 1001
ip -6 route show table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 rule
ip -6 route show table all

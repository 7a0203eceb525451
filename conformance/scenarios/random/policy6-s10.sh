# Seeded random IPv6 policy-routing scenario (seed 10), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route add ::/1 via 2001:db8:a::2 table 100
ip -6 route add blackhole 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5::/48 dev veth2 table 200
ip -6 route add default dev veth0 table 200
ip -6 route add throw 2001:db8:6::/48 metric 10 table 200
ip -6 route add blackhole 2001:db8:6::/48 table main
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table main
ip -6 route add 2001:db8:5::/48 dev veth0 table main
ip -6 rule del fwmark 3/3
ip -6 route get 2001:db8:5:1::7 oif veth0
ip -6 route get 2001:db8:5:1::7 mark 7
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 ipproto udp
ip -6 route add blackhole ::/1 table main
ip -6 route get 2001:4860::8888
ip link set veth0 up
ip -6 route get 2001:db8:5:1::7
ip -6 rule add pref 200 oif veth2 nop
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 mark 7 ipproto tcp sport 1 dport 2001
ip -6 rule show table 100
ip -6 rule list pref 100
ip -6 rule add pref 32000 not from all fwmark 7 dport 1001-1327 blackhole
ip -6 route get 2001:db8:5:1::9 uid 50 ipproto tcp
ip -6 rule show
ip -6 route get 2001:db8:a::9 mark 3
ip -6 route get 2001:db8:b::1 uid 1500
ip -6 rule show
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 rule add ipproto ipv6-icmp fwmark 3/3 goto 200
ip -6 rule add pref 200 sport 1001 sport 1 table 200 suppress_ifgroup 5
ip -6 rule del dport 2001 lookup main
ip -6 rule add pref 200 ipproto tcp prohibit
ip -6 rule del uidrange 0-100 ipproto tcp iif lo
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 uid 1500
ip -6 rule add pref 200 to 2001:db8:5::/48 goto 50
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth0
ip -6 rule del fwmark 7 unreachable
ip -6 rule add pref 300 ipproto udp fwmark 0x10/0xf0 nop
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1 mark 3
ip -6 rule
ip -6 route get 2001:db8:6::1 mark 7
ip -6 route get 2001:db8:b::1
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 route add ::/1 dev veth0 metric 10 table main
ip -6 rule add to 2001:db8:5::/48 nop
ip -6 route get 2001:db8:5:1::7
ip -6 rule add oif veth0 blackhole
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth0
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 mark 0x13 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 route get 2001:db8:a::9
ip -6 rule add fwmark 7 goto 32000
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 route get 2001:db8:7::1 ipproto udp
ip -6 route get 2001:db8:a::9 mark 3
ip -6 route get 2001:db8:b::1
ip -6 rule del oif veth0
ip -6 route get 2001:db8:5:1::9
ip -d -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 oif veth2 mark 7
ip -j -6 rule
ip -6 route get 2001:db8:a::9 oif veth0
ip -6 route get 2001:db8:5:1::7 mark 0x13 uid 1500 ipproto tcp sport 1500 dport 80
ip -6 rule del pref 32000
ip -j -6 rule
ip -6 route show table 200
ip -6 rule
ip -6 route show table all

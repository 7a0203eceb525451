# Seeded random IPv6 policy-routing scenario (seed 138), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit default table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 100
ip -6 route add 2001:db8:6::/48 dev veth0 table 100
ip -6 route add default via 2001:db8:a::2 metric 10 table 200
ip -6 route add throw 2001:db8::/32 metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table main
ip -6 route add blackhole 2001:db8::/32 table main
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 rule del sport 2001 nop
ip -6 route del default table main
ip -6 rule del uidrange 0-0 uidrange 0-100
ip -6 route get 2001:db8:5:1::9 mark 7 ipproto udp sport 1000 dport 1000
ip link set veth0 down
ip -6 rule add uidrange 0-100 blackhole
ip -6 rule add uidrange 0-0 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 rule add iif lo uidrange 0-100 dport 1-592 goto 300
ip -6 route get 2001:db8:b::1 uid 1500 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule del to 2001:4860::/32 lookup main
ip -6 rule del pref 200
ip -6 route get 2001:db8:7::1 uid 0
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 300 not sport 2001-2415 oif veth0 unreachable
ip -6 rule add pref 200 to 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route get 2001:db8:b::1 mark 7
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 rule add pref 100 fwmark 3/3 iif lo iif lo nop
ip -6 route get 2001:db8:5::1 mark 0x13
ip -j -6 rule
ip -6 rule del fwmark 7 ipproto udp blackhole
ip -6 route show table all
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 mark 0x13 uid 50
ip -6 rule show
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 0x13
ip -6 route get 2001:db8:5::1 oif veth2 uid 50
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 ipproto tcp
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 route get 2001:db8:b::1 uid 50
ip -6 route add blackhole 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 ipproto tcp
ip -6 route get 2001:db8:7::1 mark 3 uid 50
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5:1::7 mark 7
ip -6 rule add to 2001:db8:6::/48 lookup main
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth0 mark 3 uid 50 ipproto udp sport 1 dport 80
ip -6 rule del sport 1 from 2001:db8:a::/64 nop
ip -6 route get 2001:4860::8888 ipproto tcp sport 1 dport 2001
ip -6 rule add pref 50 iif veth0 ipproto ipv6-icmp ipproto udp blackhole
ip -6 route get 2001:4860::8888 from 2001:db8:c::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 0x13
ip -6 route show table 200
ip -6 route add default dev veth2 metric 10 table 200
ip -6 rule add pref 200 fwmark 3/3 sport 2001-2195 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5:1::9 oif veth2 ipproto tcp
ip -6 route get 2001:db8:5::1 oif veth2
ip -6 rule list pref 100
ip -6 rule add dport 1001-2151 to 2001:db8::/32 dport 2001-3093 unreachable
ip -6 rule add pref 100 dport 1 iif veth0 nop
ip -6 rule add pref 50 to 2001:db8:6::/48 fwmark 0x10/0xf0 table 200
ip -6 route get 2001:4860::8888
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table 100
ip -6 rule
ip -6 route show table all

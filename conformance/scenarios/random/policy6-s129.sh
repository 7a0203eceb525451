# Seeded random IPv6 policy-routing scenario (seed 129), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:b::2 table 100
ip -6 route add prohibit ::/1 table 100
ip -6 route add 2001:db8:5::/48 dev veth2 metric 10 table 200
ip -6 route add unreachable ::/1 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 route add 2001:db8:5::/48 dev veth0 table main
ip -6 route add blackhole 2001:db8::/32 table main
ip -6 route add default via 2001:db8:a::2 metric 10 table main
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 mark 3 ipproto tcp sport 1500 dport 80
ip -6 route get 2001:db8:b::1 mark 7
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 rule
ip -6 route get 2001:db8:5:1::7 oif veth2 mark 3
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp
ip -6 route show table all
ip -6 rule add to 2001:db8:5::/48 from 2001:db8:b::1 nop
ip -6 rule
ip -6 route get 2001:4860::8888 mark 7 ipproto udp sport 1000 dport 80
ip -6 route show table all
ip -6 rule add fwmark 0x10/0xf0 oif veth2 uidrange 0-0 table 200 suppress_ifgroup 0
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table 200
ip -6 rule list pref 100
ip -6 rule show
ip -6 rule del ipproto tcp
ip -6 rule add pref 50 ipproto tcp from 2001:db8:b::1 goto 32000
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 ipproto tcp sport 1500 dport 1000
ip -6 route show table all
ip -6 route get 2001:db8:a::9 mark 0x13 uid 0
ip -6 rule
ip -6 rule add pref 300 uidrange 0-100 ipproto udp prohibit
ip -j -6 rule
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 rule add dport 1001-2644 dport 1001 from 2001:db8::/32 unreachable
ip -6 route get 2001:db8:5::1
ip -6 rule add to 2001:db8::/32 table 100
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:a::9 oif veth0 mark 0x13
ip -6 route get 2001:db8:6::1 mark 3
ip -6 route show table all
ip -6 route del default table main
ip link set veth2 up
ip -j -6 rule
ip -6 rule add pref 50 not sport 2001-3590 oif veth0 lookup main
ip -6 rule del pref 32000
ip -6 route get 2001:db8:a::9 mark 3 uid 1500 ipproto tcp sport 1 dport 2001
ip -6 rule add ipproto udp sport 2001-3782 uidrange 0-0 goto 100
ip -6 route get 2001:4860::8888
ip -6 rule add pref 200 uidrange 0-100 unreachable
ip -6 rule del sport 1 unreachable
ip -6 rule show
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 oif veth0 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:a::9
ip -6 rule list pref 100
ip -6 route add throw 2001:db8:6::/48 table 100
ip -6 rule add pref 32000 ipproto tcp dport 2001-3416 table 200 suppress_ifgroup 0
ip link set veth0 up
ip -6 route add prohibit 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table 100
ip -6 rule add pref 200 not fwmark 0x10/0xf0 nop
ip -6 route get 2001:db8:5:1::7 mark 3 uid 1500
ip -6 route get 2001:db8:5:1::9
ip -d -6 rule
ip -6 rule del fwmark 0x10/0xf0 oif veth2 dport 1-632
ip -d -6 rule
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 81), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table 100
ip -6 route add blackhole default table 100
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table 100
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table 200
ip -6 route add unreachable 2001:db8::/32 metric 10 table main
ip -6 route add throw 2001:db8:6::/48 metric 10 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 metric 10 table main
ip -6 rule show
ip -6 rule add dport 1001 sport 1 unreachable
ip -6 rule list pref 100
ip -j -6 rule
ip -6 rule add pref 50 dport 1-394 dport 1 goto 200
ip -6 route del 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 ipproto tcp sport 1500 dport 2001
ip -6 rule del dport 2001 fwmark 7
ip -6 rule show table 100
ip -6 rule show table 100
ip -6 rule add pref 300 dport 1-887 fwmark 3/3 unreachable
ip -6 rule del fwmark 0x10/0xf0 uidrange 0-0
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 200
ip -d -6 rule
ip -6 rule show table 100
ip -6 rule add to 2001:db8::/32 blackhole
ip -6 route show table all
ip -6 rule list pref 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 metric 10 table main
ip link set veth2 down
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1 mark 3
ip -6 route add prohibit 2001:db8::/32 table 200
ip -6 rule add pref 300 not fwmark 3/3 uidrange 0-100 uidrange 1000-2000 table 100
ip link set veth2 down
ip -6 route add prohibit 2001:db8:6::/48 table 100
ip -6 rule
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5::1 ipproto udp
ip -6 route get 2001:db8:b::1
ip -6 rule
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2 mark 3
ip -6 route get 2001:db8:b::1
ip -6 rule show
ip -6 route get 2001:db8:a::9 mark 7
ip -6 rule add ipproto ipv6-icmp to 2001:db8::/32 nop
ip -6 route show table 200
ip -6 rule add pref 32000 not oif veth0 uidrange 0-0 table 200
ip -6 route get 2001:4860::8888
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table 200
ip -6 rule add not ipproto tcp lookup main
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:5::1 mark 3 uid 1500
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 mark 7 ipproto ipv6-icmp
ip -6 rule
ip -6 route add unreachable 2001:db8:5:1::7 table 100
ip -6 rule del to 2001:db8:5::/48 goto 32000
ip -6 rule add uidrange 0-0 dport 1 nop
ip -6 route get 2001:db8:7::1
ip -6 rule add pref 200 iif veth0 uidrange 0-0 table 200 suppress_ifgroup 5
ip -6 rule del uidrange 1000-2000 fwmark 3/3 to 2001:db8:6::/48
ip -6 route add blackhole 2001:db8:5:1::7 table 100
ip -6 rule add pref 32000 uidrange 0-100 oif veth2 blackhole
ip -6 route get 2001:db8:a::9 mark 7 uid 1500
ip -6 route show table 200
ip -6 rule add not sport 1 table 200 suppress_ifgroup 0
ip -6 rule show
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 7
ip -6 route get 2001:db8:6::1 oif veth2 mark 3 ipproto ipv6-icmp
ip -6 rule
ip -6 route show table all

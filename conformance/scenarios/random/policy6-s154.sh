# Seeded random IPv6 policy-routing scenario (seed 154), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table 100
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 200
ip -6 route add unreachable default table 200
ip -6 route add 2001:db8::/32 dev veth2 table 200
ip -6 route add throw 2001:db8:5:1::7 metric 10 table main
ip -6 route add prohibit 2001:db8:5:1::/64 table main
ip -6 route add throw 2001:db8::/32 table main
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 uid 0
ip -6 rule add pref 50 iif veth1 ipproto ipv6-icmp nop
ip -6 route get 2001:db8:5:1::7
ip -6 rule list pref 100
ip -6 route get 2001:db8:a::9 uid 1500
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 rule add fwmark 0x10/0xf0 blackhole
ip -6 route get 2001:db8:5::1 uid 1500
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 oif veth2 fibmatch
ip -6 rule del dport 1001-2098 to 2001:4860::/32 nop
ip -6 route get 2001:db8:a::9 mark 7 ipproto tcp fibmatch
ip -6 rule add from 2001:db8::/32 unreachable
ip -6 route del 2001:db8:5::/48 table main
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 oif veth0 mark 0x13 ipproto ipv6-icmp
ip -6 rule add pref 50 sport 1 dport 1001-2266 nop
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:6::1 mark 7
ip -6 rule list pref 100
ip -d -6 rule
ip -j -6 rule
ip -6 route get 2001:db8:5::1
ip -6 rule show table 100
ip -6 rule
ip link set veth0 down
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 uid 1500
ip -6 route del default table main
ip -6 route get 2001:db8:5:1::7 mark 7 fibmatch
ip -6 rule add ipproto udp blackhole
ip -6 route show table 200
ip -6 route del default table 100
ip -6 rule del iif veth1 oif veth2 blackhole
ip -6 rule add from all nop
ip -6 rule add uidrange 0-100 oif veth0 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:5::1 oif veth0 fibmatch
ip -6 rule del to 2001:db8::/32 table 200 suppress_ifgroup 5
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table 200
ip -6 route get 2001:db8:a::9 mark 0x13 ipproto tcp
ip -6 route get 2001:db8:6::1
ip -6 rule del fwmark 7 prohibit
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table 200
ip -6 rule add pref 50 not uidrange 1000-2000 ipproto tcp sport 1001 goto 300
ip -6 rule add pref 300 fwmark 3/3 sport 1 table main suppress_prefixlength 48
ip -6 route get 2001:db8:b::1 mark 0x13
ip -6 rule add pref 200 fwmark 7 goto 200
ip -6 rule add pref 32000 ipproto tcp table 100
ip -6 rule del pref 300
ip -6 rule add pref 32000 to 2001:db8::/32 table 200 suppress_ifgroup 5
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:7::1 oif veth2 mark 7 ipproto ipv6-icmp
ip -6 rule
ip -6 rule add pref 50 dport 1-1306 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1 mark 7 uid 50 ipproto udp sport 1000 dport 80
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table main
ip -6 route del 2001:db8:5::/48 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table main
ip -6 rule add pref 200 sport 1 dport 1 uidrange 0-0 table 200
ip -6 rule add to 2001:4860::/32 ipproto ipv6-icmp to 2001:4860::/32 lookup 100
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto udp
ip -6 rule
ip -6 route show table all

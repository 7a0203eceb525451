# Seeded random IPv6 policy-routing scenario (seed 88), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table 100
ip -6 route add throw 2001:db8:5:1::/64 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 100
ip -6 route add throw 2001:db8:5:1::7 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 200
ip -6 route add unreachable 2001:db8::/32 table main
ip -6 route add throw ::/1 metric 10 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table main
ip -6 route get 2001:db8:5:1::7 ipproto ipv6-icmp
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 50 iif veth0 unreachable
ip -6 rule list pref 100
ip -6 rule add uidrange 1000-2000 prohibit
ip -6 route add ::/1 via 2001:db8:a::2 metric 10 table 100
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route get 2001:db8:a::9 ipproto tcp
ip -d -6 rule
ip -6 rule add to 2001:4860::/32 uidrange 0-100 table 200
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:4860::8888
ip -6 rule del pref 300
ip -6 route get 2001:4860::8888 ipproto udp sport 2500 dport 80
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1 ipproto udp sport 2500 dport 1000
ip -6 route show table all
ip -6 rule add pref 32000 iif lo table 100
ip -6 rule add pref 32000 to 2001:db8:5::/48 uidrange 0-0 lookup main
ip -6 rule del dport 2001-2457 uidrange 0-100
ip -6 rule add dport 1-424 unreachable
ip -6 route del default table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 uid 0 ipproto tcp sport 2500 dport 80
ip -6 rule del pref 100
ip -6 rule add pref 300 oif veth0 blackhole
ip -6 rule add iif veth1 goto 300
ip -6 rule show table 100
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 mark 0x13
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp sport 1 dport 2001
ip -6 rule add pref 100 fwmark 7 from 2001:db8:b::1 unreachable
ip -6 route add throw 2001:db8:5:1::/64 table 200
ip -j -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 7
ip -6 rule add to 2001:4860::/32 oif veth2 lookup 100
ip -6 route get 2001:4860::8888 uid 1500
ip -6 rule add pref 50 iif veth1 dport 2001 table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 uid 50
ip -6 rule add pref 50 sport 1001-2296 dport 2001-3860 blackhole
ip -6 rule add pref 200 sport 2001 sport 1 blackhole
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 mark 0x13 uid 50
ip -6 rule show table 100
ip -6 route get 2001:db8:a::9 ipproto udp
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 rule del iif veth0 prohibit
ip -6 rule add oif veth0 ipproto tcp nop
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 3 uid 0
ip -6 route get 2001:db8:5::1 ipproto tcp sport 1500 dport 1000
ip -6 rule add to 2001:db8::/32 unreachable
ip -6 route get 2001:db8:5::1 ipproto tcp fibmatch
ip -6 rule show
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 uid 50 ipproto tcp sport 1000 dport 2001
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1
ip -6 route get 2001:db8:b::1 ipproto ipv6-icmp
ip -6 rule add not fwmark 7 from all lookup main
ip -6 route get 2001:db8:b::1
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1 mark 3
ip -6 rule
ip -6 route show table all

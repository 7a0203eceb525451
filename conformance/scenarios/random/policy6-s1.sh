# Seeded random IPv6 policy-routing scenario (seed 1), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 route add default dev veth0 table 100
ip -6 route add 2001:db8:5::/48 dev veth2 table 200
ip -6 route add blackhole 2001:db8::/32 table 200
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table main
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table main
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 rule add pref 200 fwmark 0x10/0xf0 uidrange 0-0 unreachable
ip -6 route show table 200
ip -6 rule add pref 32000 from 2001:db8::/32 to 2001:db8:5::/48 uidrange 1000-2000 unreachable
ip -6 rule del to 2001:4860::/32 fwmark 7 prohibit
ip -6 rule show
ip -6 rule del fwmark 3/3 nop
ip -6 rule add pref 200 dport 1 iif veth0 unreachable
ip -6 rule add sport 1001-1170 uidrange 0-0 to 2001:4860::/32 goto 50
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 rule add pref 50 iif lo from 2001:db8:a::/64 nop
ip -6 route get 2001:db8:7::1 uid 0 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule add sport 2001 from 2001:db8::/32 prohibit
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table 200
ip -6 rule add pref 100 oif veth0 iif veth1 unreachable
ip -6 rule show
ip link set veth0 down
ip -6 route show table 200
ip -6 rule del oif veth2
ip -6 rule add oif veth0 oif veth2 lookup main
ip -6 route get 2001:db8:6::1 fibmatch
ip -6 route get 2001:db8:5:1::9 uid 0
ip -6 route get 2001:4860::8888 mark 7
ip -6 route add unreachable 2001:db8:6::/48 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 fibmatch
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 7 fibmatch
ip -6 route get 2001:db8:b::1 uid 50 fibmatch
ip -j -6 rule
ip -6 rule add pref 32000 sport 1001-1657 uidrange 1000-2000 blackhole
ip -6 rule add pref 300 not to 2001:4860::/32 sport 2001-3949 iif veth0 lookup main
ip -6 rule del dport 2001-3576
ip -6 route get 2001:4860::8888 ipproto tcp
ip -6 route show table all
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule add oif veth2 sport 2001 iif lo nop
ip -6 rule del oif veth0
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 uid 1500
ip -6 rule add pref 50 not sport 2001-2525 iif veth1 table 200
ip -6 route get 2001:db8:5:1::9 uid 0 ipproto udp
ip -6 route get 2001:db8:5:1::7 uid 1500
ip -6 rule del uidrange 0-0
ip -j -6 rule
ip -6 rule add oif veth0 dport 1 dport 2001 blackhole
ip -6 route add 2001:db8:6::/48 dev veth0 table 100
ip -6 rule add oif veth2 from 2001:db8:a::/64 table 200 suppress_ifgroup 0
ip -6 rule del oif veth2 table 200 suppress_ifgroup 5
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 200
ip -6 rule del from 2001:db8:b::1 uidrange 1000-2000 fwmark 0x10/0xf0 blackhole
ip -6 route get 2001:4860::8888 uid 0
ip -6 rule del iif lo to 2001:db8::/32
ip -6 route get 2001:4860::8888 uid 50 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route del 2001:db8::/32 table main
ip -6 rule show
ip -6 rule show
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 ipproto udp sport 1 dport 1000
ip -6 rule del not dport 2001 blackhole
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 uid 1500 ipproto tcp sport 1 dport 1000
ip -6 rule
ip -6 rule
ip -6 route show table all

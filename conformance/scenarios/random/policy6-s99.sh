# Seeded random IPv6 policy-routing scenario (seed 99), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add throw 2001:db8:5:1::/64 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 200
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table main
ip -6 route add blackhole ::/1 table main
ip -6 route add ::/1 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:6::1
ip -j -6 rule
ip -6 route show table all
ip -6 rule del pref 32000
ip -j -6 rule
ip link set veth0 up
ip -j -6 rule
ip -6 route show table 200
ip -6 route del 2001:db8:5::/48 table 100
ip -6 rule del to 2001:4860::/32 unreachable
ip -6 rule del fwmark 3/3 dport 1-405 goto 50
ip -6 route get 2001:db8:5::1
ip -6 rule add uidrange 0-0 fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 ipproto ipv6-icmp sport 1 dport 1000 fibmatch
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 route get 2001:db8:5:1::7 oif veth0
ip -6 route show table all
ip -6 route show table all
ip -6 rule add pref 200 sport 2001-3304 fwmark 0x10/0xf0 goto 200
ip -6 rule add sport 1001-2181 fwmark 7 prohibit
ip -6 rule del from 2001:db8:a::/64
ip -6 route get 2001:db8:5:1::9 oif veth0 ipproto tcp sport 1500 dport 80
ip -6 route get 2001:4860::8888 mark 7
ip -6 rule add pref 200 not dport 1-1452 unreachable
ip -d -6 rule
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 mark 7 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule list pref 100
ip -6 rule show
ip -6 route get 2001:4860::8888
ip -j -6 rule
ip link set veth2 down
ip -6 route get 2001:db8:b::1 oif veth2
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth0
ip -6 route get 2001:4860::8888
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 oif veth2 mark 3 ipproto tcp sport 1 dport 2001
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 3
ip -6 rule add oif veth2 from 2001:db8:a::/64 prohibit
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 ipproto udp
ip -6 route get 2001:db8:5:1::7 oif veth2
ip -6 rule add fwmark 7 iif veth0 sport 2001 table 200
ip -6 rule add dport 2001-2735 ipproto udp table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 0x13
ip -6 route show table 200
ip -6 route del 2001:db8:5::/48 table main
ip -6 rule add pref 50 from 2001:db8::/32 to 2001:db8::/32 nop
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth0 uid 1500 ipproto udp sport 1000 dport 1000
ip -6 route get 2001:db8:7::1 uid 1500
ip -6 rule add pref 32000 iif veth0 to 2001:db8:6::/48 table 200 suppress_ifgroup 0
ip -6 rule add pref 100 not uidrange 0-100 nop
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 ipproto tcp sport 1 dport 1000
ip -6 rule add pref 100 ipproto ipv6-icmp oif veth0 to 2001:db8:6::/48 lookup 100
ip -6 route add default via 2001:db8:a::2 table main
ip -6 route get 2001:db8:5::1 mark 3
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1
ip -6 route get 2001:db8:a::9 ipproto udp sport 1500 dport 1000
ip -6 rule
ip -6 route show table all

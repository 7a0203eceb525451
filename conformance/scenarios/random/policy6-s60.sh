# Seeded random IPv6 policy-routing scenario (seed 60), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 dev veth2 metric 10 table 100
ip -6 route add throw ::/1 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 200
ip -6 route add throw ::/1 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table main
ip -6 route add blackhole ::/1 table main
ip -6 route add throw 2001:db8:6::/48 table main
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 uid 50 ipproto udp
ip -6 route del 2001:db8:5::/48 table 200
ip -6 rule add from 2001:db8::/32 prohibit
ip -6 rule add pref 300 fwmark 3/3 table 100
ip -6 route add throw default table main
ip -6 route get 2001:db8:5:1::7 mark 7
ip -6 rule add pref 200 fwmark 0x10/0xf0 unreachable
ip link set veth0 up
ip -6 route show table all
ip link set veth2 up
ip -6 route get 2001:db8:5:1::7 oif veth2
ip -6 rule
ip link set veth0 down
ip -d -6 rule
ip -6 rule add to 2001:db8:5::/48 prohibit
ip -6 rule add pref 100 oif veth2 table 200 suppress_ifgroup 5
ip -6 rule list pref 100
ip -6 rule add pref 32000 to 2001:db8:6::/48 to 2001:db8:5::/48 to 2001:4860::/32 lookup 100
ip -6 route show table all
ip -6 rule add pref 32000 oif veth0 table 100 suppress_prefixlength 32
ip -j -6 rule
ip -6 rule list pref 100
ip -6 rule add ipproto ipv6-icmp iif lo prohibit
ip -6 route add blackhole 2001:db8::/32 table main
ip -6 rule list pref 100
ip -6 route add 2001:db8:6::/48 dev veth0 table 100
ip -6 rule add pref 200 uidrange 1000-2000 oif veth2 goto 100
ip -6 rule del from 2001:db8:b::1 iif veth1 table main suppress_prefixlength 0
ip -6 rule add pref 300 dport 2001-3745 to 2001:4860::/32 table main suppress_prefixlength 0
ip -6 rule del to 2001:4860::/32 sport 1001-1638 from 2001:db8:b::1 blackhole
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 mark 7
ip -6 rule list pref 100
ip -6 route get 2001:db8:a::9
ip link set veth0 up
ip -6 rule del not oif veth0 ipproto ipv6-icmp sport 1001 blackhole
ip -6 rule add iif veth0 table 200 suppress_ifgroup 0
ip -6 rule
ip -6 route add default via 2001:db8:b::2 table 100
ip -6 rule add pref 100 uidrange 1000-2000 dport 1001-1522 prohibit
ip -6 rule add from 2001:db8:a::/64 iif lo table 100
ip link set veth2 up
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 7
ip -6 rule list pref 100
ip -6 rule add pref 32000 not oif veth0 blackhole
ip -6 rule del ipproto ipv6-icmp iif veth1 iif veth1 nop
ip -6 route get 2001:db8:5::1 mark 0x13
ip -6 route get 2001:4860::8888 mark 0x13
ip -6 route get 2001:4860::8888
ip -6 rule add pref 100 dport 1001-2489 table 100
ip -6 rule del iif veth0 ipproto udp table 200 suppress_ifgroup 5
ip -6 rule add pref 100 iif lo dport 1001-2022 table main suppress_prefixlength 32
ip -6 route get 2001:4860::8888 from 2001:db8:c::1
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route get 2001:4860::8888 ipproto udp sport 1000 dport 1000
ip -6 rule add pref 300 to 2001:db8:6::/48 dport 1001 sport 1001 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1
ip -6 rule show
ip -6 route get 2001:db8:5::1 mark 0x13 uid 50
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 rule add not iif veth1 sport 1001 lookup 100
ip -6 rule
ip -6 route show table all

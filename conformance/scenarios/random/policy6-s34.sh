# Seeded random IPv6 policy-routing scenario (seed 34), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:c::2 table 100
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 100
ip -6 route add ::/1 dev veth0 metric 10 table 100
ip -6 route add unreachable default table 200
ip -6 route add default via 2001:db8:a::2 table 200
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add throw ::/1 table main
ip -6 route add throw 2001:db8::/32 table main
ip -6 route add 2001:db8:5:1::/64 dev veth0 table main
ip -6 rule add ipproto ipv6-icmp goto 32000
ip -6 rule add from 2001:db8:b::1 nop
ip -6 route del default table main
ip -6 rule add pref 50 not sport 1-841 oif veth0 prohibit
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 7
ip -6 rule add pref 100 dport 1 goto 200
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 oif veth0 fibmatch
ip -6 route add blackhole 2001:db8:5::/48 table 200
ip -6 route show table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route get 2001:4860::8888 ipproto tcp sport 1500 dport 2001
ip -6 rule add pref 50 to 2001:db8:6::/48 oif veth2 blackhole
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 metric 10 table 100
ip -6 rule add pref 50 uidrange 0-0 fwmark 0x10/0xf0 lookup main
ip -6 rule add dport 1 uidrange 0-0 table 200 suppress_ifgroup 5
ip -6 route show table 200
ip -6 route show table all
ip -6 rule add pref 100 uidrange 0-0 oif veth0 oif veth0 lookup main
ip -6 route get 2001:db8:7::1
ip -j -6 rule
ip -6 rule add pref 50 sport 1001 table 200 suppress_ifgroup 0
ip -6 rule show
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 ipproto tcp sport 1000 dport 1000
ip -6 rule del pref 50
ip -6 rule add pref 50 ipproto udp sport 1001-1591 goto 50
ip -6 rule
ip -6 route show table 200
ip -6 rule show
ip -6 route get 2001:db8:5:1::9
ip -6 rule add uidrange 0-100 oif veth0 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 mark 7
ip -j -6 rule
ip -6 rule add pref 50 ipproto ipv6-icmp dport 2001 nop
ip -6 rule add dport 1001-1177 unreachable
ip link set veth2 down
ip -6 route del ::/1 table 200
ip -6 rule del fwmark 7
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::9
ip -6 rule show
ip -6 route show table 200
ip -6 rule add ipproto ipv6-icmp uidrange 1000-2000 blackhole
ip -6 route del 2001:db8:5::/48 table main
ip -6 route get 2001:db8:b::1
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 ipproto udp fibmatch
ip -6 route get 2001:db8:7::1 oif veth2 mark 3
ip -6 route del default table 100
ip -6 route show table 200
ip -6 route get 2001:4860::8888
ip -6 rule add pref 100 iif veth1 table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 uid 50
ip -6 rule add iif veth0 to 2001:db8:6::/48 table 200
ip -6 rule add pref 300 from 2001:db8:b::1 uidrange 0-100 table main suppress_prefixlength 32
ip -6 route get 2001:db8:5:1::9
ip -6 rule add oif veth0 goto 100
ip -6 route show table all
ip -6 rule add pref 32000 from 2001:db8:a::/64 goto 50
ip -6 rule
ip -6 route show table all

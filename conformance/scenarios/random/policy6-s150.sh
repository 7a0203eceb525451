# Seeded random IPv6 policy-routing scenario (seed 150), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 100
ip -6 route add prohibit default metric 10 table 100
ip -6 route add unreachable 2001:db8::/32 table 100
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table main
ip -6 route add ::/1 dev veth2 table main
ip -6 route add default via 2001:db8:c::2 table main
ip -6 route show table all
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 0x13 fibmatch
ip -6 route get 2001:db8:5:1::7 fibmatch
ip -6 rule add uidrange 1000-2000 goto 200
ip -6 route get 2001:db8:5:1::7 mark 3 uid 1500
ip -6 route get 2001:db8:6::1
ip -6 rule show
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table main
ip -6 rule add pref 32000 not to 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 oif veth2
ip -6 rule add pref 32000 ipproto tcp sport 1001 blackhole
ip -6 rule add pref 32000 fwmark 3/3 table 200 suppress_ifgroup 5
ip -j -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 mark 0x13 uid 50 fibmatch
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 0x13 uid 1500
ip -6 rule add pref 100 fwmark 3/3 uidrange 1000-2000 from 2001:db8:b::1 goto 200
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:7::1 mark 3
ip -6 rule del uidrange 0-0 ipproto ipv6-icmp table 100 suppress_prefixlength 0
ip -6 rule show
ip -6 rule add pref 100 to 2001:db8:6::/48 table 100 suppress_prefixlength 48
ip -6 rule add sport 1-1586 blackhole
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route get 2001:db8:a::9
ip -j -6 rule
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp fibmatch
ip -6 rule add to 2001:4860::/32 ipproto ipv6-icmp fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip -6 rule add pref 200 not iif veth0 from all table main suppress_prefixlength 0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 mark 3
ip -6 rule add pref 300 sport 1-150 from 2001:db8:b::1 sport 1001 blackhole
ip -6 route del default table 200
ip -6 route add unreachable default table 200
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule add oif veth0 table main suppress_prefixlength 48
ip -6 rule add ipproto tcp fwmark 3/3 from 2001:db8:b::1 unreachable
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 route get 2001:db8:a::9 uid 0
ip -6 rule add pref 50 iif veth0 to 2001:db8:5::/48 blackhole
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:6::1
ip -j -6 rule
ip -6 route show table 200
ip -6 rule
ip link set veth0 up
ip -6 rule add pref 100 dport 1-2000 iif lo prohibit
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth0 mark 7 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule del to 2001:db8:6::/48
ip -6 rule add not sport 1001-2790 oif veth2 nop
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route add throw 2001:db8:5:1::7 metric 10 table main
ip -6 route show table 200
ip -6 rule add from all blackhole
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 ipproto tcp
ip -6 rule show table 100
ip -6 rule show
ip -6 rule add pref 100 not oif veth2 to 2001:4860::/32 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::7 mark 0x13 ipproto udp sport 1 dport 80
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 7 ipproto ipv6-icmp
ip -6 rule
ip -6 route show table all

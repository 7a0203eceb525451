# Seeded random IPv6 policy-routing scenario (seed 32), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw ::/1 metric 10 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 100
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 200
ip -6 route add throw default table 200
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route add ::/1 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table main
ip -6 rule add pref 200 dport 1 blackhole
ip -6 route get 2001:db8:5::1
ip -6 rule add pref 300 not dport 1001-2687 oif veth0 nop
ip -6 rule add pref 50 sport 2001-3872 table 200
ip -6 route get 2001:4860::8888 ipproto udp fibmatch
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route get 2001:db8:6::1
ip -6 route add default dev veth0 table 200
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule show table 100
ip -6 route show table 200
ip -6 rule add not iif lo fwmark 3/3 table 200 suppress_ifgroup 5
ip -d -6 rule
ip -j -6 rule
ip -6 rule show table 100
ip -6 rule add pref 300 fwmark 3/3 oif veth2 table 100
ip -6 rule add pref 300 fwmark 7 table 200
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 mark 3 ipproto udp sport 1500 dport 80
ip -6 route add throw default metric 10 table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 fibmatch
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table 100
ip -6 route get 2001:db8:6::1
ip link set veth2 up
ip -6 rule del uidrange 0-100
ip -6 route get 2001:db8:b::1 mark 3
ip -6 route get 2001:4860::8888 oif veth2
ip -6 rule add pref 50 not from 2001:db8:b::1 from 2001:db8:a::/64 nop
ip -j -6 rule
ip -6 rule
ip -6 route get 2001:db8:b::1 mark 7 uid 0
ip -6 route show table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 100
ip -6 route get 2001:db8:a::9 oif veth0
ip -6 rule del uidrange 0-100 uidrange 0-100 dport 2001 prohibit
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule add pref 100 to 2001:db8:5::/48 fwmark 0x10/0xf0 to 2001:db8::/32 goto 100
ip -6 rule add to 2001:db8:6::/48 oif veth0 goto 100
ip -6 rule add pref 100 to 2001:db8::/32 to 2001:db8:6::/48 unreachable
ip -6 rule add to 2001:db8::/32 nop
ip -6 rule del pref 32000
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth2
ip -6 rule del dport 1-1558 oif veth0 from 2001:db8::/32
ip -6 route get 2001:db8:b::1 uid 0
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 ipproto udp sport 1500 dport 80
ip -6 route get 2001:db8:5::1
ip -d -6 rule
ip -6 rule add pref 50 not fwmark 3/3 ipproto ipv6-icmp fwmark 7 table 200 suppress_ifgroup 0
ip -j -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 uid 50
ip -j -6 rule
ip -6 rule add pref 32000 oif veth0 iif veth0 iif lo table 200 suppress_ifgroup 0
ip -6 route add throw ::/1 metric 10 table 100
ip -6 route add prohibit default metric 10 table main
ip -6 rule del iif veth0 nop
ip -6 route del default table 200
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 56), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 metric 10 table 100
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 100
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 100
ip -6 route add unreachable 2001:db8:5::/48 table 200
ip -6 route add prohibit 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table 200
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 route add throw ::/1 table main
ip -6 route add 2001:db8:6::/48 dev veth2 table main
ip -6 rule show
ip link set veth0 up
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 oif veth2 mark 0x13 fibmatch
ip -6 rule show
ip -6 route get 2001:4860::8888 oif veth2
ip -6 route get 2001:db8:6::1 mark 7
ip -6 route get 2001:db8:6::1 mark 3
ip -6 rule add from 2001:db8::/32 blackhole
ip -6 rule show table 100
ip -6 rule show table 100
ip -6 rule add pref 32000 to 2001:db8::/32 to 2001:db8:6::/48 sport 1001 table main suppress_prefixlength 48
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99
ip -d -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 oif veth2 mark 3 ipproto udp sport 2500 dport 2001
ip -6 rule show
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 rule add pref 300 ipproto tcp nop
ip -6 rule del fwmark 0x10/0xf0 iif veth1
ip -6 rule add pref 50 fwmark 7 to 2001:db8:6::/48 blackhole
ip -6 route add default dev veth2 metric 10 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 uid 1500
ip -6 rule add pref 200 not fwmark 7 oif veth2 goto 32000
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 oif veth0
ip -j -6 rule
ip link set veth0 down
ip -6 route get 2001:db8:a::9 mark 3
ip -6 route add prohibit 2001:db8::/32 table main
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 0x13 ipproto udp
ip -6 rule add iif veth1 iif veth1 sport 2001 goto 32000
ip -6 rule
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule del sport 2001-3524 oif veth2 sport 1001-1689
ip -6 route get 2001:db8:7::1 ipproto udp sport 2500 dport 2001
ip -6 rule add fwmark 3/3 from 2001:db8:b::1 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:4860::8888 mark 0x13
ip -6 rule add pref 100 oif veth0 lookup main
ip -6 rule show
ip -6 rule add uidrange 0-0 iif veth0 table 100
ip -6 rule add oif veth2 ipproto udp goto 50
ip -6 rule add pref 200 iif veth1 lookup 100
ip -6 rule add pref 32000 oif veth2 goto 100
ip -6 rule add pref 200 dport 1-1731 table 100
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route add ::/1 dev veth0 metric 10 table 200
ip -6 rule add sport 2001-3439 from 2001:db8:b::1 iif veth0 unreachable
ip -6 route get 2001:db8:7::1 oif veth2 ipproto tcp
ip link set veth2 up
ip -6 rule show
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 ipproto tcp
ip -6 rule add fwmark 3/3 iif veth1 lookup 100
ip -6 route get 2001:db8:5::1 oif veth0 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 route get 2001:4860::8888
ip -6 rule add not from 2001:db8:a::/64 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 mark 3 uid 50 ipproto udp sport 2500 dport 1000
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -6 rule
ip -6 route show table all

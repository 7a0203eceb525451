# Seeded random IPv6 policy-routing scenario (seed 104), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5::/48 table 100
ip -6 route add unreachable 2001:db8:5::/48 metric 10 table 100
ip -6 route add unreachable 2001:db8:5::/48 table 100
ip -6 route add throw 2001:db8:5:1::7 table 200
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 200
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:6::/48 dev veth2 table main
ip -6 route add default via 2001:db8:c::2 table main
ip -6 route add 2001:db8:6::/48 dev veth0 table main
ip -6 rule del not dport 1-1187 oif veth0 table 200 suppress_ifgroup 0
ip -6 rule add uidrange 1000-2000 unreachable
ip -6 route show table 200
ip -d -6 rule
ip -6 rule add uidrange 0-0 nop
ip -6 route get 2001:db8:6::1 mark 3
ip -6 route add blackhole ::/1 table 100
ip -6 rule add pref 50 fwmark 0x10/0xf0 table 200
ip -6 rule add fwmark 0x10/0xf0 iif lo blackhole
ip -6 route show table all
ip -d -6 rule
ip -6 route show table all
ip -6 rule add ipproto udp uidrange 0-0 table 200
ip -6 rule add iif lo dport 1001 dport 2001 unreachable
ip -6 rule
ip -6 rule del sport 2001-3165 ipproto ipv6-icmp prohibit
ip -6 rule add pref 200 dport 1 blackhole
ip -6 rule add iif veth1 prohibit
ip -6 route get 2001:db8:a::9 uid 0
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 7 uid 1500
ip -6 rule show table 100
ip -6 route get 2001:4860::8888 uid 0
ip -j -6 rule
ip link set veth2 up
ip -6 route del 2001:db8::/32 table 200
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 rule add pref 300 ipproto udp table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:5::1 oif veth2 mark 7 uid 50
ip -6 rule show
ip -6 rule
ip -6 route get 2001:db8:a::9 oif veth0 mark 0x13 uid 1500
ip -6 rule add pref 50 oif veth0 uidrange 0-100 nop
ip -6 route add prohibit 2001:db8::/32 metric 10 table 100
ip -6 route get 2001:4860::8888 oif veth2
ip -6 route del default table 200
ip -6 route show table all
ip -6 route show table 200
ip -6 rule add pref 100 to 2001:db8:5::/48 table 100 suppress_prefixlength 0
ip -6 rule add pref 32000 from all table main suppress_prefixlength 32
ip -6 route get 2001:db8:5:1::7 mark 7
ip -6 rule
ip -6 rule add pref 50 fwmark 0x10/0xf0 goto 200
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 rule show table 100
ip -6 route del default table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route get 2001:db8:5:1::7 oif veth2
ip -6 route get 2001:db8:5:1::7 oif veth0 fibmatch
ip -6 route get 2001:db8:5:1::7 mark 0x13 ipproto tcp
ip -6 rule add pref 50 to 2001:4860::/32 lookup main
ip -6 route get 2001:db8:a::9 uid 0
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 uid 1500
ip -6 route get 2001:db8:7::1 mark 0x13 ipproto udp
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1
ip -6 rule add uidrange 0-100 uidrange 1000-2000 fwmark 7 table 100
ip -6 route show table all
ip -6 rule show
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 rule
ip -6 route show table all

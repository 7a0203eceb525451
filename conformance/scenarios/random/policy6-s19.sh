# Seeded random IPv6 policy-routing scenario (seed 19), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default dev veth0 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5:1::7 dev veth2 metric 10 table 200
ip -6 route add blackhole 2001:db8:5::/48 table main
ip -6 route add blackhole 2001:db8::/32 table main
ip -6 route add unreachable 2001:db8::/32 table main
ip -6 route get 2001:db8:5::1 uid 1500
ip -j -6 rule
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 route get 2001:db8:5:1::9 mark 3 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route add ::/1 via 2001:db8:c::2 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 ipproto tcp sport 1 dport 80
ip -6 rule show table 100
ip -6 route add throw 2001:db8::/32 table main
ip -6 rule add pref 100 not fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip -6 rule show
ip -6 rule add pref 200 not to 2001:db8:6::/48 from 2001:db8::/32 to 2001:db8:6::/48 table 100
ip -6 route get 2001:db8:5:1::7
ip -6 rule add iif lo dport 1001 lookup main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 200
ip -6 rule list pref 100
ip -6 rule add uidrange 0-0 oif veth2 blackhole
ip -6 route get 2001:db8:5:1::9 oif veth2 mark 3 ipproto udp
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 ipproto udp
ip -6 rule add fwmark 7 dport 2001 table 200
ip -j -6 rule
ip -6 route get 2001:4860::8888 uid 1500
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 rule add pref 300 ipproto tcp fwmark 7 prohibit
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 oif veth0 uid 50 ipproto udp sport 1500 dport 1000
ip -6 route get 2001:db8:7::1 oif veth0
ip -6 rule add fwmark 7 oif veth0 table 100
ip -6 rule add pref 300 not sport 1 to 2001:4860::/32 blackhole
ip -6 rule add to 2001:4860::/32 to 2001:4860::/32 nop
ip -6 rule
ip -6 route get 2001:4860::8888 mark 7
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 7 ipproto udp sport 1500 dport 2001
ip -6 rule add oif veth2 unreachable
ip -6 route add 2001:db8::/32 dev veth0 table 200
ip -6 rule add pref 50 not iif veth1 table main suppress_prefixlength 0
ip -6 route show table 200
ip -6 rule add not iif veth1 ipproto ipv6-icmp to 2001:db8:5::/48 unreachable
ip -6 rule add pref 50 fwmark 0x10/0xf0 to 2001:db8:6::/48 lookup 100
ip -6 rule add pref 50 dport 2001 ipproto tcp table main suppress_prefixlength 0
ip -6 rule del pref 200
ip -6 route get 2001:db8:6::1 mark 3
ip -6 rule add fwmark 3/3 from 2001:db8:b::1 to 2001:db8:5::/48 nop
ip -6 route add ::/1 via 2001:db8:b::2 table 100
ip -6 rule add pref 32000 to 2001:4860::/32 ipproto ipv6-icmp uidrange 0-100 unreachable
ip -6 rule del dport 1-1018 dport 1001
ip -6 route get 2001:4860::8888 mark 0x13
ip -6 rule add sport 2001 to 2001:db8:6::/48 lookup main
ip -d -6 rule
ip -6 route get 2001:db8:a::9 oif veth0 uid 1500
ip -6 route del ::/1 table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth2 uid 0
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 route get 2001:4860::8888 mark 0x13 ipproto tcp sport 1000 dport 2001
ip -6 rule del pref 32000
ip -6 rule add pref 100 uidrange 0-100 prohibit
ip -j -6 rule
ip -6 rule
ip -6 route get 2001:db8:a::9 uid 50 ipproto ipv6-icmp sport 1 dport 80
ip -6 rule add iif veth1 lookup main
ip -6 rule
ip -6 route show table all

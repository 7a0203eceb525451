# Seeded random IPv6 policy-routing scenario (seed 61), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8::/32 metric 10 table 100
ip -6 route add prohibit 2001:db8:6::/48 table 100
ip -6 route add prohibit ::/1 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table 200
ip -6 route add ::/1 dev veth2 table 200
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table main
ip -6 route add throw default table main
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table main
ip -j -6 rule
ip -6 rule show
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 oif veth0 mark 0x13
ip -6 route add prohibit 2001:db8:5:1::7 table main
ip -6 rule add pref 50 oif veth2 dport 2001 lookup 100
ip -6 route get 2001:db8:5:1::7
ip -6 rule add pref 32000 ipproto udp sport 1001 table 200
ip -6 rule add not fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip -6 rule del iif lo to 2001:db8:6::/48 goto 100
ip -6 rule del pref 50
ip link set veth2 down
ip -6 route get 2001:4860::8888 ipproto tcp sport 1000 dport 2001
ip -6 rule del pref 50
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 mark 0x13
ip -6 route del ::/1 table main
ip -6 route get 2001:db8:6::1 uid 0
ip -6 rule add iif lo dport 2001-2676 table main suppress_prefixlength 0
ip -6 route add throw ::/1 table 100
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule add pref 300 not to 2001:db8:6::/48 goto 300
ip -6 rule del pref 32000
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 oif veth2
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 200
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 rule del sport 1-459 ipproto udp
ip link set veth0 up
ip -6 route add unreachable 2001:db8:5::/48 table 100
ip -6 rule add to 2001:4860::/32 to 2001:db8:6::/48 unreachable
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 ipproto udp sport 1 dport 2001
ip -6 route get 2001:db8:5:1::7 oif veth2 mark 3
ip link set veth0 up
ip -6 route show table all
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table main
ip -6 route del default table main
ip -6 rule del dport 1001-1379 fwmark 0x10/0xf0 sport 1 goto 200
ip -6 route get 2001:db8:b::1 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route get 2001:db8:b::1 ipproto tcp sport 1500 dport 2001 fibmatch
ip -6 route get 2001:db8:5::1 uid 50
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 rule add fwmark 3/3 table 100 suppress_prefixlength 0
ip -6 rule
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1
ip link set veth0 up
ip -6 rule add pref 100 not uidrange 0-100 oif veth0 prohibit
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:a::9 oif veth2 mark 3
ip -j -6 rule
ip -6 route add unreachable 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 oif veth2
ip -6 route add prohibit default table main
ip -6 rule add not to 2001:db8:6::/48 nop
ip -6 rule list pref 100
ip -6 rule show table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:7::1 oif veth2 uid 1500
ip -6 rule add fwmark 7 fwmark 3/3 to 2001:4860::/32 unreachable
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 mark 3
ip -6 rule show
ip -6 rule
ip -6 route show table all

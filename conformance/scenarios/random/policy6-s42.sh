# Seeded random IPv6 policy-routing scenario (seed 42), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 dev veth2 table 100
ip -6 route add unreachable ::/1 table 100
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 200
ip -6 route add blackhole ::/1 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table main
ip -6 route add unreachable ::/1 table main
ip -6 route get 2001:db8:7::1 uid 50
ip -6 rule add sport 1001 prohibit
ip -6 route get 2001:db8:b::1
ip -6 rule add fwmark 7 unreachable
ip -6 rule add pref 100 to 2001:db8:5::/48 prohibit
ip -6 route get 2001:db8:6::1 mark 3
ip -j -6 rule
ip -6 route add default via 2001:db8:a::3 metric 10 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 ipproto ipv6-icmp
ip -6 rule del sport 1-375
ip -6 rule add pref 100 uidrange 0-0 ipproto tcp lookup main
ip -d -6 rule
ip -j -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 rule add uidrange 0-100 ipproto udp table 100
ip -6 rule show table 100
ip -6 rule show table 100
ip -j -6 rule
ip -6 rule add dport 1001 iif lo table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth0 ipproto udp sport 1500 dport 80
ip -6 route get 2001:db8:b::1 mark 0x13 uid 1500
ip -6 route get 2001:db8:a::9 ipproto tcp
ip -6 route del 2001:db8:5:1::/64 table main
ip -d -6 rule
ip -6 route get 2001:db8:a::9 uid 50
ip -6 route add ::/1 dev veth0 table main
ip -6 route get 2001:db8:a::9 uid 0
ip -6 rule add iif veth1 oif veth2 iif lo nop
ip -6 route del default table main
ip -6 route get 2001:db8:b::1 uid 1500
ip -6 rule add pref 200 fwmark 7 fwmark 7 blackhole
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 route get 2001:db8:5::1 mark 3 uid 50 fibmatch
ip link set veth2 down
ip -6 route del 2001:db8::/32 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table main
ip -6 route get 2001:db8:5::1 ipproto tcp sport 2500 dport 2001
ip -6 rule show table 100
ip -6 rule add dport 1-644 sport 1001 uidrange 0-100 table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 ipproto tcp sport 1500 dport 1000
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 3
ip -6 rule
ip link set veth2 up
ip -6 route get 2001:db8:5::1 mark 0x13
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 100
ip -6 rule add not fwmark 0x10/0xf0 goto 50
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 fibmatch
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 mark 7 uid 50
ip -j -6 rule
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 ipproto tcp sport 1 dport 1000
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 oif veth2 uid 0 ipproto tcp sport 1000 dport 1000
ip -6 rule add pref 100 dport 1 dport 1001 table main suppress_prefixlength 32
ip -6 route get 2001:db8:5::1 oif veth0 uid 0
ip -6 route add throw 2001:db8::/32 table 200
ip -d -6 rule
ip -6 route del 2001:db8:5:1::/64 table 200
ip -j -6 rule
ip -6 rule
ip -6 route show table all

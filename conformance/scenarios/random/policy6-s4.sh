# Seeded random IPv6 policy-routing scenario (seed 4), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route add prohibit ::/1 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table 200
ip -6 route add unreachable default table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 metric 10 table 200
ip -6 route add blackhole ::/1 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table main
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 metric 10 table main
ip -6 route get 2001:db8:7::1
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 route add unreachable 2001:db8:5::/48 table 200
ip -6 rule add pref 50 oif veth0 table main suppress_prefixlength 0
ip -6 rule add pref 32000 not sport 1001-2208 oif veth0 goto 32000
ip -6 route get 2001:db8:5:1::7
ip link set veth2 up
ip -6 rule del uidrange 0-100
ip -6 route add throw ::/1 table main
ip -6 route del ::/1 table main
ip -6 rule add uidrange 0-0 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 mark 3 uid 1500
ip -j -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 ipproto udp sport 1 dport 2001
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99
ip -d -6 rule
ip -6 rule add not dport 2001-2251 fwmark 0x10/0xf0 from 2001:db8:a::/64 prohibit
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 oif veth0 mark 7 uid 50
ip -6 rule del fwmark 3/3 iif lo table 100
ip -6 rule add pref 300 dport 2001-3131 table 200
ip -6 route get 2001:4860::8888 oif veth0 mark 7 ipproto udp sport 1000 dport 1000
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:6::1 oif veth2 mark 0x13 ipproto udp sport 1 dport 1000
ip -6 rule add pref 32000 from 2001:db8:b::1 goto 100
ip -6 rule del pref 32000
ip -6 route get 2001:db8:b::1 uid 50
ip -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 route get 2001:db8:5::1 uid 50 ipproto udp sport 1 dport 80
ip -6 route get 2001:db8:a::9
ip -6 rule add oif veth2 from all goto 300
ip -6 rule show table 100
ip -6 route get 2001:db8:5::1 oif veth2 mark 7
ip -6 rule del pref 32000
ip link set veth2 up
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 0x13
ip -6 rule add pref 32000 not oif veth0 iif veth0 uidrange 0-100 prohibit
ip -6 rule add pref 50 iif veth1 nop
ip -6 rule add iif lo lookup 100
ip -d -6 rule
ip -6 route get 2001:db8:5:1::7 ipproto udp
ip -6 rule add pref 100 iif veth0 sport 2001 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 50 oif veth2 nop
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 route get 2001:db8:7::1 mark 3 uid 1500 ipproto udp
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 rule add pref 100 fwmark 3/3 from 2001:db8:b::1 table main suppress_prefixlength 0
ip -6 rule add pref 50 not sport 2001 table 200
ip -6 rule list pref 100
ip -6 rule add sport 1001 fwmark 0x10/0xf0 sport 1 table 100 suppress_prefixlength 0
ip -6 rule add pref 200 uidrange 0-100 from all nop
ip -6 route del default table main
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 rule add to 2001:4860::/32 ipproto tcp goto 200
ip -6 rule add pref 100 ipproto tcp uidrange 0-0 unreachable
ip -6 route get 2001:db8:5::1 oif veth2 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 rule add dport 1-1627 ipproto tcp iif veth0 table main suppress_prefixlength 48
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 ipproto tcp sport 1000 dport 80
ip -6 rule
ip -6 route show table all

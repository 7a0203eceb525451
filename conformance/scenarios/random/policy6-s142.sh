# Seeded random IPv6 policy-routing scenario (seed 142), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable default table 100
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -6 route add prohibit 2001:db8:6::/48 table 100
ip -6 route add default dev veth2 table 200
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:a::3 table main
ip -6 route add default via 2001:db8:c::2 metric 10 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 3 ipproto udp sport 1 dport 1000
ip -6 route get 2001:db8:a::9 mark 7
ip -6 route get 2001:db8:7::1 mark 3 uid 1500 fibmatch
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:6::1 oif veth2
ip -6 rule add pref 200 uidrange 1000-2000 ipproto ipv6-icmp from 2001:db8::/32 goto 200
ip -j -6 rule
ip -6 route show table 200
ip -6 rule add not dport 2001-3550 from 2001:db8:b::1 goto 100
ip -6 rule add uidrange 1000-2000 from all table main suppress_prefixlength 32
ip -6 rule add to 2001:db8:5::/48 oif veth2 table 100 suppress_prefixlength 32
ip -j -6 rule
ip -6 rule add pref 300 sport 1001-1648 goto 100
ip -6 rule add dport 1001-2396 sport 1-543 oif veth2 unreachable
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 0x13 uid 50
ip -6 route add default via 2001:db8:c::2 table main
ip -6 rule del oif veth2 to 2001:4860::/32
ip -6 rule list pref 100
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1 dport 1000
ip -6 route get 2001:db8:5::1 oif veth2 mark 0x13
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2 mark 3
ip -6 route get 2001:4860::8888
ip -6 rule add not uidrange 1000-2000 iif lo unreachable
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 100 not iif veth1 from 2001:db8:b::1 oif veth0 table 200 suppress_ifgroup 0
ip -6 rule show table 100
ip -6 rule add pref 300 fwmark 7 fwmark 3/3 iif veth0 goto 100
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:4860::8888 oif veth0 ipproto ipv6-icmp
ip -6 rule add to 2001:db8::/32 goto 32000
ip -6 route get 2001:db8:7::1 mark 7
ip -6 route get 2001:db8:5:1::9 ipproto tcp sport 1500 dport 80
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 ipproto udp sport 1000 dport 1000
ip -j -6 rule
ip -6 rule del ipproto tcp iif veth1 table 200
ip -6 rule show
ip -j -6 rule
ip -6 rule del oif veth2 prohibit
ip -6 rule add pref 32000 uidrange 0-100 iif veth1 lookup main
ip -6 rule add dport 2001 fwmark 3/3 oif veth0 unreachable
ip -6 rule add pref 300 from 2001:db8:b::1 dport 1001-2009 iif veth0 nop
ip -6 rule add pref 300 to 2001:4860::/32 oif veth0 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 route get 2001:db8:5:1::7
ip -6 rule del fwmark 7
ip -6 rule show
ip -6 rule show table 100
ip -6 rule show
ip -6 rule del pref 50
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 0x13 ipproto tcp sport 1000 dport 2001
ip -6 rule add sport 2001-2526 fwmark 3/3 goto 100
ip -6 rule del pref 32000
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth0
ip -6 rule add pref 200 not dport 2001-3489 table 200
ip -6 route get 2001:4860::8888 oif veth0 uid 50 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 route del ::/1 table 100
ip -6 rule add not to 2001:4860::/32 dport 2001 from all table 200 suppress_ifgroup 5
ip -6 rule del pref 50
ip -6 route add blackhole default table 200
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 96), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route add unreachable 2001:db8:5:1::/64 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table main
ip -6 route add throw 2001:db8:5::/48 metric 10 table main
ip -6 route add unreachable default table main
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 mark 3 ipproto tcp sport 1500 dport 80
ip -6 rule show table 100
ip -6 route add default dev veth2 table main
ip -6 route get 2001:db8:6::1 oif veth2 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule show
ip -6 route get 2001:db8:b::1 ipproto udp sport 1000 dport 2001
ip -j -6 rule
ip -6 rule add oif veth0 table 200
ip -6 route add ::/1 via 2001:db8:c::2 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 200
ip -6 rule add pref 50 oif veth0 nop
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp sport 1 dport 80
ip -6 rule add pref 50 dport 1 goto 100
ip -6 rule del pref 50
ip -6 rule del pref 100
ip -6 rule add pref 200 iif lo table main suppress_prefixlength 32
ip -6 rule del pref 100
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 rule show
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 ipproto tcp
ip -6 rule add pref 50 from all sport 2001 lookup 100
ip -6 route get 2001:4860::8888 mark 7
ip -6 rule add pref 200 not iif veth0 iif lo ipproto tcp lookup main
ip -6 rule add uidrange 1000-2000 table main suppress_prefixlength 0
ip -j -6 rule
ip -6 rule add pref 100 sport 2001 dport 1-1786 table 100 suppress_prefixlength 0
ip -6 rule show table 100
ip -6 rule add uidrange 0-0 from 2001:db8:a::/64 prohibit
ip -6 rule add pref 50 sport 1-629 from 2001:db8:a::/64 fwmark 7 lookup 100
ip -6 rule show
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 route show table all
ip -6 route get 2001:db8:7::1 mark 0x13 ipproto tcp
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth0 mark 0x13 fibmatch
ip -6 route get 2001:db8:7::1 oif veth2
ip -6 rule add pref 50 dport 1 sport 2001-3944 unreachable
ip -6 rule add pref 50 dport 1 lookup 100
ip -6 rule add pref 200 sport 2001 goto 300
ip -6 rule del ipproto ipv6-icmp
ip -6 route get 2001:db8:5:1::7 mark 0x13
ip -6 route show table 200
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 uid 1500
ip -6 route get 2001:db8:5:1::7 ipproto ipv6-icmp
ip -j -6 rule
ip -6 route show table all
ip -6 rule add pref 32000 to 2001:db8:5::/48 lookup main
ip -6 route get 2001:db8:a::9 uid 1500 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 ipproto udp sport 2500 dport 2001
ip -6 rule add pref 100 not dport 1001 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 200
ip -6 rule add sport 2001 fwmark 3/3 table 200 suppress_ifgroup 0
ip -6 rule add pref 100 iif veth1 ipproto udp table 200
ip -6 rule add pref 300 not ipproto udp oif veth2 unreachable
ip -6 rule add pref 300 from all table main suppress_prefixlength 48
ip -6 rule add pref 32000 fwmark 7 table 200 suppress_ifgroup 0
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 rule add iif veth0 uidrange 0-0 blackhole
ip -6 rule
ip -6 rule
ip -6 route show table all

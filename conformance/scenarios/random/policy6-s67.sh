# Seeded random IPv6 policy-routing scenario (seed 67), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:a::2 table 100
ip -6 route add throw 2001:db8:6::/48 table 100
ip -6 route add throw 2001:db8::/32 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table 200
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 200
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table main
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table main
ip -6 route add 2001:db8:5:1::/64 dev veth2 table main
ip -6 rule add pref 100 to 2001:db8::/32 to 2001:db8:5::/48 nop
ip -6 rule add oif veth2 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7 uid 0 ipproto tcp sport 1 dport 80
ip -6 rule
ip -6 route get 2001:db8:5:1::7
ip -6 route add blackhole 2001:db8::/32 metric 10 table 100
ip -6 rule del sport 1 to 2001:db8:5::/48
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth0
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 7 ipproto ipv6-icmp sport 1000 dport 1000 fibmatch
ip -6 rule list pref 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 metric 10 table main
ip -6 route add prohibit 2001:db8:5:1::7 table main
ip -6 rule add pref 32000 to 2001:db8::/32 sport 1001 to 2001:db8:6::/48 table 200 suppress_ifgroup 5
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table main
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table 200
ip -6 route get 2001:db8:6::1 oif veth0 mark 3 uid 50
ip -6 route add default via 2001:db8:c::2 metric 10 table 200
ip link set veth0 up
ip -6 route del 2001:db8:5::/48 table 100
ip -6 rule del not oif veth0 unreachable
ip -6 rule del fwmark 0x10/0xf0 fwmark 0x10/0xf0
ip -6 rule show
ip -6 rule add pref 32000 to 2001:4860::/32 ipproto tcp fwmark 3/3 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 oif veth0 fibmatch
ip -6 rule show
ip -6 route add 2001:db8:6::/48 dev veth2 table 100
ip -6 rule add uidrange 0-0 prohibit
ip -6 rule add pref 50 not dport 2001 oif veth2 ipproto ipv6-icmp prohibit
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 3
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule del pref 100
ip -6 rule add pref 32000 ipproto tcp sport 1 unreachable
ip -6 rule add pref 50 sport 1 from all oif veth0 lookup 100
ip -6 route get 2001:db8:a::9 uid 1500
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 oif veth0
ip -d -6 rule
ip -6 rule del not uidrange 0-0 lookup 100
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto ipv6-icmp sport 1 dport 2001
ip -6 rule add not to 2001:db8::/32 table 100
ip -6 route del 2001:db8:5::/48 table 200
ip -6 rule add dport 1001-2784 table 100
ip -j -6 rule
ip -6 route show table 200
ip -6 route get 2001:db8:b::1 mark 7 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule
ip -j -6 rule
ip -6 rule add uidrange 0-100 table 100 suppress_prefixlength 0
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table main
ip -j -6 rule
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table main
ip -6 route get 2001:db8:7::1
ip -6 rule add pref 50 not iif veth0 oif veth0 ipproto udp table 100
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 ipproto tcp
ip -6 rule add pref 100 from 2001:db8:b::1 from all unreachable
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 uid 1500
ip -6 rule del pref 50
ip -6 route add blackhole 2001:db8:5:1::/64 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 130), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 100
ip -6 route add throw 2001:db8::/32 table 100
ip -6 route add throw default table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table 200
ip -6 route add ::/1 dev veth0 table 200
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route add throw 2001:db8::/32 table main
ip -6 route add prohibit ::/1 metric 10 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table main
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 rule add oif veth2 oif veth0 fwmark 7 table main suppress_prefixlength 48
ip -6 rule del pref 200
ip -d -6 rule
ip -d -6 rule
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 rule add pref 32000 dport 2001-3357 ipproto udp nop
ip -6 rule
ip -6 route get 2001:db8:a::9
ip -d -6 rule
ip -6 rule show table 100
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 100 fwmark 7 fwmark 7 blackhole
ip -6 rule del pref 32000
ip -6 rule add from 2001:db8:a::/64 uidrange 0-100 lookup 100
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth0 uid 0
ip -6 rule add pref 50 fwmark 0x10/0xf0 lookup 100
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 rule add pref 50 fwmark 7 goto 100
ip -6 rule del sport 1001
ip -6 route add unreachable 2001:db8::/32 table 100
ip -6 rule show
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 rule add pref 100 ipproto udp fwmark 0x10/0xf0 goto 50
ip -d -6 rule
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table main
ip -6 rule del iif lo ipproto ipv6-icmp blackhole
ip -6 rule add pref 50 ipproto udp table 100 suppress_prefixlength 32
ip -6 rule show
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 0x13 ipproto ipv6-icmp sport 1 dport 80 fibmatch
ip -6 route add unreachable ::/1 metric 10 table main
ip -6 rule add pref 100 uidrange 0-100 unreachable
ip -6 rule del not dport 2001-3760 to 2001:db8::/32
ip -6 rule add pref 300 fwmark 7 oif veth0 from 2001:db8:a::/64 table 100
ip -6 rule del ipproto tcp prohibit
ip -j -6 rule
ip -6 rule add uidrange 0-100 fwmark 7 nop
ip -j -6 rule
ip -6 route get 2001:db8:5::1 mark 7
ip -6 rule add sport 1001 unreachable
ip -6 rule del pref 100
ip -6 rule add pref 32000 fwmark 7 to 2001:db8::/32 prohibit
ip -6 route get 2001:db8:5::1 ipproto tcp sport 1500 dport 2001
ip -6 rule del sport 1-867 fwmark 3/3
ip -6 rule add fwmark 7 uidrange 0-0 ipproto tcp blackhole
ip -6 route get 2001:db8:5:1::9 ipproto udp
ip link set veth2 down
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 rule add pref 32000 ipproto tcp iif lo unreachable
ip link set veth2 down
ip -6 rule del to 2001:db8:6::/48 unreachable
ip -6 rule list pref 100
ip -6 route show table all
ip -6 rule
ip -6 rule del iif veth0 to 2001:db8::/32 uidrange 0-0
ip -6 route get 2001:db8:b::1 mark 3 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule add pref 300 iif veth1 iif veth0 table 200 suppress_ifgroup 0
ip -6 rule add from all fwmark 3/3 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 rule
ip -6 route show table all

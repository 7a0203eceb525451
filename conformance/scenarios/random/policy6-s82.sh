# Seeded random IPv6 policy-routing scenario (seed 82), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table 100
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 200
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table 200
ip -6 route add prohibit 2001:db8::/32 table 200
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table main
ip -6 route add unreachable 2001:db8:6::/48 table main
ip -6 route show table 200
ip -6 rule del not dport 1001 iif veth0 to 2001:db8::/32 nop
ip -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 mark 3
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9 oif veth0 fibmatch
ip -6 rule del pref 200
ip -6 rule add fwmark 7 nop
ip -6 rule add pref 200 uidrange 0-0 uidrange 1000-2000 fwmark 0x10/0xf0 blackhole
ip -6 route get 2001:db8:a::9 oif veth2 ipproto udp sport 2500 dport 2001
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 100
ip link set veth2 down
ip -6 rule add pref 300 uidrange 0-0 sport 1001-1596 dport 1-398 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:a::9 mark 7 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule add pref 200 fwmark 3/3 from 2001:db8::/32 to 2001:db8:6::/48 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:5:1::9 mark 7 uid 50 ipproto udp sport 1000 dport 1000
ip -6 route get 2001:db8:a::9 oif veth2 fibmatch
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1500 dport 1000
ip -6 rule add oif veth0 from 2001:db8:b::1 from 2001:db8:a::/64 blackhole
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5::1 mark 3
ip -6 rule add pref 200 to 2001:db8::/32 blackhole
ip -6 rule add pref 100 dport 2001 from 2001:db8:b::1 to 2001:4860::/32 table 100
ip -6 route add 2001:db8:6::/48 dev veth0 table main
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 rule add dport 1001 table 100
ip -6 rule add pref 300 oif veth0 sport 1-345 dport 2001-3334 table main suppress_prefixlength 48
ip -6 rule add pref 50 dport 2001-2200 prohibit
ip -6 rule del pref 300
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 ipproto udp sport 2500 dport 80
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table 200
ip -6 rule add dport 1 blackhole
ip -6 rule add pref 50 not ipproto ipv6-icmp uidrange 1000-2000 fwmark 3/3 prohibit
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table main
ip -d -6 rule
ip -6 rule add iif veth0 fwmark 0x10/0xf0 prohibit
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table 200
ip -6 route get 2001:4860::8888 oif veth0 ipproto tcp
ip link set veth2 up
ip -6 route add unreachable default table main
ip -6 rule show
ip -6 rule del pref 200
ip -6 route get 2001:db8:6::1 mark 3
ip -6 rule add oif veth0 oif veth2 lookup 100
ip -6 route get 2001:db8:5:1::7 uid 50 fibmatch
ip -6 route add ::/1 dev veth2 table 100
ip -6 rule add pref 50 ipproto tcp fwmark 3/3 iif veth0 lookup main
ip -6 route get 2001:db8:5::1 oif veth2 uid 50
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table 100
ip -6 rule del pref 50
ip -6 rule show
ip -6 route get 2001:db8:5:1::9
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 route show table 200
ip -j -6 rule
ip -6 route del 2001:db8::/32 table 200
ip -6 rule
ip -6 route show table all

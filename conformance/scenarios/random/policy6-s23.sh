# Seeded random IPv6 policy-routing scenario (seed 23), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:a::2 metric 10 table 100
ip -6 route add blackhole 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table main
ip -6 route add ::/1 via 2001:db8:a::2 table main
ip -6 route get 2001:db8:7::1 uid 0
ip -6 route add ::/1 dev veth2 table main
ip -6 rule add not to 2001:db8::/32 prohibit
ip -6 rule add pref 200 oif veth0 fwmark 7 sport 1001 goto 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table main
ip -6 route get 2001:db8:5::1 oif veth2 mark 0x13
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 oif veth2
ip -6 route get 2001:db8:5::1
ip link set veth2 up
ip -6 route get 2001:4860::8888 mark 3 uid 1500
ip -6 route get 2001:db8:6::1 uid 1500 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 route get 2001:db8:5:1::9 uid 0
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth0 mark 0x13
ip -6 route show table all
ip -6 rule add pref 300 dport 2001-3080 from 2001:db8::/32 iif lo goto 100
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 7
ip -6 route get 2001:db8:6::1 mark 3 uid 1500 fibmatch
ip -6 route del ::/1 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 mark 0x13 ipproto udp
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 oif veth0 ipproto tcp
ip -6 rule add fwmark 3/3 dport 2001 dport 1001 table 100 suppress_prefixlength 32
ip -6 route show table all
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 route get 2001:4860::8888 mark 7
ip -6 rule list pref 100
ip -6 rule add pref 50 not dport 2001-3243 prohibit
ip -6 route show table all
ip -6 route show table all
ip -j -6 rule
ip -6 rule show table 100
ip -6 rule add from 2001:db8::/32 goto 32000
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule add pref 100 uidrange 1000-2000 from 2001:db8::/32 lookup 100
ip -6 rule add pref 200 uidrange 0-100 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 ipproto udp sport 2500 dport 2001
ip -6 rule add sport 1001 table main suppress_prefixlength 48
ip -6 rule add pref 300 fwmark 7 ipproto ipv6-icmp table 100 suppress_prefixlength 0
ip -6 rule add pref 200 not ipproto ipv6-icmp iif veth0 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7
ip -6 rule del pref 50
ip -6 rule
ip -6 rule add pref 200 fwmark 3/3 unreachable
ip -6 rule add from 2001:db8:a::/64 table 200 suppress_ifgroup 5
ip -6 rule add not iif lo fwmark 0x10/0xf0 fwmark 7 goto 50
ip -6 route add unreachable ::/1 table main
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 oif veth2
ip -6 route add blackhole default table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table main
ip -6 route get 2001:db8:5:1::7 ipproto tcp
ip -6 route show table 200
ip -6 rule show table 100
ip -6 route get 2001:4860::8888 mark 7 uid 50 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 route get 2001:db8:5::1 mark 3 uid 50
ip -6 route get 2001:db8:b::1 mark 7
ip -6 rule add sport 1 ipproto ipv6-icmp to 2001:db8::/32 unreachable
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 oif veth2
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 ipproto udp sport 1 dport 80
ip -6 route del ::/1 table 100
ip -6 rule
ip -6 route show table all

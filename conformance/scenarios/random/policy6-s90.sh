# Seeded random IPv6 policy-routing scenario (seed 90), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 table 100
ip -6 route add unreachable ::/1 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 200
ip -6 route add prohibit 2001:db8:5:1::7 table 200
ip -6 route add default dev veth2 table 200
ip -6 route add default via 2001:db8:a::3 table main
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table main
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 uid 1500 ipproto udp sport 2500 dport 2001
ip -6 route get 2001:db8:5:1::9
ip -6 rule add not uidrange 1000-2000 dport 1001-1955 nop
ip -d -6 rule
ip -6 rule add uidrange 1000-2000 iif lo dport 1 table 200 suppress_ifgroup 0
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 route show table all
ip link set veth0 up
ip -6 route get 2001:db8:b::1 uid 50
ip -6 route show table all
ip -6 rule add pref 50 sport 1001-1026 fwmark 3/3 unreachable
ip -6 rule add pref 50 oif veth2 dport 2001 oif veth2 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 0x13
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 uid 50
ip -6 rule add pref 32000 ipproto ipv6-icmp from 2001:db8:a::/64 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 0x13
ip -6 rule add pref 50 ipproto ipv6-icmp from 2001:db8:b::1 sport 2001-3127 lookup main
ip -6 route show table all
ip -6 route get 2001:4860::8888
ip -d -6 rule
ip -6 rule add from 2001:db8:a::/64 goto 32000
ip -6 rule add pref 50 not iif lo uidrange 0-0 sport 1001-1382 unreachable
ip -6 rule add from 2001:db8:a::/64 to 2001:db8:6::/48 unreachable
ip -6 route get 2001:db8:b::1 ipproto tcp sport 1000 dport 80
ip -6 rule add pref 200 ipproto tcp oif veth2 blackhole
ip link set veth2 up
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 mark 3
ip -6 rule del fwmark 3/3 unreachable
ip -6 rule add oif veth0 lookup 100
ip -6 rule add pref 200 uidrange 0-100 lookup main
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5::1 fibmatch
ip -6 rule del not from 2001:db8:b::1 fwmark 3/3 dport 1 prohibit
ip -6 rule add oif veth0 dport 1001 blackhole
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth0 ipproto ipv6-icmp sport 1 dport 2001
ip -6 rule add ipproto ipv6-icmp sport 1001 oif veth0 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 oif veth0
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 route show table all
ip -d -6 rule
ip -6 rule add to 2001:4860::/32 prohibit
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 rule add pref 300 iif veth0 prohibit
ip link set veth2 up
ip -6 rule add oif veth0 table main suppress_prefixlength 48
ip -6 rule add pref 300 not dport 1 blackhole
ip -6 rule add pref 50 not ipproto udp fwmark 7 lookup main
ip link set veth2 down
ip -6 route get 2001:db8:5:1::7
ip -6 route del 2001:db8::/32 table main
ip -6 route show table 200
ip -6 rule add pref 300 from 2001:db8:a::/64 iif veth0 blackhole
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 mark 7 ipproto tcp sport 1 dport 1000
ip -6 rule show table 100
ip -6 rule add pref 300 to 2001:db8:5::/48 fwmark 3/3 sport 1001-2208 unreachable
ip -6 rule del from all dport 1-659 unreachable
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 uid 1500
ip -6 rule
ip -6 route show table all

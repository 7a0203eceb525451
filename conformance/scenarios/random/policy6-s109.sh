# Seeded random IPv6 policy-routing scenario (seed 109), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8:5::/48 table 100
ip -6 route add blackhole default table 100
ip -6 route add blackhole 2001:db8:5:1::/64 table 100
ip -6 route add prohibit ::/1 table 200
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table main
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -6 route add throw default table main
ip -6 route show table all
ip -6 rule add uidrange 1000-2000 table main suppress_prefixlength 32
ip -6 rule add oif veth2 oif veth0 blackhole
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 mark 3 ipproto udp sport 1000 dport 1000
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:5:1::9 fibmatch
ip -d -6 rule
ip -6 rule add pref 300 dport 1001 oif veth2 ipproto ipv6-icmp goto 50
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 100
ip -6 rule add uidrange 1000-2000 fwmark 7 goto 100
ip -6 rule list pref 100
ip -6 rule add pref 200 uidrange 1000-2000 unreachable
ip -6 route get 2001:db8:5:1::9 mark 0x13 uid 1500
ip -6 route add prohibit 2001:db8::/32 metric 10 table 100
ip -6 rule add ipproto ipv6-icmp blackhole
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:6::1
ip -6 rule add pref 100 not oif veth2 dport 2001-2665 table 100
ip -6 rule show
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 mark 0x13 uid 0
ip -6 rule list pref 100
ip -6 route get 2001:db8:a::9 fibmatch
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 fibmatch
ip -6 route get 2001:db8:a::9
ip -6 route add prohibit default table main
ip link set veth0 up
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 3 uid 1500 ipproto ipv6-icmp sport 1 dport 80
ip -6 rule add pref 300 ipproto udp iif veth1 prohibit
ip -6 route add unreachable 2001:db8:6::/48 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 oif veth2 ipproto udp sport 1500 dport 1000
ip -6 rule show table 100
ip -6 rule add pref 50 oif veth0 table 100
ip link set veth2 up
ip -6 rule add pref 50 to 2001:db8:6::/48 dport 1-1298 lookup 100
ip -6 rule add uidrange 0-0 oif veth0 from 2001:db8:b::1 table 100
ip -6 rule add pref 100 iif lo table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 oif veth0 ipproto ipv6-icmp sport 2500 dport 80
ip -6 rule show
ip link set veth2 up
ip -6 route add default dev veth0 metric 10 table main
ip -6 rule show
ip -6 route get 2001:db8:6::1 mark 7
ip link set veth2 up
ip -6 rule add dport 1-1238 to 2001:db8:5::/48 oif veth2 prohibit
ip link set veth0 up
ip -6 route show table all
ip -6 route get 2001:db8:b::1 oif veth0 ipproto tcp
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1
ip -6 rule add pref 50 oif veth2 to 2001:db8::/32 goto 50
ip -6 route del default table 100
ip -6 rule add pref 200 sport 1001-2684 prohibit
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 metric 10 table main
ip -6 rule add iif veth1 table 100 suppress_prefixlength 0
ip -6 rule add pref 300 fwmark 7 oif veth0 table 200 suppress_ifgroup 0
ip -6 rule add pref 32000 dport 1-1259 unreachable
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 uid 1500
ip -6 rule add pref 100 to 2001:4860::/32 goto 200
ip -6 rule add pref 50 to 2001:4860::/32 ipproto ipv6-icmp lookup main
ip -6 rule add pref 300 not oif veth2 from 2001:db8:a::/64 prohibit
ip -6 route get 2001:4860::8888 ipproto tcp sport 1500 dport 80 fibmatch
ip -6 rule
ip -6 route show table all

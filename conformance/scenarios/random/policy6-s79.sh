# Seeded random IPv6 policy-routing scenario (seed 79), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table 100
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table 200
ip -6 route add blackhole 2001:db8::/32 table 200
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table main
ip -6 route add unreachable 2001:db8::/32 metric 10 table main
ip -6 route add prohibit default table main
ip -6 route get 2001:db8:7::1
ip -6 rule add pref 50 iif veth1 dport 1 unreachable
ip -6 route get 2001:db8:5::1
ip -6 rule add pref 50 iif lo nop
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 ipproto udp sport 1000 dport 80
ip -6 rule list pref 100
ip -6 route get 2001:db8:a::9
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 200
ip -6 rule add pref 100 ipproto ipv6-icmp nop
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::9 mark 3 uid 1500
ip -6 rule
ip -6 rule add pref 50 oif veth0 unreachable
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 oif veth2 fibmatch
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 uid 0
ip -6 rule add pref 300 dport 2001-3257 sport 2001 goto 200
ip -6 rule add fwmark 3/3 iif veth0 lookup 100
ip -6 rule add fwmark 7 goto 200
ip -6 rule add not sport 2001-3806 unreachable
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 uid 0 ipproto tcp sport 1000 dport 80
ip -6 rule add pref 50 uidrange 0-0 nop
ip -6 route show table 200
ip -d -6 rule
ip -6 rule add pref 200 to 2001:db8::/32 uidrange 0-100 fwmark 3/3 table 200
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 fibmatch
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 3
ip -6 rule del fwmark 7
ip -6 rule del sport 2001 ipproto ipv6-icmp ipproto udp table 200 suppress_ifgroup 0
ip -6 rule
ip -6 rule add pref 32000 iif lo lookup 100
ip -6 rule add pref 300 oif veth0 uidrange 0-100 lookup main
ip -6 rule add iif veth1 lookup main
ip -6 route get 2001:db8:7::1
ip -6 rule del pref 50
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip link set veth0 down
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:6::1 oif veth2
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:5::1 oif veth0 uid 1500
ip -6 rule show
ip -6 rule add dport 2001-3296 from 2001:db8::/32 nop
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 7 uid 1500 ipproto tcp sport 1500 dport 1000
ip -6 rule add fwmark 3/3 to 2001:4860::/32 lookup 100
ip link set veth2 up
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1
ip -6 rule add uidrange 0-0 table 100 suppress_prefixlength 0
ip -6 route show table all
ip -6 rule del sport 1001 nop
ip -6 rule add iif veth0 fwmark 7 oif veth0 unreachable
ip -6 rule show table 100
ip -6 rule add sport 1001 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:6::1 oif veth2 mark 3 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule add ipproto udp from 2001:db8::/32 prohibit
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table main
ip -6 rule
ip -6 route show table all

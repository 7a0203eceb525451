# Seeded random IPv6 policy-routing scenario (seed 39), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default dev veth0 metric 10 table 100
ip -6 route add default via 2001:db8:b::2 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 table 100
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 200
ip -6 route add unreachable ::/1 metric 10 table main
ip -6 route add throw ::/1 table main
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table main
ip -6 route add default via 2001:db8:b::2 table 200
ip link set veth0 up
ip -6 rule show
ip -6 rule add pref 300 to 2001:db8:5::/48 table main suppress_prefixlength 48
ip -6 rule add pref 200 from all prohibit
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule del ipproto tcp to 2001:4860::/32 oif veth2
ip -6 route add unreachable ::/1 table 200
ip -6 rule
ip -6 rule add pref 300 not oif veth0 table 200 suppress_ifgroup 0
ip -6 rule add uidrange 0-100 from all nop
ip -j -6 rule
ip -6 rule add iif lo ipproto ipv6-icmp sport 2001-2372 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 2500 dport 80
ip -6 rule add pref 300 to 2001:db8:6::/48 nop
ip -6 route add 2001:db8:6::/48 dev veth2 table 200
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table 100
ip -6 rule del to 2001:db8:5::/48 ipproto tcp uidrange 0-100 lookup 100
ip link set veth0 down
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 oif veth0
ip -6 rule show
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:5:1::9
ip -6 route show table all
ip -6 rule del sport 2001
ip -6 rule del from all table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth0 mark 3 uid 50 ipproto udp sport 2500 dport 80
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 7
ip -6 rule add fwmark 0x10/0xf0 uidrange 0-0 iif veth1 table main suppress_prefixlength 32
ip -6 rule
ip -6 rule add pref 50 to 2001:db8::/32 fwmark 0x10/0xf0 fwmark 0x10/0xf0 lookup main
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 rule add fwmark 3/3 oif veth2 sport 1 table 200
ip -6 rule add pref 50 from all prohibit
ip -6 rule add pref 300 dport 2001 table 200 suppress_ifgroup 0
ip -6 route add default dev veth2 metric 10 table main
ip -6 rule show
ip -6 rule add pref 200 not iif lo sport 1 table 200 suppress_ifgroup 0
ip -6 rule add pref 50 fwmark 7 dport 2001 to 2001:db8::/32 table 200 suppress_ifgroup 5
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 uid 50
ip -6 rule add pref 100 not fwmark 7 ipproto ipv6-icmp prohibit
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 uid 1500
ip -6 rule add pref 100 not sport 1 oif veth2 table 200 suppress_ifgroup 5
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table 200
ip -6 rule add not oif veth2 oif veth0 prohibit
ip -6 route get 2001:db8:6::1 mark 7
ip -6 rule add pref 100 oif veth2 fwmark 0x10/0xf0 sport 1001 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 uid 50 ipproto ipv6-icmp sport 1500 dport 80 fibmatch
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth0 mark 7
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route del 2001:db8::/32 table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 rule show table 100
ip link set veth2 down
ip link set veth2 down
ip -6 route del default table 100
ip -6 rule show table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 0x13 fibmatch
ip -6 rule
ip -6 route show table all

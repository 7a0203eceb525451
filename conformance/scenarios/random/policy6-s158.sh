# Seeded random IPv6 policy-routing scenario (seed 158), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw ::/1 table 100
ip -6 route add prohibit 2001:db8::/32 table 100
ip -6 route add blackhole ::/1 metric 10 table 100
ip -6 route add prohibit 2001:db8::/32 table 200
ip -6 route add throw default metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 table 200
ip -6 route add default dev veth2 metric 10 table main
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table main
ip -6 route add blackhole 2001:db8:6::/48 table main
ip -6 route get 2001:db8:b::1 ipproto ipv6-icmp
ip -6 route add ::/1 dev veth2 table 100
ip -6 route get 2001:db8:b::1
ip -6 route del 2001:db8:6::/48 table 200
ip -j -6 rule
ip -6 route show table all
ip -6 rule add pref 200 from 2001:db8:b::1 table 100 suppress_prefixlength 32
ip -6 rule show table 100
ip -6 rule add from 2001:db8:b::1 prohibit
ip -6 route get 2001:db8:7::1
ip -6 rule add pref 50 not from 2001:db8:a::/64 sport 1001 nop
ip -6 rule add to 2001:db8::/32 to 2001:db8::/32 to 2001:db8::/32 blackhole
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 200
ip -6 rule list pref 100
ip -6 rule show
ip -6 route add blackhole 2001:db8::/32 metric 10 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1
ip -6 rule add iif veth0 ipproto tcp table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1
ip -6 rule
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 0x13
ip link set veth0 up
ip -6 rule del from all lookup main
ip -6 route get 2001:4860::8888
ip -6 rule add pref 100 dport 1 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth0 uid 0
ip -6 route get 2001:db8:a::9 ipproto tcp sport 2500 dport 2001 fibmatch
ip -6 route add prohibit ::/1 table 100
ip -6 route get 2001:db8:5::1 mark 7 uid 1500
ip -6 rule add pref 50 from 2001:db8:b::1 table 200 suppress_ifgroup 5
ip -6 rule add pref 32000 not from all iif veth1 dport 2001-2567 table 200
ip -6 rule add pref 300 iif veth1 sport 1 uidrange 0-100 nop
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 mark 3 ipproto udp
ip -6 route get 2001:db8:6::1 ipproto udp
ip -6 rule add pref 200 fwmark 0x10/0xf0 fwmark 3/3 dport 2001 table main suppress_prefixlength 0
ip -6 rule add fwmark 7 to 2001:db8::/32 nop
ip -6 rule del pref 300
ip -6 route get 2001:db8:b::1 oif veth2 uid 0
ip -6 rule del dport 1001-1209 ipproto udp
ip -6 rule add fwmark 0x10/0xf0 from 2001:db8:a::/64 nop
ip -d -6 rule
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::7 mark 3 uid 1500 fibmatch
ip -6 rule add pref 100 ipproto udp nop
ip -6 route add blackhole default table main
ip -6 rule add pref 200 ipproto udp oif veth0 sport 1 blackhole
ip -6 rule del not fwmark 7 ipproto tcp oif veth0 prohibit
ip -6 route get 2001:db8:a::9 oif veth2 uid 0
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 mark 0x13 ipproto tcp sport 1 dport 2001
ip -6 route show table 200
ip -6 rule
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table main
ip -6 rule del ipproto tcp ipproto tcp iif veth0 table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 mark 3
ip -6 rule del pref 200
ip -6 rule add pref 300 fwmark 3/3 oif veth0 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table main
ip -6 rule add pref 100 not ipproto udp blackhole
ip -6 rule del pref 100
ip -6 rule show table 100
ip -6 rule
ip -6 route show table all

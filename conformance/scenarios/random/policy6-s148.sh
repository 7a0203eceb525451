# Seeded random IPv6 policy-routing scenario (seed 148), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5::/48 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 route add prohibit default metric 10 table 100
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 route add unreachable 2001:db8::/32 table 200
ip -6 route add prohibit ::/1 table main
ip -6 route add throw ::/1 table main
ip -6 route add prohibit default table main
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 route get 2001:db8:7::1
ip -6 rule add pref 32000 dport 2001 to 2001:db8:5::/48 lookup 100
ip -6 rule list pref 100
ip -6 route add unreachable 2001:db8:5::/48 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 metric 10 table main
ip -d -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth2
ip -6 route add throw ::/1 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 200
ip -6 rule add pref 200 sport 1-554 fwmark 3/3 oif veth0 lookup main
ip -6 rule add pref 32000 oif veth0 table 200 suppress_ifgroup 5
ip -6 rule add pref 100 sport 1 table 100 suppress_prefixlength 32
ip -6 route add 2001:db8:5:1::7 dev veth0 table main
ip -6 route get 2001:db8:6::1 uid 0
ip -6 rule add pref 50 fwmark 0x10/0xf0 lookup 100
ip -6 rule add not iif veth0 fwmark 3/3 table 200
ip -6 rule add from all goto 32000
ip -6 route get 2001:4860::8888 oif veth0 ipproto udp sport 1000 dport 1000
ip -6 rule add dport 1001-1359 ipproto tcp sport 1001 blackhole
ip -6 rule add sport 2001-3104 dport 1 table 200 suppress_ifgroup 0
ip -6 rule show table 100
ip -6 rule add iif lo ipproto udp nop
ip -6 rule del oif veth2
ip -6 route get 2001:db8:6::1 mark 7
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table 100
ip -6 route del 2001:db8::/32 table 100
ip -6 route del ::/1 table 200
ip -6 route add 2001:db8:5::/48 dev veth0 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 uid 50
ip -6 route get 2001:db8:b::1 oif veth2 uid 0
ip -6 rule show table 100
ip -6 route get 2001:4860::8888
ip -6 rule add dport 1001-2707 nop
ip -6 route show table all
ip -6 rule
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:b::1 uid 0
ip -j -6 rule
ip -6 route show table all
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888
ip -6 rule add ipproto udp iif lo table 200
ip -6 rule add fwmark 3/3 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7 ipproto udp sport 1 dport 1000
ip -d -6 rule
ip -6 rule show table 100
ip -6 route get 2001:4860::8888 from 2001:db8:c::1
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table 200
ip -6 route get 2001:db8:a::9 mark 0x13 uid 1500
ip -6 rule list pref 100
ip -6 route add prohibit 2001:db8::/32 table main
ip -6 route show table 200
ip link set veth0 up
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 ipproto udp
ip -6 rule add uidrange 1000-2000 prohibit
ip -6 route get 2001:db8:b::1
ip -6 rule
ip -6 route show table all

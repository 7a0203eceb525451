# Seeded random IPv6 policy-routing scenario (seed 134), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 dev veth2 table 100
ip -6 route add blackhole 2001:db8:5:1::/64 table 100
ip -6 route add prohibit 2001:db8:6::/48 table 100
ip -6 route add default via 2001:db8:c::2 table 200
ip -6 route add ::/1 dev veth0 metric 10 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 200
ip -6 route add throw ::/1 metric 10 table main
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table main
ip -d -6 rule
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table 100
ip -6 route get 2001:db8:a::9 oif veth0
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 100
ip -d -6 rule
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 ipproto udp
ip -6 rule del pref 50
ip -d -6 rule
ip -6 rule add uidrange 0-100 nop
ip -6 route show table 200
ip -6 route show table all
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 uid 50
ip -6 rule del pref 100
ip -6 rule show
ip -6 route get 2001:db8:7::1 mark 7
ip -6 rule del iif veth1 to 2001:db8::/32 oif veth0 lookup main
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 oif veth2 fibmatch
ip -6 rule add from 2001:db8:a::/64 uidrange 0-100 nop
ip -6 route get 2001:4860::8888 uid 0
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 mark 7 fibmatch
ip -6 rule show table 100
ip -6 route add blackhole default table 100
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 100
ip -6 rule add pref 50 fwmark 3/3 iif lo table 100
ip -6 rule show
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 rule del pref 300
ip -6 route get 2001:4860::8888 oif veth2 mark 3
ip -6 route get 2001:db8:5:1::7 mark 0x13 uid 1500
ip -j -6 rule
ip -6 route show table 200
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth0
ip -6 rule add dport 1-1325 unreachable
ip -6 rule del pref 50
ip -6 rule add pref 300 sport 2001-3055 oif veth0 blackhole
ip -6 rule add not dport 1 prohibit
ip -6 route show table all
ip -6 rule add sport 2001-3911 lookup main
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:4860::8888 fibmatch
ip -6 route get 2001:db8:b::1 oif veth0 uid 0
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -d -6 rule
ip -6 rule del not dport 1-1553 dport 1-1614 uidrange 0-100 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:7::1 uid 0
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5:1::9 mark 0x13 uid 0
ip -6 rule add to 2001:db8:5::/48 ipproto udp table 100
ip -6 route add unreachable default metric 10 table main
ip -6 rule show table 100
ip -6 rule add ipproto tcp oif veth2 sport 2001 prohibit
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 route del 2001:db8::/32 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 7
ip -6 rule add iif lo goto 100
ip -6 rule add to 2001:db8::/32 dport 2001 unreachable
ip -6 rule del from 2001:db8::/32 table 100 suppress_prefixlength 0
ip -6 rule
ip -6 route show table all

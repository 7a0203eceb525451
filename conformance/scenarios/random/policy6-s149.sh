# Seeded random IPv6 policy-routing scenario (seed 149), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole default metric 10 table 100
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 100
ip -6 route add unreachable 2001:db8::/32 table 100
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 200
ip -6 route add prohibit 2001:db8:6::/48 table 200
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -6 route add prohibit default table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table main
ip -6 rule
ip -6 route get 2001:db8:5:1::9
ip -6 route add throw 2001:db8:5:1::/64 table 200
ip -6 rule del not fwmark 7
ip -6 rule del pref 100
ip -6 rule
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 route del default table 100
ip -j -6 rule
ip link set veth2 up
ip -6 rule add pref 200 uidrange 0-0 prohibit
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 rule show
ip -6 route get 2001:db8:5:1::7 mark 0x13
ip -6 rule add sport 2001 uidrange 0-0 blackhole
ip -6 rule show
ip -6 route show table 200
ip -6 rule add pref 50 sport 1001 to 2001:4860::/32 goto 300
ip -6 route show table all
ip -6 rule del pref 32000
ip -6 rule add pref 200 from 2001:db8::/32 sport 1001 table 200 suppress_ifgroup 0
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 metric 10 table 100
ip -6 route show table 200
ip -6 route get 2001:db8:a::9 oif veth0
ip -6 rule del fwmark 0x10/0xf0
ip -6 rule add pref 50 to 2001:db8:6::/48 from 2001:db8:a::/64 ipproto udp goto 50
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table 200
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1
ip -6 rule add fwmark 0x10/0xf0 goto 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 100
ip -6 rule add dport 1 from 2001:db8:a::/64 table 100
ip -6 rule add pref 200 ipproto tcp nop
ip -6 rule add not uidrange 0-0 blackhole
ip -6 route get 2001:db8:6::1
ip -6 rule show
ip -6 rule add pref 100 dport 1001-2437 iif veth1 unreachable
ip -6 rule del from 2001:db8::/32
ip -6 rule del pref 100
ip -6 rule add pref 300 iif veth0 goto 100
ip -6 rule add pref 32000 to 2001:db8:6::/48 goto 32000
ip -6 route show table all
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 mark 7 uid 1500 ipproto tcp sport 1000 dport 1000
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table main
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 7 ipproto udp sport 1500 dport 1000
ip -6 rule add pref 32000 fwmark 3/3 ipproto udp iif lo table main suppress_prefixlength 48
ip -6 rule del pref 300
ip -6 route get 2001:db8:6::1 uid 50 ipproto tcp
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table main
ip -6 rule del fwmark 7 iif veth1 sport 1-1714 table 200 suppress_ifgroup 5
ip -6 rule add pref 200 sport 2001 from 2001:db8::/32 from all table main suppress_prefixlength 32
ip -6 rule del pref 32000
ip -6 rule list pref 100
ip -6 rule add from all blackhole
ip -6 rule del pref 200
ip -6 route get 2001:db8:b::1 mark 7
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:a::9 mark 0x13 uid 50
ip -6 rule add oif veth0 from 2001:db8:b::1 prohibit
ip -6 rule add pref 32000 oif veth0 table 100 suppress_prefixlength 32
ip -6 rule
ip -6 route show table all

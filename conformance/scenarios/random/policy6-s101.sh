# Seeded random IPv6 policy-routing scenario (seed 101), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 100
ip -6 route add throw 2001:db8:6::/48 table 100
ip -6 route add blackhole 2001:db8:5::/48 table 100
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table 200
ip -6 route add throw default metric 10 table 200
ip -6 route add throw 2001:db8:6::/48 table 200
ip -6 route add unreachable default table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table main
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto udp sport 1500 dport 80
ip -6 route get 2001:db8:b::1 ipproto tcp sport 2500 dport 80
ip -6 route del ::/1 table 100
ip -6 rule show table 100
ip -6 rule add pref 100 uidrange 0-0 iif veth1 unreachable
ip -6 rule list pref 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 100
ip -6 route show table 200
ip -6 rule show
ip -6 rule show table 100
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table main
ip link set veth2 up
ip -6 route get 2001:db8:6::1 mark 7 uid 0
ip -6 rule add to 2001:4860::/32 to 2001:4860::/32 table 100
ip -6 rule
ip -j -6 rule
ip -6 rule add oif veth0 to 2001:db8:6::/48 unreachable
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 100
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table main
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 uid 0
ip -6 route get 2001:db8:a::9 mark 3
ip -6 route get 2001:db8:a::9
ip -6 rule show
ip link set veth2 up
ip -6 rule add to 2001:db8:5::/48 from 2001:db8:a::/64 unreachable
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 mark 7
ip -6 route get 2001:db8:a::9 mark 0x13 uid 1500
ip -6 rule list pref 100
ip -j -6 rule
ip -6 rule show
ip -6 route get 2001:db8:5:1::9 ipproto tcp
ip -6 rule add fwmark 0x10/0xf0 unreachable
ip -6 route del 2001:db8:5:1::7 table 100
ip -j -6 rule
ip -6 route add 2001:db8:5:1::7 dev veth2 table 200
ip -6 rule
ip -6 rule
ip -6 rule add dport 2001 prohibit
ip -6 route add unreachable default metric 10 table 100
ip -6 route get 2001:4860::8888 mark 0x13
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 oif veth0
ip -6 rule add pref 32000 iif veth1 to 2001:4860::/32 fwmark 7 blackhole
ip -6 route show table 200
ip -6 rule del uidrange 1000-2000 iif veth1 table 200
ip -6 rule list pref 100
ip -6 rule add pref 200 fwmark 7 oif veth2 table 100
ip -6 route add prohibit 2001:db8::/32 table 200
ip -6 rule add oif veth2 lookup 100
ip -6 rule add dport 1001-1494 dport 1 to 2001:db8:5::/48 table 100 suppress_prefixlength 0
ip -6 route show table all
ip -6 rule add oif veth2 ipproto tcp nop
ip -6 rule add fwmark 7 fwmark 3/3 oif veth0 table 200 suppress_ifgroup 5
ip -6 rule add ipproto udp table main suppress_prefixlength 48
ip -6 rule add pref 200 from 2001:db8::/32 ipproto ipv6-icmp blackhole
ip -6 rule del sport 2001 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 uid 0
ip -6 rule add pref 100 ipproto udp iif lo table 200
ip -6 rule del iif veth1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 uid 1500 ipproto udp
ip -6 rule
ip -6 route show table all

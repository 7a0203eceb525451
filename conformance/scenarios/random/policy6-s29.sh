# Seeded random IPv6 policy-routing scenario (seed 29), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table 100
ip -6 route add prohibit default table 100
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 200
ip -6 route add ::/1 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table 200
ip -6 route add prohibit ::/1 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table main
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 route show table 200
ip -6 route get 2001:db8:b::1 oif veth2
ip -6 rule del oif veth0 iif veth0 ipproto tcp prohibit
ip -6 route get 2001:db8:5:1::9 mark 7
ip -6 rule
ip -6 route del 2001:db8:5::/48 table 200
ip -6 rule add ipproto tcp sport 2001 nop
ip -6 rule del not iif veth0 fwmark 3/3 table 200 suppress_ifgroup 5
ip -6 route del default table 200
ip -6 rule add pref 100 to 2001:db8:6::/48 ipproto ipv6-icmp table main suppress_prefixlength 48
ip -6 rule add pref 50 from all uidrange 0-100 table 100
ip -6 rule del from 2001:db8::/32
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route del default table 100
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 rule add pref 300 dport 1-1017 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 7
ip -6 route add unreachable 2001:db8:5:1::/64 table main
ip -6 rule show table 100
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table main
ip -6 rule add fwmark 7 dport 1-1843 unreachable
ip -6 rule del to 2001:db8:6::/48 fwmark 3/3 goto 200
ip -6 rule add pref 300 sport 2001-2788 table 200 suppress_ifgroup 5
ip -6 rule show
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99
ip -6 route get 2001:db8:6::1
ip -6 rule add oif veth0 table 100
ip -6 rule add pref 50 from 2001:db8:b::1 to 2001:db8:5::/48 from all nop
ip -6 route show table all
ip -6 rule add sport 1001 oif veth2 to 2001:db8:5::/48 table main suppress_prefixlength 32
ip -j -6 rule
ip -6 route get 2001:db8:6::1 mark 3 uid 1500
ip -6 route get 2001:db8:5:1::9 ipproto ipv6-icmp
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1
ip -6 rule list pref 100
ip -6 rule add pref 200 from 2001:db8:b::1 oif veth0 prohibit
ip -6 rule show
ip link set veth2 up
ip -6 rule add uidrange 0-0 table 200
ip -6 route add blackhole 2001:db8:5::/48 table main
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 oif veth2 fibmatch
ip -6 rule del pref 32000
ip -6 route add 2001:db8:6::/48 dev veth0 table 200
ip -6 route get 2001:db8:5:1::7 oif veth0
ip link set veth0 up
ip -6 rule add iif veth0 blackhole
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 fibmatch
ip -6 route add ::/1 dev veth2 metric 10 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 100
ip -6 route add default dev veth0 table 200
ip -6 rule add pref 100 oif veth2 table 100
ip -6 rule add oif veth0 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1 uid 50
ip -6 route get 2001:db8:b::1
ip -6 rule add from 2001:db8:b::1 fwmark 7 unreachable
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 uid 50
ip -6 rule
ip -6 route show table all

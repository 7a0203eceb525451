# Seeded random IPv6 policy-routing scenario (seed 98), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 100
ip -6 route add throw 2001:db8::/32 metric 10 table 100
ip -6 route add 2001:db8:6::/48 dev veth0 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth2 table main
ip -6 route add ::/1 dev veth2 metric 10 table main
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table main
ip -6 route add unreachable 2001:db8:5:1::7 table 100
ip -6 rule add pref 50 not dport 1001 goto 300
ip -6 rule del to 2001:db8::/32
ip -6 rule del pref 50
ip -6 route add unreachable 2001:db8::/32 metric 10 table main
ip -6 route get 2001:db8:7::1 oif veth2 mark 3 uid 1500
ip -6 route show table all
ip -6 rule add dport 1001-2214 from 2001:db8::/32 goto 100
ip -6 rule add pref 200 sport 1001-2688 to 2001:4860::/32 table 100 suppress_prefixlength 48
ip -6 rule
ip -6 rule add pref 100 uidrange 0-0 prohibit
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 mark 0x13 ipproto tcp sport 1500 dport 1000
ip -6 rule add pref 100 oif veth2 sport 1001 table 200 suppress_ifgroup 0
ip -6 rule add pref 100 to 2001:db8:5::/48 oif veth2 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1 mark 3 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule add pref 100 dport 2001-2421 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 ipproto ipv6-icmp
ip -6 rule del pref 200
ip -6 route get 2001:db8:a::9
ip -6 rule show table 100
ip -6 rule add fwmark 3/3 table 100
ip -6 rule list pref 100
ip -6 rule
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1000 dport 1000
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 100
ip -6 rule add pref 300 not sport 1 oif veth2 goto 100
ip -6 rule del pref 300
ip -6 route get 2001:db8:5:1::7 oif veth2
ip -6 route get 2001:db8:7::1
ip -6 route add blackhole 2001:db8::/32 table 100
ip -6 rule del pref 200
ip -d -6 rule
ip -6 rule show
ip -6 rule add pref 300 sport 2001-2192 sport 2001-2556 lookup 100
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 uid 50 fibmatch
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 100
ip -6 rule add pref 32000 uidrange 1000-2000 blackhole
ip -6 rule add fwmark 7 uidrange 1000-2000 sport 1-173 prohibit
ip -6 rule add pref 50 iif veth0 unreachable
ip -6 route get 2001:db8:b::1
ip link set veth0 up
ip -6 rule show table 100
ip -6 rule show
ip link set veth2 up
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 rule show
ip -6 route show table all
ip -6 route get 2001:4860::8888
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 route get 2001:db8:6::1 oif veth0
ip -6 route show table 200
ip -6 rule add pref 32000 not dport 1-543 oif veth0 table 100
ip -6 route get 2001:db8:6::1
ip link set veth2 up
ip -6 route get 2001:db8:5:1::7
ip -6 rule show table 100
ip -6 rule add pref 200 not sport 2001 uidrange 0-100 goto 100
ip -6 rule
ip -6 route show table all

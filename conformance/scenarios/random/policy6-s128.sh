# Seeded random IPv6 policy-routing scenario (seed 128), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip -6 route add default dev veth0 table 100
ip -6 route add prohibit 2001:db8:5:1::7 table 200
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table main
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table main
ip -6 route get 2001:db8:5::1 uid 0
ip -6 rule list pref 100
ip -6 route add prohibit 2001:db8::/32 metric 10 table main
ip -6 route get 2001:db8:5:1::7 oif veth0 ipproto tcp
ip -6 route get 2001:db8:5:1::9 ipproto ipv6-icmp
ip -6 rule add from all table 100
ip -6 rule add not sport 1001 dport 1001-2688 fwmark 7 lookup 100
ip -d -6 rule
ip -6 rule add pref 100 iif lo fwmark 7 blackhole
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 uid 50
ip -6 rule del not dport 1001-1325
ip -6 rule add pref 100 from 2001:db8::/32 uidrange 0-0 to 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:5:1::7
ip -6 rule show table 100
ip -6 rule show
ip -d -6 rule
ip -6 rule add dport 1-1286 blackhole
ip -6 route get 2001:4860::8888
ip -6 rule add oif veth0 goto 200
ip -6 route get 2001:db8:7::1 mark 7 uid 50 ipproto udp sport 1000 dport 2001
ip -6 rule add pref 200 not from 2001:db8::/32 sport 1 table 200 suppress_ifgroup 0
ip -6 route del 2001:db8:6::/48 table main
ip -d -6 rule
ip -6 rule add pref 50 uidrange 1000-2000 unreachable
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule add uidrange 0-100 sport 1-1791 prohibit
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 metric 10 table 200
ip -6 route show table all
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1 oif veth0 uid 1500
ip -6 rule add pref 100 from 2001:db8:a::/64 table 200 suppress_ifgroup 0
ip -6 rule add pref 50 sport 1001 iif veth0 lookup main
ip link set veth2 up
ip -6 route get 2001:db8:7::1 fibmatch
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99
ip -6 rule add sport 2001-2999 uidrange 0-100 unreachable
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::7 mark 3 ipproto ipv6-icmp sport 1 dport 1000
ip -6 route get 2001:db8:a::9 uid 1500
ip -6 rule show
ip -6 route get 2001:db8:b::1
ip -6 rule add uidrange 0-100 to 2001:4860::/32 uidrange 0-100 blackhole
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 rule
ip -6 rule show
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 mark 7
ip -6 route show table 200
ip -6 route add throw default table main
ip -6 route get 2001:db8:6::1 mark 3
ip -6 route add prohibit 2001:db8:5:1::/64 table 200
ip -6 rule del pref 300
ip -6 route add default via 2001:db8:a::2 table 200
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 mark 3
ip -6 route get 2001:4860::8888
ip -6 rule del oif veth0 from 2001:db8::/32 dport 1001
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule del to 2001:db8:5::/48
ip -6 route get 2001:db8:6::1 mark 7 ipproto ipv6-icmp
ip link set veth2 down
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 rule
ip -6 route show table all

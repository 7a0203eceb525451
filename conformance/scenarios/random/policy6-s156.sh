# Seeded random IPv6 policy-routing scenario (seed 156), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default dev veth0 metric 10 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 100
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table main
ip -6 rule add pref 32000 uidrange 0-100 goto 200
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 rule add iif veth0 table 200
ip -6 rule del pref 300
ip link set veth0 down
ip -6 route add ::/1 via 2001:db8:c::2 table 100
ip link set veth0 down
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:5::1 uid 50
ip -6 rule add pref 32000 oif veth0 table 200 suppress_ifgroup 0
ip -6 rule add pref 200 uidrange 0-100 to 2001:4860::/32 nop
ip -6 route get 2001:db8:5:1::9 mark 0x13 uid 50
ip -6 route get 2001:db8:a::9 mark 3
ip -6 rule add from 2001:db8::/32 from 2001:db8::/32 sport 2001 lookup main
ip -6 route del default table main
ip -6 route show table 200
ip -6 rule del not oif veth2 unreachable
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 uid 50 ipproto ipv6-icmp
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 200
ip -6 rule list pref 100
ip -6 rule add oif veth2 from all lookup 100
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 ipproto udp sport 2500 dport 2001
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 100
ip -6 rule add pref 32000 to 2001:db8:5::/48 ipproto ipv6-icmp to 2001:db8::/32 nop
ip -6 rule show
ip -6 route get 2001:db8:5::1
ip -6 route del default table main
ip -6 rule add pref 100 to 2001:db8:6::/48 table 100
ip -6 rule add pref 32000 uidrange 0-0 table 200 suppress_ifgroup 5
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 fibmatch
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 mark 7
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 oif veth2
ip -6 route get 2001:db8:5:1::9 oif veth2 uid 50
ip -6 rule add not fwmark 3/3 iif lo nop
ip -j -6 rule
ip -6 rule show table 100
ip -6 route get 2001:db8:7::1 ipproto udp sport 1000 dport 2001
ip -6 route del 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:7::1 oif veth2 ipproto udp sport 1000 dport 2001
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:a::3 table main
ip -d -6 rule
ip -6 rule add pref 200 fwmark 0x10/0xf0 lookup 100
ip -6 rule add pref 300 to 2001:db8:5::/48 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 oif veth0 mark 3 ipproto tcp
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 ipproto udp
ip -6 route get 2001:db8:5::1
ip link set veth2 down
ip -6 rule add fwmark 3/3 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:6::1
ip -6 rule
ip -6 rule add uidrange 0-100 lookup 100
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 mark 7 ipproto tcp
ip -6 rule list pref 100
ip -6 route add ::/1 via 2001:db8:a::2 metric 10 table 100
ip -6 rule add pref 300 not uidrange 0-100 table 200 suppress_ifgroup 0
ip -6 rule del not uidrange 1000-2000 table 200
ip -6 route add 2001:db8::/32 dev veth0 table 100
ip -6 rule
ip -6 route show table all

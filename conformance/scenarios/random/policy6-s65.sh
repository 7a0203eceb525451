# Seeded random IPv6 policy-routing scenario (seed 65), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8::/32 table 100
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 200
ip -6 route add 2001:db8:5::/48 dev veth2 table 200
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table main
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -6 route add blackhole 2001:db8:5:1::/64 table main
ip -6 route get 2001:db8:6::1 mark 3
ip -6 rule del to 2001:db8:5::/48
ip -6 route del ::/1 table 100
ip -j -6 rule
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 uid 0
ip link set veth0 up
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:5::1 mark 3 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule
ip -6 rule add pref 50 iif lo dport 2001 table main suppress_prefixlength 48
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 3 ipproto udp sport 2500 dport 1000
ip -6 rule del pref 50
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 uid 1500
ip -6 rule add pref 300 to 2001:db8::/32 to 2001:db8::/32 table 100 suppress_prefixlength 32
ip -6 route add unreachable 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:5:1::9 oif veth2 mark 3
ip -6 rule del ipproto udp dport 1001-2299 table 200 suppress_ifgroup 0
ip -d -6 rule
ip link set veth2 up
ip -6 rule add pref 200 uidrange 0-100 from all table 100 suppress_prefixlength 48
ip -6 rule add pref 100 from all to 2001:db8::/32 lookup 100
ip -6 route get 2001:4860::8888
ip -6 rule add oif veth2 oif veth2 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:7::1 uid 0
ip -6 rule add from 2001:db8:a::/64 from all nop
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 mark 7
ip -6 route add unreachable ::/1 metric 10 table 200
ip -6 rule add pref 50 uidrange 0-100 from 2001:db8::/32 prohibit
ip -6 route show table all
ip link set veth0 up
ip -6 rule add pref 32000 uidrange 1000-2000 table 100
ip -d -6 rule
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table main
ip -6 route get 2001:db8:b::1 mark 7
ip -6 rule add pref 50 iif veth1 to 2001:db8::/32 nop
ip -6 route get 2001:db8:b::1
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 uid 50 ipproto ipv6-icmp sport 1 dport 80
ip -6 route del ::/1 table 200
ip -6 route del default table 100
ip -6 route add prohibit ::/1 table main
ip -6 rule add pref 300 oif veth0 fwmark 7 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 0x13 uid 0
ip -6 rule add pref 50 oif veth0 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 0x13 uid 1500 ipproto udp
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 mark 7
ip -j -6 rule
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 mark 0x13 uid 50 fibmatch
ip -6 route show table all
ip -6 rule del uidrange 0-100 uidrange 0-0
ip -j -6 rule
ip -6 rule show
ip -6 rule add from 2001:db8:b::1 dport 1001 table 200 suppress_ifgroup 5
ip -j -6 rule
ip -6 rule
ip -6 rule add pref 100 uidrange 1000-2000 table 200
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 143), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 100
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 route add prohibit default table 100
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 200
ip -6 route add blackhole ::/1 table 200
ip -6 route add blackhole 2001:db8::/32 table main
ip -6 route add unreachable 2001:db8:5::/48 metric 10 table main
ip -6 route add unreachable ::/1 metric 10 table main
ip -6 route get 2001:db8:b::1 fibmatch
ip -6 rule add pref 200 sport 2001 sport 2001-2466 table 200 suppress_ifgroup 0
ip -6 rule list pref 100
ip -6 rule add iif veth0 lookup 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table 100
ip -6 route show table 200
ip -6 rule add pref 300 from 2001:db8::/32 sport 1-1351 uidrange 0-100 table 200
ip -6 rule list pref 100
ip -6 rule add dport 1 oif veth2 lookup main
ip -6 rule add pref 50 fwmark 3/3 to 2001:db8:5::/48 to 2001:db8:5::/48 nop
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table 100
ip -6 route get 2001:db8:b::1 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 rule add fwmark 7 dport 1-201 prohibit
ip -6 route get 2001:db8:5:1::7 oif veth0 ipproto ipv6-icmp sport 1500 dport 2001
ip -6 route get 2001:db8:5:1::7
ip -d -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route show table all
ip -6 route get 2001:db8:6::1 mark 7 uid 50
ip -6 rule
ip -6 route get 2001:db8:a::9 uid 0
ip -6 rule add pref 100 not ipproto tcp table 100 suppress_prefixlength 48
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -j -6 rule
ip -6 rule
ip -6 route del 2001:db8:5:1::7 table 100
ip link set veth0 up
ip -6 rule show table 100
ip -6 rule add to 2001:db8::/32 dport 1001-2910 table 200 suppress_ifgroup 0
ip -6 rule add fwmark 0x10/0xf0 iif veth1 to 2001:db8::/32 table 100 suppress_prefixlength 0
ip -6 rule del to 2001:4860::/32
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 rule add sport 1 oif veth0 lookup 100
ip -6 rule add not dport 1-370 fwmark 7 goto 50
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 200
ip link set veth2 up
ip -6 rule del from 2001:db8::/32 uidrange 1000-2000
ip -6 route show table all
ip -6 rule add fwmark 3/3 fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::7 oif veth0 mark 0x13 ipproto ipv6-icmp
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip link set veth0 down
ip -6 rule add pref 300 ipproto ipv6-icmp blackhole
ip link set veth0 up
ip -6 route get 2001:db8:5::1 ipproto udp sport 2500 dport 80
ip -6 route get 2001:db8:a::9 mark 0x13 ipproto udp sport 1 dport 1000
ip -6 rule add pref 300 sport 1 goto 200
ip -6 rule add pref 300 fwmark 3/3 table 100 suppress_prefixlength 32
ip link set veth0 up
ip -6 rule add oif veth0 lookup 100
ip -6 rule show
ip -6 rule add to 2001:db8:6::/48 blackhole
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 rule add pref 32000 sport 1001 to 2001:db8:6::/48 nop
ip -6 rule
ip -6 route get 2001:db8:a::9 mark 7 ipproto tcp sport 1 dport 1000
ip -6 rule
ip -6 rule add pref 100 not sport 1 fwmark 3/3 table 200 suppress_ifgroup 0
ip -6 rule
ip -6 route show table all

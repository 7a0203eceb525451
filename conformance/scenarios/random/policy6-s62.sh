# Seeded random IPv6 policy-routing scenario (seed 62), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:c::2 metric 10 table 100
ip -6 route add default via 2001:db8:a::3 metric 10 table 100
ip -6 route add unreachable 2001:db8:6::/48 table 100
ip -6 route add throw 2001:db8:5:1::/64 table 200
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route add throw default table 200
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table main
ip -6 rule add pref 100 dport 2001 from all goto 300
ip -6 rule add pref 200 fwmark 7 to 2001:db8::/32 unreachable
ip -6 rule add pref 100 not uidrange 0-100 table 200
ip -6 route show table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 rule del sport 1001-2730 dport 1001-1773 goto 100
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1
ip -6 rule add dport 2001-2831 prohibit
ip -6 route del default table 200
ip -6 rule add ipproto udp fwmark 3/3 sport 2001-2693 unreachable
ip -6 rule del oif veth2 to 2001:db8:5::/48 from 2001:db8:a::/64 goto 300
ip -6 rule add pref 50 uidrange 0-0 from all table 200
ip -6 rule del sport 1001-1116 prohibit
ip -6 route del 2001:db8:6::/48 table 100
ip -6 route add ::/1 via 2001:db8:c::2 table 200
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 7 uid 50
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 route show table all
ip -d -6 rule
ip -6 rule show
ip -j -6 rule
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 route add unreachable default metric 10 table 200
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:a::9 ipproto tcp
ip -6 rule add iif veth1 fwmark 7 table 100 suppress_prefixlength 48
ip -6 rule add pref 32000 sport 1-1485 unreachable
ip -6 route get 2001:db8:5::1 oif veth0 mark 0x13
ip -6 rule del pref 100
ip -6 rule show
ip -6 route add default via 2001:db8:a::3 metric 10 table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 uid 0
ip -6 rule add pref 300 iif veth1 table 200 suppress_ifgroup 0
ip -6 rule add pref 200 iif veth1 sport 1001-1792 lookup 100
ip -6 rule del pref 50
ip -6 rule show table 100
ip -6 rule add pref 300 oif veth2 goto 100
ip -6 rule add dport 1001 from 2001:db8:b::1 from 2001:db8::/32 blackhole
ip -6 route add throw default metric 10 table 200
ip -6 route add blackhole ::/1 table 100
ip -j -6 rule
ip -6 route get 2001:db8:a::9 mark 7 ipproto tcp sport 1 dport 1000
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 oif veth2 uid 1500
ip -6 rule add pref 200 oif veth2 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 rule add pref 32000 iif veth0 unreachable
ip -6 rule add fwmark 7 iif veth0 lookup main
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 rule add pref 32000 fwmark 3/3 from all to 2001:db8:6::/48 table 200 suppress_ifgroup 0
ip -6 rule add oif veth2 to 2001:4860::/32 prohibit
ip -6 rule add dport 1001 table 200 suppress_ifgroup 0
ip -6 route del 2001:db8::/32 table 100
ip -6 rule add from 2001:db8:b::1 table 200
ip -6 rule list pref 100
ip -6 rule show table 100
ip -6 route get 2001:db8:b::1 ipproto udp
ip -6 route show table all
ip -6 rule add pref 50 fwmark 0x10/0xf0 sport 1-1117 prohibit
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 92), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route add blackhole 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 200
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 route add unreachable 2001:db8:5::/48 metric 10 table 200
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table main
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 rule add not to 2001:4860::/32 uidrange 1000-2000 from 2001:db8::/32 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 ipproto udp sport 1 dport 2001
ip -6 route add unreachable 2001:db8::/32 table main
ip -6 rule add pref 50 oif veth0 prohibit
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 mark 7
ip -6 route get 2001:db8:5:1::9
ip -6 route add blackhole 2001:db8:5:1::/64 table 100
ip -6 rule add pref 50 oif veth0 ipproto udp table 100 suppress_prefixlength 48
ip -6 rule add ipproto udp ipproto udp goto 300
ip -6 route get 2001:db8:b::1 oif veth2 mark 7
ip -6 rule del pref 32000
ip -6 rule list pref 100
ip -6 rule add pref 32000 oif veth2 ipproto udp unreachable
ip -6 rule add pref 50 to 2001:db8:5::/48 nop
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 uid 0
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 oif veth0 ipproto udp
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -6 route del ::/1 table 200
ip -6 rule add to 2001:db8:5::/48 uidrange 0-100 unreachable
ip -6 rule add pref 200 to 2001:db8::/32 iif veth1 to 2001:db8::/32 goto 32000
ip -6 rule add fwmark 7 fwmark 0x10/0xf0 table 200 suppress_ifgroup 5
ip -j -6 rule
ip link set veth0 up
ip -6 rule show
ip -6 route show table all
ip -6 route get 2001:db8:7::1 ipproto tcp
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 rule list pref 100
ip -6 rule show table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1
ip -6 route get 2001:4860::8888 oif veth2 mark 7 uid 50
ip link set veth2 down
ip -6 rule add pref 100 dport 1001-2106 oif veth2 oif veth2 table 200 suppress_ifgroup 5
ip -6 rule add pref 100 fwmark 7 dport 2001-3958 table 200 suppress_ifgroup 0
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 table main
ip -6 route get 2001:db8:6::1 ipproto udp sport 1500 dport 1000
ip -6 rule add to 2001:4860::/32 uidrange 0-0 fwmark 0x10/0xf0 table 200 suppress_ifgroup 0
ip -6 rule del iif veth0 sport 1001 from 2001:db8:a::/64
ip -6 rule add pref 50 iif veth0 uidrange 0-0 dport 2001-2069 blackhole
ip -6 rule add pref 300 oif veth2 blackhole
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 uid 0
ip -6 route get 2001:db8:6::1 ipproto tcp sport 1 dport 1000
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:b::1 mark 0x13
ip -6 rule add pref 300 iif lo fwmark 0x10/0xf0 ipproto tcp goto 32000
ip -6 rule add not uidrange 1000-2000 uidrange 1000-2000 unreachable
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 7 uid 1500
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 route get 2001:db8:7::1 mark 0x13 ipproto udp sport 1 dport 2001
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route get 2001:db8:5:1::7 oif veth2 ipproto ipv6-icmp
ip -6 route get 2001:4860::8888 mark 3 ipproto udp sport 1500 dport 1000
ip -d -6 rule
ip -6 rule add iif lo table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 route get 2001:db8:6::1 uid 1500
ip -6 route show table 200
ip -6 rule add fwmark 7 from 2001:db8:a::/64 goto 32000
ip -6 route add prohibit default metric 10 table 100
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 58), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add ::/1 via 2001:db8:c::2 table 100
ip -6 route add blackhole default metric 10 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 table 200
ip -6 route add prohibit 2001:db8:5:1::7 table main
ip -6 route add 2001:db8::/32 dev veth2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table main
ip -d -6 rule
ip -6 rule del iif veth0 uidrange 0-100
ip -6 rule add pref 100 oif veth2 dport 2001-3138 table 100
ip -6 rule add pref 100 ipproto udp sport 2001 prohibit
ip -6 rule list pref 100
ip -6 route get 2001:db8:b::1
ip -6 rule add dport 2001-2722 dport 1-1709 lookup main
ip -6 rule add pref 300 from 2001:db8:b::1 from 2001:db8::/32 goto 32000
ip -6 rule
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 200
ip -6 rule show table 100
ip -6 rule add pref 32000 to 2001:db8::/32 prohibit
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1
ip -6 rule del not from 2001:db8:a::/64 iif veth0 lookup main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table 100
ip -6 route get 2001:db8:5:1::7
ip -6 rule add pref 50 iif veth1 uidrange 1000-2000 to 2001:db8:6::/48 prohibit
ip -6 rule del uidrange 0-0 uidrange 0-100 sport 1001
ip -d -6 rule
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 rule add ipproto udp to 2001:db8:6::/48 sport 1001 prohibit
ip -6 rule show table 100
ip -6 route get 2001:4860::8888 ipproto udp
ip -6 rule del not sport 2001-3332 dport 1-501
ip -6 rule list pref 100
ip -6 rule add fwmark 0x10/0xf0 dport 1 table 200 suppress_ifgroup 5
ip -6 rule del oif veth0 lookup main
ip -6 route get 2001:db8:6::1 uid 0
ip -6 rule del to 2001:db8::/32 from 2001:db8::/32 to 2001:4860::/32
ip -6 rule add pref 100 from 2001:db8:b::1 dport 1001 blackhole
ip link set veth0 down
ip -6 rule add pref 100 oif veth0 ipproto tcp prohibit
ip link set veth2 up
ip -6 rule
ip -6 rule show
ip -6 rule add pref 100 oif veth2 lookup 100
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 oif veth0 mark 3
ip -6 rule add uidrange 1000-2000 table 100
ip -6 route get 2001:db8:b::1 mark 7
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 oif veth2 ipproto udp sport 2500 dport 2001
ip -6 rule add pref 50 from 2001:db8:b::1 ipproto udp ipproto ipv6-icmp table 100 suppress_prefixlength 0
ip -6 rule add pref 200 sport 1 prohibit
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -6 rule add to 2001:db8:5::/48 sport 1001 table 100
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 ipproto tcp sport 2500 dport 2001
ip -6 rule add pref 200 iif lo ipproto udp table 200 suppress_ifgroup 0
ip -6 rule add pref 100 fwmark 0x10/0xf0 table 200
ip -6 rule add not to 2001:db8:6::/48 sport 2001-2609 from 2001:db8:a::/64 blackhole
ip -6 rule
ip -6 route get 2001:db8:5:1::7 ipproto tcp sport 2500 dport 1000
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 rule add oif veth2 fwmark 7 nop
ip -6 route get 2001:db8:a::9 mark 7 ipproto tcp sport 1 dport 1000
ip -6 rule del pref 50
ip -6 rule add pref 50 fwmark 7 goto 200
ip -6 route get 2001:db8:6::1 oif veth0 mark 0x13
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 oif veth0
ip -6 rule add pref 32000 iif veth0 sport 1-1475 prohibit
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 113), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth0 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 200
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table main
ip -6 rule add not from 2001:db8::/32 goto 32000
ip -j -6 rule
ip -6 rule add to 2001:4860::/32 unreachable
ip -6 route get 2001:4860::8888 uid 1500
ip link set veth2 up
ip link set veth0 up
ip -6 rule add uidrange 0-0 nop
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 route get 2001:db8:a::9 oif veth0 ipproto udp sport 1000 dport 2001
ip -6 route get 2001:db8:5:1::9 ipproto tcp sport 1 dport 2001
ip -6 rule add pref 50 not dport 1 ipproto tcp fwmark 0x10/0xf0 table main suppress_prefixlength 0
ip -6 rule add not from 2001:db8:b::1 iif veth0 uidrange 0-0 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 0x13
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 rule add pref 32000 ipproto ipv6-icmp fwmark 7 lookup main
ip -6 route get 2001:4860::8888
ip -6 rule add pref 32000 sport 1-1254 uidrange 0-0 ipproto udp lookup main
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1 mark 0x13
ip -6 rule add from all from all lookup main
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:4860::8888 oif veth0 uid 0
ip -6 rule add pref 32000 to 2001:db8::/32 from 2001:db8:b::1 table 100 suppress_prefixlength 0
ip link set veth2 up
ip -6 rule show
ip -6 rule del pref 200
ip -6 rule add pref 300 ipproto ipv6-icmp ipproto tcp table 200 suppress_ifgroup 0
ip link set veth2 up
ip -6 route add unreachable 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:b::1 mark 3
ip -6 route show table 200
ip -d -6 rule
ip -6 rule add pref 100 from all ipproto ipv6-icmp table 200 suppress_ifgroup 5
ip -6 route show table 200
ip -6 rule del to 2001:db8::/32
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 rule del uidrange 1000-2000 table main suppress_prefixlength 48
ip -6 rule add pref 100 iif lo fwmark 0x10/0xf0 lookup 100
ip -6 route show table all
ip -j -6 rule
ip -6 route show table 200
ip -6 route add default via 2001:db8:c::2 metric 10 table 100
ip -6 route get 2001:db8:5:1::7
ip -6 rule add pref 50 uidrange 0-100 from 2001:db8:a::/64 lookup main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 mark 7
ip -6 rule add sport 1 to 2001:4860::/32 unreachable
ip -6 rule
ip -6 rule add pref 300 sport 2001 sport 1 fwmark 0x10/0xf0 table main suppress_prefixlength 0
ip -6 route get 2001:db8:5:1::9
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 table main
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 route get 2001:4860::8888 mark 3
ip -j -6 rule
ip -6 route get 2001:db8:a::9 uid 50
ip -6 route del ::/1 table 100
ip -6 rule del fwmark 0x10/0xf0 to 2001:4860::/32 ipproto tcp
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 0x13 uid 0 ipproto tcp sport 1000 dport 80
ip -6 route get 2001:db8:5::1 oif veth2 mark 3 ipproto udp sport 1500 dport 1000
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 route show table 200
ip -6 rule
ip -6 route show table all

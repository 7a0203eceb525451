# Seeded random IPv6 policy-routing scenario (seed 20), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole 2001:db8::/32 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add default dev veth2 table 100
ip -6 route add default via 2001:db8:b::2 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 200
ip -6 route add blackhole ::/1 metric 10 table main
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 metric 10 table main
ip -6 route add blackhole 2001:db8:5::/48 table main
ip -6 rule add fwmark 0x10/0xf0 fwmark 0x10/0xf0 nop
ip -6 rule add pref 50 to 2001:4860::/32 from 2001:db8::/32 to 2001:db8:6::/48 prohibit
ip -6 rule add pref 32000 not to 2001:db8:5::/48 from 2001:db8::/32 uidrange 1000-2000 unreachable
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99
ip -6 rule del uidrange 0-0 ipproto ipv6-icmp table 200 suppress_ifgroup 5
ip -6 rule add pref 32000 uidrange 0-100 unreachable
ip -6 rule add to 2001:4860::/32 table 200
ip -6 route show table 200
ip -6 rule add uidrange 0-100 dport 1-1798 to 2001:4860::/32 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5::1 oif veth0 mark 7 ipproto udp sport 2500 dport 80
ip -6 rule add pref 32000 not ipproto udp dport 2001 goto 32000
ip -6 route get 2001:db8:a::9 mark 3 fibmatch
ip -6 rule add sport 2001-3660 iif lo fwmark 7 nop
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 ipproto ipv6-icmp sport 1 dport 80
ip -6 rule list pref 100
ip -j -6 rule
ip -6 route get 2001:db8:5::1 oif veth0
ip -j -6 rule
ip -6 route get 2001:db8:5::1
ip -6 rule del to 2001:4860::/32
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 7
ip -6 route get 2001:db8:a::9 mark 3
ip -6 rule add pref 32000 fwmark 7 dport 1 table 100
ip -6 rule del fwmark 0x10/0xf0 uidrange 1000-2000 table main suppress_prefixlength 48
ip link set veth0 up
ip -6 route add ::/1 via 2001:db8:a::2 table main
ip -6 rule add oif veth0 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:4860::8888
ip -6 rule add not dport 2001-3106 sport 1001-1627 unreachable
ip -6 rule del pref 300
ip link set veth0 up
ip -6 rule add pref 200 oif veth0 nop
ip -6 route get 2001:db8:b::1 oif veth0 ipproto udp sport 2500 dport 2001
ip -6 route del 2001:db8:5::/48 table 100
ip -6 route show table all
ip -6 rule del to 2001:db8:5::/48
ip -6 route get 2001:4860::8888 mark 7
ip link set veth2 up
ip -6 route get 2001:4860::8888 from 2001:db8:b::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route get 2001:db8:5:1::7 uid 50 ipproto ipv6-icmp fibmatch
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 rule add sport 1 table 200 suppress_ifgroup 5
ip -6 rule add pref 200 to 2001:db8:6::/48 table 200 suppress_ifgroup 5
ip -6 rule add pref 32000 iif lo uidrange 0-0 lookup 100
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 oif veth2 ipproto tcp sport 1000 dport 80
ip -6 rule
ip -6 route show table 200
ip -6 rule add uidrange 0-100 to 2001:4860::/32 table 100 suppress_prefixlength 48
ip -6 rule
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 rule add pref 32000 iif lo oif veth0 to 2001:db8:6::/48 table 100 suppress_prefixlength 32
ip -6 rule del dport 1001-2499 prohibit
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:6::1 mark 7 ipproto udp sport 2500 dport 80
ip -6 rule show table 100
ip -6 rule
ip -6 route show table all

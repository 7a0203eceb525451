# Seeded random IPv6 policy-routing scenario (seed 103), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add prohibit 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:a::2 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 200
ip -6 route add throw 2001:db8:5::/48 table 200
ip -6 route add prohibit ::/1 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 100
ip -6 rule list pref 100
ip -6 route add prohibit ::/1 table 100
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:5:1::7 ipproto udp sport 1 dport 80
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth2 mark 0x13
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 ipproto udp sport 1500 dport 80
ip -6 route get 2001:db8:5::1
ip -6 route add default via 2001:db8:b::2 table 200
ip -6 rule add pref 200 not iif veth1 from 2001:db8:b::1 to 2001:db8:6::/48 unreachable
ip -6 rule add pref 32000 ipproto udp prohibit
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route get 2001:db8:5:1::7 fibmatch
ip -6 route get 2001:db8:6::1 ipproto udp sport 2500 dport 1000
ip -6 route get 2001:db8:5:1::7 ipproto ipv6-icmp sport 1 dport 2001
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -d -6 rule
ip -6 rule add fwmark 7 to 2001:db8:5::/48 prohibit
ip -6 route get 2001:db8:6::1
ip -6 rule del iif veth1 blackhole
ip -6 rule add oif veth2 from 2001:db8:b::1 from 2001:db8:a::/64 blackhole
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 rule add from 2001:db8:b::1 goto 100
ip -6 rule add pref 200 oif veth0 sport 2001 goto 32000
ip -d -6 rule
ip -6 rule add pref 200 sport 2001-3543 ipproto tcp iif veth0 table main suppress_prefixlength 0
ip -6 route get 2001:db8:5:1::7 mark 0x13 uid 1500 ipproto tcp sport 1 dport 2001
ip -6 route get 2001:db8:5:1::9 mark 7 uid 1500 ipproto ipv6-icmp
ip -6 rule add pref 50 dport 1-1540 from all uidrange 0-0 lookup 100
ip -6 route get 2001:db8:5::1 uid 50
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route get 2001:4860::8888 mark 0x13
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 mark 3 uid 0
ip -6 rule add pref 100 ipproto udp sport 1001-1176 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:b::1 fibmatch
ip -6 rule add pref 50 dport 1001-2186 oif veth2 table main suppress_prefixlength 0
ip -6 rule add dport 2001-3677 fwmark 0x10/0xf0 nop
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1
ip -6 rule show table 100
ip -6 rule add from 2001:db8:b::1 to 2001:4860::/32 fwmark 3/3 lookup 100
ip -6 route add prohibit default table 100
ip -6 rule show table 100
ip -6 rule add pref 50 to 2001:db8::/32 to 2001:db8:6::/48 nop
ip -6 rule show table 100
ip -6 route del ::/1 table 200
ip -6 rule add pref 100 uidrange 0-0 table main suppress_prefixlength 32
ip -6 rule del fwmark 3/3 table 100 suppress_prefixlength 48
ip -6 rule add pref 32000 not oif veth0 uidrange 0-0 goto 32000
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888 ipproto udp fibmatch
ip -6 route add default via 2001:db8:b::2 table 200
ip -6 route show table 200
ip -6 rule add not dport 1001 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 oif veth0 ipproto tcp sport 1000 dport 1000
ip -6 route get 2001:db8:b::1 oif veth2 uid 1500
ip -6 rule
ip -6 route show table all

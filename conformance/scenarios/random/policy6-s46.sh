# Seeded random IPv6 policy-routing scenario (seed 46), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:a::2 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 table 200
ip -6 route add throw 2001:db8:6::/48 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:a::3 table main
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table main
ip -6 route add unreachable default metric 10 table main
ip -6 route add throw 2001:db8::/32 table main
ip -6 rule add pref 300 fwmark 3/3 oif veth0 unreachable
ip -6 rule add pref 200 not uidrange 0-0 goto 32000
ip -6 rule add pref 50 not oif veth2 lookup 100
ip -6 rule add to 2001:db8:6::/48 dport 2001 from 2001:db8:b::1 goto 50
ip -6 rule add oif veth2 dport 2001-3447 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:6::1
ip -6 route del default table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 oif veth0 ipproto udp sport 1000 dport 2001
ip -6 route get 2001:4860::8888 mark 0x13 ipproto udp sport 1500 dport 80
ip -6 rule add pref 200 uidrange 0-100 blackhole
ip -d -6 rule
ip -6 route get 2001:db8:5:1::7
ip -6 rule add pref 32000 not oif veth2 table main suppress_prefixlength 32
ip -6 rule add pref 50 oif veth2 nop
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 oif veth0
ip -d -6 rule
ip -6 rule add pref 300 oif veth2 table main suppress_prefixlength 0
ip -6 route get 2001:4860::8888
ip -6 rule list pref 100
ip -6 rule add pref 100 from 2001:db8:b::1 dport 2001-2176 sport 1001-2072 goto 100
ip -6 rule add oif veth2 from 2001:db8::/32 nop
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 200
ip -6 route add ::/1 via 2001:db8:a::2 metric 10 table main
ip -6 rule add oif veth2 oif veth0 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 3 uid 0
ip -6 route show table all
ip -6 route get 2001:db8:6::1
ip -6 rule add fwmark 0x10/0xf0 sport 2001-3684 table 200 suppress_ifgroup 0
ip -6 rule del fwmark 7 iif veth0 sport 2001 prohibit
ip -6 route get 2001:db8:b::1 uid 1500 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 rule add pref 32000 oif veth2 blackhole
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:b::1 uid 0 ipproto udp sport 2500 dport 80
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:b::1
ip -6 rule list pref 100
ip -6 route add prohibit ::/1 table 200
ip -6 rule del from all oif veth2 dport 1001-1154 table main suppress_prefixlength 32
ip -6 rule add pref 300 to 2001:db8::/32 blackhole
ip -6 rule add pref 300 oif veth2 from 2001:db8::/32 goto 50
ip -6 route get 2001:db8:a::9 ipproto udp sport 2500 dport 1000
ip link set veth2 down
ip -6 route get 2001:db8:5:1::7 ipproto tcp
ip -6 rule add pref 200 sport 1001-2120 uidrange 0-0 table 200
ip -6 route add 2001:db8:5:1::7 dev veth2 table main
ip -6 route del default table 100
ip -6 route get 2001:db8:5:1::7
ip -6 rule show table 100
ip -6 route del 2001:db8::/32 table 200
ip -6 rule add to 2001:db8:6::/48 nop
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 ipproto udp
ip -6 route show table all
ip -6 rule add not to 2001:4860::/32 uidrange 1000-2000 ipproto tcp prohibit
ip link set veth2 up
ip -6 rule del not uidrange 0-100 nop
ip -6 route get 2001:db8:5::1 oif veth2
ip -6 rule add pref 50 not iif veth1 ipproto udp table 200 suppress_ifgroup 5
ip -6 rule del uidrange 0-100
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 157), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8:5:1::/64 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table 100
ip -6 route add throw default table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table 200
ip -6 route add prohibit default table 200
ip -6 route add default via 2001:db8:a::3 metric 10 table 200
ip -6 route add unreachable default table main
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table main
ip -6 route add throw default metric 10 table main
ip -6 rule add pref 32000 from 2001:db8:a::/64 lookup main
ip -6 rule del iif lo
ip -6 rule add pref 100 oif veth0 nop
ip -6 rule add iif veth1 sport 1001 to 2001:db8::/32 table 200 suppress_ifgroup 0
ip -6 route del 2001:db8::/32 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table main
ip -6 rule show
ip -6 rule show
ip -6 route get 2001:db8:b::1 mark 3 ipproto udp sport 1500 dport 2001
ip -6 rule list pref 100
ip -6 route add default via 2001:db8:b::2 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 ipproto tcp
ip -6 rule add uidrange 1000-2000 uidrange 1000-2000 fwmark 0x10/0xf0 unreachable
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table main
ip -6 rule add oif veth0 sport 1001-1501 prohibit
ip -6 route show table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 route del default table main
ip -6 route show table all
ip -6 rule del pref 50
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 oif veth0
ip -6 rule del dport 1001-2896 to 2001:db8:6::/48 dport 2001 table main suppress_prefixlength 32
ip -6 route add prohibit ::/1 table main
ip -6 route get 2001:db8:5::1 uid 1500
ip link set veth0 up
ip -6 route get 2001:db8:7::1
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule show
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:b::1 ipproto udp sport 2500 dport 2001
ip -6 route get 2001:db8:7::1 oif veth2 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 route get 2001:db8:a::9 oif veth0 ipproto udp
ip -6 rule del sport 1001 lookup 100
ip -6 route get 2001:4860::8888 ipproto udp sport 1500 dport 2001
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table 200
ip -6 rule add pref 32000 to 2001:db8::/32 fwmark 0x10/0xf0 dport 2001-3697 nop
ip -6 rule del sport 1001-2884 to 2001:db8:5::/48 uidrange 0-100
ip -6 rule add pref 100 oif veth0 dport 2001 lookup main
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 oif veth0
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 100
ip -6 route get 2001:db8:5:1::9 ipproto tcp
ip -6 route get 2001:db8:b::1 mark 7 ipproto tcp sport 1500 dport 1000
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 uid 50 ipproto tcp
ip -6 route get 2001:db8:6::1
ip -6 rule add pref 100 dport 1001 sport 1001 unreachable
ip -6 route get 2001:db8:b::1 mark 7
ip -6 rule list pref 100
ip -6 rule list pref 100
ip -6 rule add pref 32000 not fwmark 3/3 fwmark 3/3 table 100
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 mark 0x13 ipproto udp sport 1000 dport 80
ip -6 route get 2001:db8:b::1 oif veth0 uid 50
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 ipproto tcp sport 1 dport 80
ip -6 rule del to 2001:db8::/32 fwmark 3/3 unreachable
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 rule add from 2001:db8:a::/64 goto 200
ip -6 rule
ip -6 route show table all

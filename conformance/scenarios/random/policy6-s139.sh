# Seeded random IPv6 policy-routing scenario (seed 139), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole default table 100
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table 100
ip -6 route add throw 2001:db8:6::/48 table 100
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add default via 2001:db8:b::2 table 200
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:a::2 table main
ip -6 route add throw 2001:db8:5::/48 table main
ip -6 route add prohibit default metric 10 table main
ip -6 route add throw default metric 10 table main
ip -6 rule add not iif lo table 200 suppress_ifgroup 0
ip -6 rule add pref 300 oif veth0 nop
ip -6 rule del pref 50
ip -6 rule add pref 100 not from 2001:db8:b::1 goto 50
ip link set veth2 up
ip -j -6 rule
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99
ip -6 rule add pref 200 from 2001:db8:b::1 sport 1-1010 from 2001:db8:b::1 nop
ip -6 rule del pref 50
ip -6 route get 2001:db8:a::9 oif veth2 uid 50
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth2 uid 50
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 rule add pref 200 ipproto udp nop
ip -6 rule
ip -6 route get 2001:db8:5:1::9 uid 0 ipproto udp sport 2500 dport 2001
ip -6 rule add pref 100 dport 1001 from 2001:db8:b::1 prohibit
ip -6 rule del pref 200
ip -6 rule add pref 300 iif veth0 table 200
ip -6 route get 2001:db8:5::1
ip -6 rule del ipproto udp ipproto udp
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::9 mark 0x13 uid 1500
ip -6 route get 2001:db8:7::1 oif veth0
ip -6 rule add not uidrange 0-100 from 2001:db8::/32 to 2001:db8::/32 table 100
ip -6 rule del fwmark 3/3 lookup main
ip -6 route show table 200
ip -6 rule add pref 32000 fwmark 0x10/0xf0 uidrange 1000-2000 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7
ip -6 rule del pref 100
ip -6 rule del pref 32000
ip -6 route get 2001:db8:7::1 oif veth0 uid 50
ip -6 route get 2001:db8:6::1 mark 3 uid 50 ipproto udp sport 1500 dport 1000
ip -6 rule add pref 200 iif veth1 prohibit
ip -6 route get 2001:db8:5:1::7 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule add to 2001:db8::/32 from 2001:db8:a::/64 goto 32000
ip -6 rule add pref 100 from 2001:db8::/32 uidrange 0-0 nop
ip -6 rule del iif veth0 dport 2001-2156 blackhole
ip -6 route del 2001:db8:6::/48 table 100
ip -6 rule add pref 100 dport 1001-1059 prohibit
ip -6 rule add pref 300 oif veth0 sport 1-1147 prohibit
ip -j -6 rule
ip -6 rule add iif veth0 goto 300
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 metric 10 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 7 uid 50
ip -6 rule del pref 200
ip -6 rule add pref 100 not to 2001:db8:6::/48 iif veth1 table 100 suppress_prefixlength 32
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 uid 1500
ip -6 rule
ip -d -6 rule
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -6 rule add pref 100 to 2001:4860::/32 fwmark 0x10/0xf0 table 200
ip -j -6 rule
ip -6 rule show table 100
ip -6 route add default dev veth0 table 100
ip link set veth2 up
ip -6 rule
ip -6 route show table all

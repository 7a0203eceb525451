# Seeded random IPv6 policy-routing scenario (seed 37), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw default table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 200
ip -6 route add blackhole 2001:db8::/32 table 200
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 route add throw default table main
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 oif veth2
ip -6 rule show
ip -6 rule
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 1 dport 80
ip -6 rule add pref 100 ipproto ipv6-icmp iif veth1 ipproto udp blackhole
ip -6 rule add not uidrange 0-0 table 100
ip -6 route del default table 200
ip -6 rule add from 2001:db8:a::/64 lookup 100
ip -6 rule list pref 100
ip -j -6 rule
ip -6 rule add pref 32000 fwmark 7 goto 50
ip -6 rule del not iif lo oif veth0 iif lo
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 100
ip -6 route get 2001:db8:5:1::9 uid 1500
ip -6 route del 2001:db8::/32 table main
ip -6 route get 2001:db8:5:1::9
ip -6 rule add from 2001:db8:a::/64 fwmark 7 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1
ip -6 rule add pref 32000 not oif veth0 table 200 suppress_ifgroup 0
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 rule add not dport 1-760 oif veth2 goto 32000
ip -6 rule show table 100
ip -6 route get 2001:4860::8888 from 2001:db8:c::1
ip -6 route show table all
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table main
ip link set veth2 down
ip -6 route get 2001:db8:5:1::9 mark 7 ipproto ipv6-icmp
ip -6 rule add pref 200 uidrange 0-100 from all blackhole
ip -6 route del 2001:db8:5:1::/64 table main
ip -6 rule add ipproto ipv6-icmp goto 300
ip -6 rule add pref 100 oif veth2 to 2001:db8:6::/48 iif lo goto 300
ip -6 rule add not ipproto udp table main suppress_prefixlength 0
ip -6 rule add pref 50 ipproto tcp goto 200
ip -6 route del 2001:db8:5::/48 table main
ip -6 rule add pref 300 fwmark 0x10/0xf0 to 2001:4860::/32 fwmark 0x10/0xf0 nop
ip -6 rule add pref 200 from 2001:db8:a::/64 lookup main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route get 2001:db8:6::1 uid 50 ipproto udp
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 mark 3 ipproto ipv6-icmp fibmatch
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -6 rule add dport 1001 to 2001:db8:6::/48 blackhole
ip -6 rule show table 100
ip -6 rule del not from 2001:db8:b::1 fwmark 7 goto 300
ip -6 route del 2001:db8::/32 table 200
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:5::1 oif veth2 mark 3 uid 0 fibmatch
ip -6 route show table all
ip -6 rule add sport 1001-1478 ipproto tcp iif veth1 lookup 100
ip -6 rule add pref 100 dport 1001-2791 dport 1001-2880 to 2001:4860::/32 prohibit
ip -6 rule add not from 2001:db8::/32 sport 2001 sport 2001-3307 goto 32000
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table main
ip -6 route get 2001:db8:5:1::7 ipproto udp sport 1500 dport 2001
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:7::1 mark 3 ipproto ipv6-icmp
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth2
ip -6 route get 2001:db8:7::1 uid 1500 ipproto tcp sport 2500 dport 1000
ip -6 rule add pref 100 to 2001:4860::/32 sport 2001 fwmark 0x10/0xf0 table 200
ip -6 route show table 200
ip -6 rule add uidrange 0-100 table 100
ip -6 rule
ip -6 route show table all

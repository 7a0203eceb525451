# Seeded random IPv6 policy-routing scenario (seed 155), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 100
ip -6 route add default dev veth2 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 100
ip -6 route add default via 2001:db8:a::2 table 200
ip -6 route add unreachable 2001:db8::/32 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth2 table main
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table main
ip -6 route get 2001:db8:5::1
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:7::1 oif veth2 mark 3
ip -6 rule add ipproto ipv6-icmp sport 1 from 2001:db8:a::/64 table 200
ip -6 rule add pref 300 fwmark 7 fwmark 0x10/0xf0 unreachable
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9
ip link set veth2 up
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:7::1 mark 3
ip -6 route get 2001:db8:a::9 uid 50 ipproto udp sport 1 dport 2001
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1
ip -6 route del 2001:db8::/32 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1
ip -6 rule del pref 300
ip -6 route get 2001:4860::8888 uid 0
ip -6 rule add to 2001:4860::/32 to 2001:4860::/32 blackhole
ip -6 route get 2001:4860::8888 ipproto udp sport 2500 dport 2001
ip -6 route get 2001:db8:b::1
ip -6 route show table 200
ip -6 route show table all
ip -6 rule add pref 100 to 2001:db8:5::/48 from 2001:db8::/32 iif veth0 blackhole
ip -d -6 rule
ip -6 rule add not fwmark 7 prohibit
ip link set veth0 up
ip -6 rule add dport 2001-3797 oif veth2 table 100 suppress_prefixlength 48
ip -6 rule add pref 300 iif veth1 fwmark 0x10/0xf0 lookup main
ip link set veth2 up
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth0 mark 0x13 ipproto ipv6-icmp sport 1500 dport 1000
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth2 uid 50 ipproto udp sport 1000 dport 80
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route get 2001:db8:6::1 fibmatch
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1
ip -6 route show table all
ip -6 rule list pref 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table 100
ip -6 rule show table 100
ip -j -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 ipproto tcp sport 2500 dport 1000
ip -6 rule add from 2001:db8::/32 table main suppress_prefixlength 0
ip -6 route get 2001:db8:6::1 mark 7
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth2 mark 7
ip -6 rule add pref 300 fwmark 3/3 from 2001:db8::/32 fwmark 3/3 goto 32000
ip -6 rule list pref 100
ip -6 rule show
ip -6 rule add pref 50 sport 2001-2055 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::9 mark 3 uid 1500 ipproto tcp
ip -6 rule add pref 32000 not sport 1001 dport 1 sport 1 lookup main
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 3 fibmatch
ip -6 route show table 200
ip -6 route get 2001:db8:5::1 mark 7
ip -6 route show table all
ip -6 rule list pref 100
ip -6 rule add uidrange 0-0 nop
ip -6 route show table 200
ip link set veth0 up
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 rule show
ip -6 rule
ip -6 route show table all

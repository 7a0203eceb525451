# Seeded random IPv6 policy-routing scenario (seed 26), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8::/32 table 100
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 table 100
ip -6 route add blackhole 2001:db8::/32 metric 10 table 200
ip -6 route add default dev veth0 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 200
ip -6 route add ::/1 dev veth0 metric 10 table main
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table main
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 route show table 200
ip -6 route get 2001:db8:5::1 uid 1500
ip -6 route get 2001:4860::8888 from 2001:db8:c::1
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 fibmatch
ip -6 rule add pref 32000 not ipproto ipv6-icmp lookup main
ip -6 rule add pref 50 ipproto tcp goto 50
ip -6 route get 2001:db8:5::1 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 rule add pref 50 uidrange 0-0 nop
ip -6 rule show table 100
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 200 sport 2001 goto 32000
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 oif veth2 mark 3
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 uid 0
ip -6 route get 2001:db8:a::9
ip -6 rule show
ip -6 rule add pref 32000 ipproto udp table 200
ip -6 rule del to 2001:db8:6::/48 from 2001:db8::/32 table 200 suppress_ifgroup 5
ip -6 rule add oif veth0 prohibit
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 0x13
ip -j -6 rule
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 rule
ip -6 rule add pref 100 fwmark 0x10/0xf0 fwmark 3/3 ipproto tcp table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 ipproto udp
ip -6 route show table all
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 oif veth0 mark 7 uid 1500
ip -6 rule del not iif veth0 from 2001:db8:a::/64
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 mark 3
ip -6 route get 2001:4860::8888 mark 0x13 ipproto tcp
ip -6 route add throw 2001:db8:5:1::7 metric 10 table 100
ip -6 route show table all
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 uid 50
ip -6 rule add pref 100 iif lo lookup main
ip -6 rule add pref 32000 uidrange 0-100 fwmark 7 lookup 100
ip -6 rule add pref 50 fwmark 3/3 table 200
ip -6 route get 2001:db8:5:1::7 uid 50
ip -6 route get 2001:db8:7::1 uid 50
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp sport 2500 dport 80
ip -6 rule add oif veth2 nop
ip -d -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 uid 0
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -6 rule show table 100
ip -d -6 rule
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 uid 50
ip -6 route add ::/1 via 2001:db8:b::2 table 100
ip -6 rule add sport 1-814 prohibit
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 fibmatch
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 3 uid 1500
ip -6 route get 2001:db8:7::1 uid 1500
ip -6 rule add pref 50 from 2001:db8:a::/64 to 2001:db8::/32 to 2001:4860::/32 blackhole
ip -6 rule add to 2001:db8:6::/48 table 100 suppress_prefixlength 32
ip -6 rule add pref 32000 not ipproto udp uidrange 0-100 lookup 100
ip -6 route get 2001:db8:b::1 uid 50
ip -6 rule add to 2001:4860::/32 goto 32000
ip -6 route add 2001:db8:5::/48 dev veth2 table 200
ip -6 route add ::/1 dev veth2 metric 10 table 100
ip -6 rule del from 2001:db8:b::1
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 77), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 dev veth0 metric 10 table 100
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 table 100
ip -6 route add blackhole ::/1 table 200
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route add throw 2001:db8:5:1::7 table 200
ip -6 route add prohibit default table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table main
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route get 2001:4860::8888 uid 50
ip -6 rule del dport 1001 sport 1-1787
ip -6 rule show
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1
ip -6 rule add pref 300 sport 2001-3817 ipproto udp nop
ip -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 0x13 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 mark 7
ip -6 rule add pref 100 iif lo to 2001:db8:5::/48 iif veth1 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 route add prohibit default table 200
ip link set veth2 up
ip -6 route del 2001:db8:5::/48 table 100
ip -6 route add ::/1 via 2001:db8:a::3 table 200
ip -6 route get 2001:db8:6::1 mark 7
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 fibmatch
ip link set veth0 up
ip -6 rule
ip -6 route get 2001:db8:5:1::9 oif veth2
ip -6 route get 2001:db8:7::1 oif veth0
ip -6 route add ::/1 dev veth2 metric 10 table 200
ip -6 route get 2001:db8:5::1 oif veth2 ipproto tcp sport 1500 dport 1000
ip -6 rule del dport 1001-1036 uidrange 0-100 table main suppress_prefixlength 48
ip -6 route get 2001:db8:5:1::7
ip -6 rule add pref 200 from 2001:db8:b::1 table 200
ip -6 rule add pref 300 iif lo blackhole
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 uid 1500 ipproto tcp sport 1000 dport 1000
ip -j -6 rule
ip -6 route get 2001:db8:5::1 mark 3 ipproto tcp sport 2500 dport 80
ip -6 rule add pref 32000 uidrange 0-0 from 2001:db8::/32 blackhole
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1
ip -6 rule add pref 300 ipproto tcp sport 1-1195 nop
ip -6 rule add pref 100 oif veth2 iif veth1 fwmark 3/3 unreachable
ip -6 route show table all
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto udp sport 1500 dport 2001
ip -6 rule add oif veth0 goto 50
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9 uid 50
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 uid 0
ip -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 route show table all
ip -6 rule list pref 100
ip -6 rule add pref 300 dport 1 prohibit
ip -6 rule list pref 100
ip link set veth2 down
ip -6 route get 2001:db8:5:1::7 uid 1500
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 ipproto tcp sport 1 dport 1000
ip -6 route show table all
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888
ip -6 rule add pref 200 to 2001:4860::/32 uidrange 0-100 goto 100
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 ipproto udp sport 1500 dport 1000
ip -6 route get 2001:db8:5::1 ipproto tcp sport 2500 dport 80
ip -6 route del ::/1 table main
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route show table 200
ip -6 rule
ip -6 route show table all

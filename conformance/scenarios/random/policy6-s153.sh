# Seeded random IPv6 policy-routing scenario (seed 153), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add ::/1 dev veth0 metric 10 table 100
ip -6 route add blackhole ::/1 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 metric 10 table 100
ip -6 route add throw 2001:db8:6::/48 table 200
ip -6 route add unreachable default table 200
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table 200
ip -6 route add unreachable ::/1 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table main
ip -6 route add 2001:db8:5::/48 dev veth0 table main
ip -6 route del 2001:db8:6::/48 table main
ip link set veth0 up
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 oif veth2
ip -d -6 rule
ip -6 route add default dev veth2 metric 10 table main
ip -6 route get 2001:4860::8888 mark 0x13
ip -d -6 rule
ip link set veth0 up
ip -d -6 rule
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule add pref 100 iif veth0 from 2001:db8:a::/64 nop
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 uid 1500
ip -6 rule show
ip -6 route get 2001:db8:6::1 oif veth0 ipproto udp sport 1500 dport 1000
ip -6 route get 2001:db8:7::1
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table main
ip -6 rule add pref 300 iif lo table 100
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 mark 7 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 100
ip -6 route get 2001:db8:a::9 oif veth2 mark 0x13
ip -6 rule add pref 50 uidrange 1000-2000 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto tcp
ip -6 rule add pref 200 iif veth0 prohibit
ip -6 route get 2001:db8:6::1 ipproto ipv6-icmp
ip -6 rule add to 2001:db8::/32 iif lo table 200
ip -6 route get 2001:4860::8888 from 2001:db8:b::1
ip -6 rule add iif lo blackhole
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 100 uidrange 1000-2000 prohibit
ip -6 rule add pref 100 from 2001:db8::/32 iif veth1 table 100
ip -6 rule del from 2001:db8:b::1 ipproto udp
ip -6 route get 2001:db8:5::1
ip -6 rule show
ip -6 route del 2001:db8:5::/48 table 200
ip -6 rule add to 2001:4860::/32 to 2001:4860::/32 goto 100
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99 ipproto udp sport 1000 dport 2001
ip -6 rule add ipproto ipv6-icmp fwmark 3/3 unreachable
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 fibmatch
ip -d -6 rule
ip -6 rule add pref 200 sport 1001-2757 lookup 100
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 50 not to 2001:4860::/32 sport 2001 table main suppress_prefixlength 32
ip -6 rule add pref 300 not ipproto tcp oif veth0 unreachable
ip -6 rule add pref 50 uidrange 0-100 to 2001:4860::/32 nop
ip -d -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -j -6 rule
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 7
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 uid 0 ipproto ipv6-icmp sport 1000 dport 80 fibmatch
ip -6 rule del dport 2001-3163
ip -6 route get 2001:db8:7::1 fibmatch
ip -6 rule add pref 300 not iif lo iif lo blackhole
ip -6 rule add not fwmark 3/3 uidrange 1000-2000 dport 1 lookup main
ip -6 route get 2001:db8:7::1 uid 1500 ipproto udp sport 1000 dport 80
ip -6 rule add from 2001:db8:b::1 unreachable
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth0 uid 1500 ipproto udp sport 1500 dport 80
ip -6 route get 2001:4860::8888 mark 3
ip -6 route get 2001:db8:5:1::7
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 111), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8:5:1::/64 table 100
ip -6 route add unreachable 2001:db8::/32 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 100
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table main
ip -6 route add unreachable 2001:db8:5:1::7 table main
ip -6 route add 2001:db8::/32 dev veth0 table main
ip -d -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 mark 0x13 ipproto udp
ip -6 route get 2001:4860::8888
ip -6 route add blackhole 2001:db8:5:1::7 table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 fibmatch
ip -6 rule list pref 100
ip -6 rule show
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 oif veth0 uid 50 ipproto udp sport 2500 dport 2001
ip link set veth2 up
ip -6 rule del dport 1001 sport 1 prohibit
ip -6 rule show
ip -6 rule del ipproto udp to 2001:db8:5::/48
ip -6 route get 2001:db8:a::9 oif veth0 mark 3
ip -6 rule add pref 32000 fwmark 3/3 to 2001:4860::/32 blackhole
ip -6 route show table 200
ip -6 rule add oif veth2 goto 50
ip -6 rule add iif veth1 to 2001:db8:6::/48 dport 1 goto 50
ip -6 rule add pref 50 not ipproto udp table main suppress_prefixlength 32
ip -6 rule add pref 300 sport 2001-2615 dport 1001-2112 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 oif veth0
ip -6 route get 2001:db8:6::1 uid 1500 ipproto tcp
ip -6 rule add to 2001:db8:6::/48 table 200
ip -6 rule add iif veth0 goto 32000
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 rule add pref 300 not uidrange 1000-2000 lookup main
ip -6 route add default via 2001:db8:a::2 table 100
ip -6 route get 2001:4860::8888
ip -6 rule add pref 32000 from 2001:db8:b::1 sport 1 table 200
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 rule list pref 100
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 uid 50
ip -6 route add default via 2001:db8:b::2 table 200
ip -6 route add prohibit 2001:db8::/32 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 uid 1500 ipproto tcp
ip -6 rule add fwmark 3/3 uidrange 0-100 uidrange 0-100 table 200
ip -6 route add blackhole ::/1 metric 10 table main
ip link set veth2 up
ip link set veth2 up
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 rule del from 2001:db8:a::/64
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 oif veth2 mark 3
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 route get 2001:db8:a::9
ip -6 rule add pref 300 uidrange 0-100 ipproto ipv6-icmp table 100
ip -6 rule add pref 100 iif lo lookup 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table main
ip -6 rule list pref 100
ip link set veth2 up
ip -6 rule add pref 32000 sport 1 from all lookup 100
ip -6 rule del from 2001:db8::/32 goto 100
ip -6 rule add sport 1 to 2001:4860::/32 lookup main
ip -6 rule show
ip -6 route add unreachable default table 200
ip -6 rule add uidrange 0-0 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 100
ip -6 rule add pref 200 dport 1 dport 1 unreachable
ip -6 rule add dport 2001 unreachable
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 oif veth2 mark 3
ip -6 rule
ip -6 route show table all

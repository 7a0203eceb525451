# Seeded random IPv6 policy-routing scenario (seed 95), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole default metric 10 table 100
ip -6 route add throw default metric 10 table 100
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 200
ip -6 route add unreachable 2001:db8:5::/48 metric 10 table 200
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table main
ip -6 route add default via 2001:db8:a::2 metric 10 table main
ip -6 route add blackhole default table main
ip -6 route get 2001:4860::8888
ip -6 rule add sport 1001-1954 dport 1-1628 iif veth1 lookup 100
ip -6 route show table all
ip -6 route get 2001:db8:6::1 ipproto tcp
ip -6 rule add pref 200 fwmark 7 ipproto udp table 200 suppress_ifgroup 0
ip -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 oif veth0
ip -6 rule add pref 32000 ipproto udp fwmark 0x10/0xf0 oif veth2 goto 200
ip link set veth2 up
ip link set veth2 down
ip -6 rule del pref 50
ip -6 rule add pref 300 fwmark 0x10/0xf0 fwmark 3/3 nop
ip -6 route get 2001:db8:7::1
ip -d -6 rule
ip -6 rule add sport 1001 iif veth0 goto 300
ip -6 rule add pref 200 to 2001:db8::/32 iif veth0 iif lo prohibit
ip -6 rule
ip -6 rule del pref 50
ip -6 rule del dport 2001 oif veth2 nop
ip link set veth2 up
ip -6 rule add to 2001:db8:6::/48 from all table main suppress_prefixlength 0
ip -6 rule del fwmark 3/3
ip -6 rule show table 100
ip -6 route del default table 100
ip -6 rule show
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9 mark 7 uid 1500
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 metric 10 table 200
ip -6 rule add pref 32000 to 2001:db8::/32 blackhole
ip -6 route get 2001:db8:a::9 fibmatch
ip -j -6 rule
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 0x13
ip -6 rule add pref 32000 dport 1001-1848 blackhole
ip -6 route get 2001:db8:a::9 from 2001:db8:b::1
ip -6 rule del from 2001:db8:a::/64 uidrange 0-100 iif lo nop
ip -6 route add 2001:db8:5::/48 dev veth2 table main
ip -6 rule del sport 1001 to 2001:4860::/32 dport 1001
ip -6 route add prohibit ::/1 table 100
ip -6 rule add pref 100 oif veth2 unreachable
ip -6 route get 2001:db8:a::9 mark 3 ipproto udp sport 2500 dport 80 fibmatch
ip -6 route add prohibit 2001:db8:5:1::/64 metric 10 table 100
ip -6 rule add to 2001:db8:5::/48 dport 1-1580 to 2001:db8:5::/48 blackhole
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table 100
ip -6 rule del from all ipproto ipv6-icmp dport 1
ip -6 rule add dport 2001 table 100 suppress_prefixlength 48
ip -6 rule
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 rule add to 2001:db8:5::/48 iif veth0 table 200 suppress_ifgroup 5
ip link set veth2 down
ip -6 rule show
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1 ipproto udp sport 1000 dport 1000
ip -6 rule add sport 1001-1084 table 200 suppress_ifgroup 5
ip -6 rule add pref 300 not dport 1-48 fwmark 7 oif veth2 table 200
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::7
ip -6 route add 2001:db8:5:1::/64 dev veth2 table main
ip -6 rule add sport 1 table 100
ip -6 route get 2001:db8:6::1
ip -6 rule add pref 100 oif veth0 sport 2001-3265 uidrange 0-0 table main suppress_prefixlength 48
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 66), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 dev veth0 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 100
ip -6 route add default via 2001:db8:a::3 metric 10 table 100
ip -6 route add blackhole ::/1 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table main
ip -6 route add unreachable 2001:db8:5:1::/64 table main
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table main
ip -6 rule add pref 200 sport 1001 iif lo unreachable
ip -6 rule add pref 200 dport 1 iif veth0 goto 200
ip -6 rule list pref 100
ip -6 rule del oif veth2 blackhole
ip -6 route add blackhole 2001:db8:5::/48 table 200
ip -6 route show table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth0
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 3 ipproto ipv6-icmp sport 1000 dport 1000
ip link set veth0 up
ip -6 route get 2001:db8:7::1
ip -6 route get 2001:db8:a::9 oif veth0 mark 0x13
ip -6 rule add pref 300 to 2001:4860::/32 iif veth1 prohibit
ip -6 rule show table 100
ip -6 route get 2001:db8:6::1 ipproto tcp sport 2500 dport 1000
ip -6 route get 2001:4860::8888 oif veth2 mark 0x13
ip -6 rule show
ip -6 route get 2001:db8:5:1::9 uid 0
ip -6 rule add pref 50 uidrange 0-0 iif lo from 2001:db8:a::/64 goto 32000
ip -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 mark 3 ipproto udp sport 2500 dport 2001
ip -6 rule del ipproto tcp dport 1001 from 2001:db8:a::/64 table 100 suppress_prefixlength 32
ip -6 rule del iif veth1 dport 1 table main suppress_prefixlength 32
ip -6 rule add not to 2001:db8::/32 dport 1-857 goto 100
ip -6 route show table 200
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 rule
ip -6 rule show
ip -6 rule add dport 1001 ipproto tcp to 2001:4860::/32 table main suppress_prefixlength 48
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route get 2001:db8:b::1 mark 3
ip -6 rule add oif veth0 prohibit
ip -6 rule add pref 50 sport 1001 fwmark 0x10/0xf0 table 200
ip -6 route del ::/1 table main
ip -6 route del 2001:db8:5:1::7 table 200
ip -6 rule add pref 200 dport 1001-2457 uidrange 0-100 blackhole
ip -6 rule show
ip -6 route get 2001:db8:5::1
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth0 mark 0x13
ip -6 route get 2001:db8:5:1::9
ip -d -6 rule
ip -6 route del 2001:db8:6::/48 table 100
ip -6 route del 2001:db8:5::/48 table main
ip -6 route get 2001:4860::8888
ip link set veth0 down
ip -6 route get 2001:db8:a::9 mark 3
ip -6 route get 2001:4860::8888 mark 3 ipproto tcp sport 1 dport 2001 fibmatch
ip -6 route add blackhole 2001:db8::/32 metric 10 table 100
ip -6 route show table all
ip -6 rule del pref 300
ip -6 route get 2001:db8:7::1 mark 7 ipproto ipv6-icmp
ip -6 route get 2001:db8:a::9 mark 7
ip -6 rule add pref 300 oif veth2 oif veth0 nop
ip -6 route get 2001:db8:b::1 uid 1500
ip -6 route get 2001:db8:5:1::9
ip -6 route add throw 2001:db8:6::/48 metric 10 table 100
ip -6 route del 2001:db8:5::/48 table main
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 uid 1500 ipproto udp
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table main
ip -6 rule
ip -6 route show table all

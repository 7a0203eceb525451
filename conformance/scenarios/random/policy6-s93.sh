# Seeded random IPv6 policy-routing scenario (seed 93), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:a::2 table 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 table 100
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 200
ip -6 route add unreachable 2001:db8::/32 metric 10 table 200
ip -6 route add ::/1 dev veth2 metric 10 table 200
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table main
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table main
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -6 route get 2001:db8:5:1::9 uid 1500
ip -6 rule add pref 200 oif veth0 iif lo from 2001:db8:b::1 table 200
ip -6 route get 2001:4860::8888 oif veth2 ipproto tcp sport 1500 dport 2001
ip -6 rule add pref 300 fwmark 0x10/0xf0 lookup 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth2 mark 7
ip -6 route add 2001:db8:5:1::7 dev veth2 table main
ip -6 route get 2001:db8:5::1
ip -6 rule add oif veth0 unreachable
ip -6 rule
ip -6 route get 2001:db8:a::9
ip -6 rule add oif veth0 from 2001:db8:a::/64 table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:7::1 oif veth0
ip -6 route get 2001:db8:5:1::9 ipproto tcp sport 1 dport 1000
ip -6 rule show table 100
ip -6 rule del fwmark 0x10/0xf0
ip -6 rule show
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 7
ip -6 route get 2001:db8:5:1::7
ip -6 route add 2001:db8::/32 via 2001:db8:a::3 table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule show table 100
ip -6 route add default dev veth2 table 100
ip -6 route get 2001:db8:5:1::7
ip -6 rule del to 2001:db8:5::/48 from 2001:db8::/32
ip -6 route show table all
ip link set veth0 down
ip -6 rule add pref 100 sport 2001 nop
ip -6 rule
ip -6 route get 2001:db8:b::1 fibmatch
ip -6 rule list pref 100
ip -6 rule add pref 100 oif veth2 table 200
ip -6 rule add pref 50 uidrange 0-100 unreachable
ip -6 rule add not dport 1001 prohibit
ip -6 route get 2001:db8:5::1
ip -6 rule del dport 1-881
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 oif veth2 mark 0x13
ip -6 route get 2001:db8:5::1 mark 0x13
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 7
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 100
ip -6 route show table all
ip -6 rule del sport 1001 sport 1001
ip -6 route get 2001:db8:5:1::9 uid 0
ip -6 rule add to 2001:4860::/32 goto 32000
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 3 ipproto udp sport 1 dport 80
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route add ::/1 via 2001:db8:c::2 table 100
ip -6 rule add dport 2001 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:6::1 ipproto tcp sport 1 dport 80
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 mark 3
ip -6 rule add pref 50 iif veth0 table 200
ip -6 rule show table 100
ip -6 route add blackhole 2001:db8::/32 table 200
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 oif veth0 uid 1500 ipproto udp
ip -6 rule add pref 32000 from 2001:db8::/32 nop
ip -6 rule show
ip -6 rule add pref 32000 to 2001:db8:5::/48 table 100
ip -6 rule add pref 200 not oif veth2 table main suppress_prefixlength 48
ip -6 rule add to 2001:db8:6::/48 table 200 suppress_ifgroup 5
ip -6 rule show table 100
ip -6 rule add pref 100 not fwmark 7 sport 2001-3229 table 200
ip -6 rule
ip -6 route show table all

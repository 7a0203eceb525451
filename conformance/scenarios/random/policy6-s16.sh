# Seeded random IPv6 policy-routing scenario (seed 16), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8:5::/48 table 100
ip -6 route add throw 2001:db8::/32 metric 10 table 100
ip -6 route add prohibit default table 100
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 200
ip -6 route add throw 2001:db8:5:1::7 table 200
ip -6 route add default dev veth0 table 200
ip -6 route add blackhole 2001:db8::/32 metric 10 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 metric 10 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table main
ip -6 route show table 200
ip -6 rule add not dport 1 iif veth1 nop
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 oif veth0
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 3
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table main
ip -6 route get 2001:db8:7::1 oif veth0 mark 0x13
ip -6 rule add from 2001:db8:b::1 from all table 200
ip -6 rule add iif veth0 iif veth1 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:7::1
ip link set veth2 down
ip -6 rule add pref 50 oif veth2 from 2001:db8:a::/64 table 100 suppress_prefixlength 48
ip -6 rule add pref 32000 not uidrange 1000-2000 prohibit
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table main
ip -6 route get 2001:db8:5::1 oif veth0 uid 1500 fibmatch
ip -6 route get 2001:db8:6::1 mark 7
ip -6 rule show table 100
ip -6 route add throw 2001:db8:6::/48 table main
ip -6 rule list pref 100
ip -6 rule add not dport 1001-2171 dport 1 unreachable
ip -6 rule add pref 100 not fwmark 3/3 oif veth2 nop
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:7::1 oif veth0 mark 0x13 ipproto udp
ip -6 route add throw ::/1 metric 10 table main
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 route get 2001:db8:7::1 mark 7
ip link set veth2 up
ip -6 route get 2001:db8:b::1 uid 1500
ip -6 route get 2001:db8:5::1 uid 1500 ipproto udp
ip -6 route get 2001:4860::8888
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 100
ip -6 rule show table 100
ip -6 rule add pref 32000 ipproto tcp oif veth0 blackhole
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table main
ip -6 rule add from 2001:db8::/32 goto 50
ip -6 rule show
ip -6 rule add iif veth1 prohibit
ip -6 route get 2001:db8:5::1 ipproto tcp
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 rule add pref 32000 oif veth0 iif veth1 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp
ip -6 route add unreachable 2001:db8:6::/48 metric 10 table 200
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table main
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 oif veth0 uid 50 fibmatch
ip -6 route show table all
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 oif veth2
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 7
ip -6 rule show
ip -6 rule add fwmark 3/3 blackhole
ip -6 route get 2001:db8:5:1::7 ipproto ipv6-icmp sport 2500 dport 80
ip -6 rule add pref 200 from 2001:db8:b::1 table 200
ip -6 rule del fwmark 3/3 to 2001:4860::/32
ip -6 rule del pref 200
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 oif veth0
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 rule add to 2001:4860::/32 iif veth1 sport 2001 table 200
ip -6 route get 2001:4860::8888 mark 0x13
ip -6 rule add not iif veth1 sport 1 lookup main
ip -6 rule
ip -6 route show table all

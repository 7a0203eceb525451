# Seeded random IPv6 policy-routing scenario (seed 118), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 dev veth2 table 100
ip -6 route add blackhole default table 100
ip -6 route add 2001:db8::/32 dev veth2 table 100
ip -6 route add ::/1 via 2001:db8:b::2 table 200
ip -6 route add prohibit 2001:db8:5:1::/64 table 200
ip -6 route add prohibit 2001:db8:6::/48 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 metric 10 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table main
ip -6 route add default via 2001:db8:a::3 metric 10 table main
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 oif veth0 mark 7 uid 50
ip -6 rule add pref 300 fwmark 7 iif veth1 table main suppress_prefixlength 0
ip -6 rule add pref 32000 from 2001:db8:b::1 nop
ip -6 rule show
ip -d -6 rule
ip -6 rule del pref 100
ip -6 route get 2001:db8:b::1 mark 0x13 uid 1500
ip -6 route show table all
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 oif veth2 uid 50
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 300 from all fwmark 7 goto 200
ip -6 route get 2001:db8:5:1::7 ipproto tcp
ip -6 rule add sport 1001 prohibit
ip -6 rule add fwmark 7 table 200 suppress_ifgroup 5
ip -6 rule add pref 300 fwmark 7 unreachable
ip -6 rule add pref 300 ipproto tcp table main suppress_prefixlength 32
ip -6 rule add ipproto udp oif veth0 lookup main
ip -6 rule add sport 1001-1005 uidrange 0-0 iif veth0 unreachable
ip -d -6 rule
ip -6 route get 2001:db8:5:1::7 oif veth0 fibmatch
ip -6 rule add pref 200 iif veth0 oif veth0 ipproto udp nop
ip -6 rule add pref 50 dport 2001 lookup 100
ip -6 rule add dport 1001 to 2001:db8::/32 unreachable
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth2 mark 0x13
ip -6 rule
ip -6 route get 2001:db8:b::1 mark 0x13 ipproto udp sport 1000 dport 80
ip -6 rule add pref 100 not uidrange 0-0 oif veth2 goto 300
ip -d -6 rule
ip -6 route show table all
ip -6 route get 2001:db8:5::1 oif veth2 ipproto udp sport 2500 dport 2001
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 route get 2001:db8:5:1::7 oif veth0
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:7::1 oif veth0 uid 1500 fibmatch
ip -6 rule add ipproto ipv6-icmp lookup 100
ip -6 route show table all
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 oif veth0 mark 3
ip -6 route get 2001:db8:b::1 uid 50
ip -6 rule add not sport 1001 iif veth0 table 200
ip -6 rule del pref 50
ip -6 route get 2001:db8:a::9
ip -6 route show table 200
ip -6 route show table all
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 table 100
ip -d -6 rule
ip -6 route get 2001:4860::8888 mark 0x13 ipproto udp sport 1 dport 80
ip link set veth0 up
ip -6 rule add oif veth2 sport 1 goto 50
ip -6 rule del to 2001:4860::/32 from 2001:db8:a::/64
ip -6 rule add ipproto tcp from 2001:db8::/32 dport 2001 lookup main
ip -6 rule add pref 32000 ipproto ipv6-icmp blackhole
ip -6 rule add from 2001:db8:b::1 nop
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99
ip link set veth0 up
ip -6 rule show table 100
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:5:1::9 mark 7 uid 0
ip -6 rule
ip -6 route show table all

# Seeded random IPv6 policy-routing scenario (seed 6), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add unreachable 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add unreachable 2001:db8:5:1::/64 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table 100
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 200
ip -6 route add ::/1 via 2001:db8:c::2 metric 10 table 200
ip -6 route add unreachable 2001:db8:6::/48 table main
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 route add prohibit 2001:db8:6::/48 table main
ip -6 rule add not ipproto ipv6-icmp uidrange 0-100 goto 200
ip -6 rule show table 100
ip -j -6 rule
ip -6 route add prohibit default metric 10 table main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 ipproto udp sport 1 dport 1000
ip -6 rule show table 100
ip -6 rule show table 100
ip -6 route show table 200
ip -6 rule add pref 200 ipproto tcp ipproto ipv6-icmp lookup 100
ip -6 route add unreachable 2001:db8:5::/48 table 200
ip -6 route show table 200
ip -6 rule show
ip -6 rule show table 100
ip -6 rule add pref 100 not dport 1-1367 uidrange 0-0 table 100 suppress_prefixlength 48
ip -6 rule add oif veth0 oif veth2 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 mark 0x13
ip -6 rule add pref 100 ipproto tcp dport 1001-1802 table main suppress_prefixlength 0
ip -6 rule add pref 32000 dport 2001 iif lo sport 1001-2336 nop
ip -6 route add blackhole 2001:db8:5::/48 table 100
ip -6 rule
ip -6 route get 2001:db8:6::1 fibmatch
ip -6 rule list pref 100
ip -6 rule
ip -6 route get 2001:db8:5:1::7 uid 1500
ip -6 rule add pref 100 uidrange 0-0 to 2001:db8::/32 ipproto ipv6-icmp unreachable
ip -6 rule add sport 1001 table 100 suppress_prefixlength 32
ip -6 rule show table 100
ip link set veth2 down
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table 200
ip -6 rule add iif veth1 goto 32000
ip -6 rule del pref 32000
ip -6 route get 2001:db8:7::1
ip -6 rule add oif veth2 ipproto udp blackhole
ip -j -6 rule
ip -6 rule add pref 50 not from all to 2001:4860::/32 blackhole
ip -6 rule add uidrange 0-0 ipproto udp sport 1001-2078 goto 300
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1
ip -6 route del 2001:db8:6::/48 table 100
ip -6 rule del pref 300
ip -6 route show table all
ip -6 rule add pref 200 sport 1001-1027 goto 50
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 uid 0 ipproto udp sport 2500 dport 1000
ip -6 route show table all
ip -6 rule add pref 300 not from 2001:db8::/32 fwmark 7 iif veth0 goto 32000
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 mark 0x13
ip -6 rule add pref 50 dport 1001-1938 lookup 100
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 mark 0x13
ip -6 rule add pref 300 sport 1001 dport 1-1606 sport 1 table main suppress_prefixlength 0
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp sport 1 dport 2001
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 uid 50
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5:1::9 mark 0x13 uid 1500
ip -6 rule add pref 300 iif veth1 uidrange 0-100 nop
ip -6 rule add pref 200 fwmark 0x10/0xf0 prohibit
ip -6 rule add sport 1001-2290 uidrange 0-0 to 2001:db8:6::/48 table 200 suppress_ifgroup 5
ip -6 rule add pref 100 from all sport 2001-2775 blackhole
ip -6 route add unreachable 2001:db8:6::/48 table main
ip -6 rule
ip -6 route show table all

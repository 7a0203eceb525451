# Seeded random IPv6 policy-routing scenario (seed 33), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 metric 10 table 100
ip -6 route add ::/1 dev veth2 table 100
ip -6 route add prohibit ::/1 table 100
ip -6 route add throw 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 metric 10 table 200
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:b::2 table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 metric 10 table main
ip -6 route add unreachable 2001:db8:6::/48 table main
ip -6 route show table all
ip -6 rule add fwmark 3/3 dport 2001-3071 table 200
ip -6 route get 2001:db8:7::1 oif veth2
ip -6 route get 2001:db8:7::1
ip -6 rule add from 2001:db8::/32 to 2001:db8::/32 dport 1001-1049 blackhole
ip -6 route get 2001:db8:5:1::9 oif veth0
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1 mark 0x13
ip -6 rule del sport 1
ip -6 rule del pref 100
ip -6 rule add iif veth0 to 2001:4860::/32 oif veth0 lookup 100
ip -6 route get 2001:db8:7::1 ipproto tcp
ip -6 rule add pref 32000 oif veth2 ipproto udp goto 32000
ip -d -6 rule
ip -6 route del 2001:db8:6::/48 table main
ip -6 route get 2001:4860::8888 oif veth0
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 ipproto ipv6-icmp sport 1000 dport 80
ip -6 route get 2001:db8:6::1 ipproto udp sport 2500 dport 2001
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 route add 2001:db8:6::/48 dev veth2 table 200
ip link set veth2 down
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table main
ip -6 route del 2001:db8:5::/48 table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 route get 2001:4860::8888 uid 1500
ip -6 rule add pref 200 fwmark 3/3 table main suppress_prefixlength 48
ip link set veth0 down
ip -6 route del default table main
ip -6 route get 2001:db8:b::1 uid 50
ip -6 rule add pref 200 dport 1001-1645 prohibit
ip -6 route del 2001:db8::/32 table 200
ip -6 route get 2001:4860::8888 uid 50 ipproto tcp sport 1 dport 1000
ip -6 rule list pref 100
ip -6 rule add uidrange 0-100 iif veth1 dport 1 nop
ip -6 route get 2001:4860::8888 ipproto tcp sport 1500 dport 2001
ip -6 rule add ipproto udp ipproto ipv6-icmp fwmark 3/3 lookup main
ip -6 route get 2001:db8:5:1::9
ip -6 rule add pref 32000 to 2001:db8::/32 to 2001:db8::/32 goto 300
ip -d -6 rule
ip -6 rule add pref 200 uidrange 0-0 dport 1001 unreachable
ip -6 route get 2001:4860::8888 uid 50
ip -6 rule del from all table 200 suppress_ifgroup 0
ip link set veth0 up
ip -6 route add unreachable ::/1 metric 10 table 100
ip -6 route del 2001:db8:6::/48 table 100
ip -6 route get 2001:db8:5:1::7 oif veth0
ip -6 route del ::/1 table 100
ip -d -6 rule
ip -6 rule del pref 200
ip link set veth0 down
ip -6 rule add pref 300 oif veth2 dport 1 fwmark 3/3 lookup main
ip -6 rule add ipproto ipv6-icmp unreachable
ip -6 rule show table 100
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 0x13
ip -j -6 rule
ip -6 rule del dport 2001-2921 ipproto tcp ipproto tcp table 200 suppress_ifgroup 0
ip -6 rule del pref 50
ip -d -6 rule
ip -6 rule add oif veth2 ipproto ipv6-icmp prohibit
ip -6 rule
ip -6 route show table all

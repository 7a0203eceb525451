# Seeded random IPv6 policy-routing scenario (seed 117), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::2 metric 10 table 100
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add default via 2001:db8:a::2 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth2 table 200
ip -6 route add 2001:db8:5:1::7 dev veth0 table 200
ip -6 route add throw 2001:db8::/32 metric 10 table main
ip -6 route add ::/1 via 2001:db8:a::2 table main
ip -6 route add 2001:db8:5:1::/64 dev veth2 table main
ip -6 rule
ip -6 route get 2001:db8:a::9 mark 7 uid 0
ip -6 route add ::/1 dev veth0 table 100
ip -6 rule add fwmark 3/3 table 200
ip -6 route get 2001:db8:b::1
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule del to 2001:4860::/32 sport 1-1739 uidrange 1000-2000 table 100
ip -6 rule add pref 100 oif veth0 dport 1-1948 table 100
ip -6 route get 2001:db8:a::9 mark 3
ip -6 route get 2001:4860::8888 mark 7
ip link set veth0 down
ip -6 rule add pref 200 not ipproto tcp uidrange 1000-2000 unreachable
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 ipproto udp sport 2500 dport 80
ip -6 rule add pref 50 to 2001:db8::/32 from all nop
ip -6 rule add pref 200 fwmark 7 dport 1 unreachable
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 mark 7
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth2 uid 50 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:7::1
ip -6 route show table 200
ip -6 rule add dport 2001 uidrange 0-100 to 2001:db8:6::/48 goto 200
ip -6 rule add from all table 200 suppress_ifgroup 5
ip -6 rule add pref 300 sport 1 from 2001:db8::/32 table 100
ip -6 rule add pref 50 uidrange 0-100 table 100
ip -6 rule del not iif veth1 from all uidrange 1000-2000 goto 50
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 fibmatch
ip -6 rule add pref 50 uidrange 0-100 oif veth0 lookup main
ip -6 route get 2001:db8:b::1 uid 50
ip -6 route get 2001:db8:6::1
ip -6 rule add from all iif veth1 from 2001:db8::/32 table 100 suppress_prefixlength 32
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 100
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route get 2001:db8:b::1 mark 0x13 ipproto tcp
ip -6 route add default dev veth0 metric 10 table 200
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 50 dport 2001-3842 nop
ip -6 rule show
ip -6 rule
ip -6 rule add pref 200 not to 2001:4860::/32 from 2001:db8:a::/64 lookup main
ip -6 rule add pref 200 uidrange 1000-2000 ipproto ipv6-icmp nop
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule show
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 oif veth2 uid 0
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 100
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 rule del not to 2001:4860::/32 dport 1001 unreachable
ip -6 rule list pref 100
ip -6 route get 2001:db8:6::1 oif veth0 mark 0x13
ip -6 rule
ip link set veth2 down
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1
ip -6 rule add pref 50 to 2001:db8::/32 iif veth1 ipproto tcp lookup 100
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 ipproto tcp
ip -6 route get 2001:db8:b::1 mark 0x13
ip -6 route del 2001:db8:5:1::/64 table main
ip link set veth0 down
ip -6 rule add pref 300 sport 1001-1036 unreachable
ip -6 rule add iif veth1 unreachable
ip -6 route get 2001:db8:5:1::9 oif veth2 ipproto udp sport 1500 dport 80
ip -6 rule
ip -6 route show table all

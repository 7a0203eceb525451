# Seeded random IPv6 policy-routing scenario (seed 3), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -6 route add blackhole default table 100
ip -6 route add unreachable 2001:db8::/32 table 200
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 table main
ip -6 route add throw default table main
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 metric 10 table main
ip -6 rule del dport 1001 oif veth0 table 200 suppress_ifgroup 5
ip -6 route add ::/1 via 2001:db8:a::2 metric 10 table 100
ip -6 route show table all
ip -6 rule
ip -6 rule add ipproto tcp dport 2001 nop
ip -6 route get 2001:db8:a::9 oif veth2 uid 0
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:b::1 oif veth0 uid 1500 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 route get 2001:db8:a::9
ip -6 rule del pref 100
ip -6 rule add uidrange 0-100 from 2001:db8:a::/64 nop
ip -6 rule add pref 200 not oif veth0 unreachable
ip -6 rule list pref 100
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table main
ip -6 rule add pref 300 not from all nop
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table main
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::9 mark 3 ipproto udp sport 1500 dport 2001
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 100
ip -6 rule add to 2001:4860::/32 fwmark 3/3 uidrange 0-0 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth0 mark 7 uid 1500 ipproto udp sport 2500 dport 2001
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 oif veth0 mark 0x13
ip -6 route del 2001:db8:5:1::7 table main
ip -6 rule add oif veth0 iif veth1 lookup main
ip -6 route del 2001:db8:5::/48 table main
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 ipproto ipv6-icmp
ip -6 route del 2001:db8:6::/48 table main
ip -6 rule add pref 32000 not from all dport 2001-3745 nop
ip -6 route get 2001:db8:5:1::7
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:b::2 table 200
ip -6 route get 2001:db8:7::1 fibmatch
ip -6 route get 2001:db8:b::1 mark 3
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 rule add pref 32000 not from 2001:db8:b::1 table 200 suppress_ifgroup 0
ip -6 rule add pref 200 from 2001:db8:a::/64 ipproto ipv6-icmp blackhole
ip -6 rule add pref 300 iif veth0 lookup main
ip -6 rule add pref 200 iif lo to 2001:db8:5::/48 lookup main
ip -6 route get 2001:db8:5::1 oif veth0 uid 50
ip -6 rule add pref 100 oif veth0 from 2001:db8:a::/64 blackhole
ip link set veth2 down
ip -6 route add unreachable ::/1 table 100
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -6 route get 2001:db8:5:1::9
ip -6 rule add iif veth0 blackhole
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 rule add pref 300 sport 1001-1099 table 100 suppress_prefixlength 0
ip -6 rule show table 100
ip -6 route get 2001:db8:a::9
ip -6 rule del pref 50
ip -6 rule del dport 1-100 dport 1
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 ipproto tcp
ip -6 rule add pref 200 dport 1001 dport 1-1926 nop
ip -6 rule del pref 50
ip -6 rule add pref 300 to 2001:db8:6::/48 iif veth1 to 2001:db8:5::/48 nop
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 route show table all
ip -6 route add 2001:db8:6::/48 dev veth0 metric 10 table 200
ip -6 rule del pref 32000
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 ipproto udp fibmatch
ip -6 rule
ip -6 route show table all

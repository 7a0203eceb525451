# Seeded random IPv6 policy-routing scenario (seed 132), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add blackhole default table 100
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table 100
ip -6 route add prohibit 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 200
ip -6 route add unreachable 2001:db8:6::/48 table 200
ip -6 route add throw default table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::2 table main
ip -6 route add 2001:db8:5:1::/64 dev veth0 table main
ip -6 route add prohibit 2001:db8:5:1::/64 metric 10 table main
ip -6 rule add pref 50 dport 1001-1237 sport 1-536 table 200
ip -6 route add blackhole ::/1 table 200
ip -6 rule add pref 300 oif veth2 iif veth1 table 200 suppress_ifgroup 0
ip -6 rule show table 100
ip -6 route add default via 2001:db8:c::2 table main
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 rule add pref 32000 oif veth0 uidrange 1000-2000 prohibit
ip -6 rule add pref 32000 sport 2001 dport 2001-3501 uidrange 0-100 prohibit
ip -6 rule add fwmark 7 goto 50
ip -6 rule add oif veth0 ipproto ipv6-icmp lookup 100
ip -6 route get 2001:4860::8888 uid 0
ip -6 rule list pref 100
ip -6 route show table all
ip -6 rule del pref 300
ip -j -6 rule
ip -6 rule del pref 32000
ip -d -6 rule
ip -6 rule del oif veth2 iif veth1 to 2001:db8::/32 table 200 suppress_ifgroup 5
ip -j -6 rule
ip -6 route get 2001:db8:b::1 uid 0
ip -6 rule add not from 2001:db8::/32 sport 1 dport 2001 nop
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 oif veth2 mark 3 fibmatch
ip -6 route get 2001:db8:7::1
ip -6 route show table all
ip -6 route get 2001:db8:b::1 oif veth0
ip -6 route add prohibit 2001:db8:6::/48 table 200
ip -6 rule del ipproto ipv6-icmp ipproto tcp
ip -6 route show table all
ip -6 route add prohibit default metric 10 table 100
ip -j -6 rule
ip -6 route add blackhole ::/1 metric 10 table 200
ip -6 route add throw 2001:db8:6::/48 table 200
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 oif veth0 ipproto ipv6-icmp sport 2500 dport 2001
ip -6 route get 2001:db8:b::1 oif veth0
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 oif veth0 mark 7 uid 1500
ip -6 route del ::/1 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 100
ip -6 rule add not iif veth0 lookup main
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 route get 2001:db8:a::9 from 2001:db8:a::1 ipproto ipv6-icmp sport 1 dport 2001
ip -6 rule add pref 300 ipproto udp fwmark 3/3 uidrange 0-100 unreachable
ip -6 rule add pref 50 to 2001:db8:5::/48 to 2001:db8:6::/48 table main suppress_prefixlength 0
ip -6 route show table 200
ip -6 route add default via 2001:db8:a::2 metric 10 table 100
ip -6 rule del iif veth1 table 200 suppress_ifgroup 5
ip -j -6 rule
ip -6 route get 2001:db8:b::1 oif veth2
ip -j -6 rule
ip -6 rule show
ip -6 route add ::/1 via 2001:db8:b::2 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table main
ip -6 route add ::/1 dev veth0 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 mark 7 uid 50
ip -6 rule list pref 100
ip -6 route add unreachable 2001:db8:5:1::7 metric 10 table 100
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 route del 2001:db8::/32 table main
ip -6 rule del to 2001:db8::/32 sport 1001 nop
ip -6 rule
ip -6 route show table all

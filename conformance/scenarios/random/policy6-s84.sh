# Seeded random IPv6 policy-routing scenario (seed 84), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 100
ip -6 route add ::/1 via 2001:db8:a::3 table 100
ip -6 route add blackhole 2001:db8:5::/48 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:b::2 table 200
ip -6 route add throw 2001:db8:5:1::/64 table 200
ip -6 route add blackhole default table main
ip -6 route add 2001:db8:5::/48 dev veth0 table main
ip -6 route add blackhole 2001:db8::/32 table main
ip -6 route get 2001:db8:7::1 ipproto udp sport 1 dport 2001
ip -6 route show table 200
ip -6 route del ::/1 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 metric 10 table 200
ip -6 route get 2001:4860::8888 uid 50
ip -6 rule del dport 1001-2477 iif veth0
ip -6 rule add pref 300 fwmark 7 nop
ip -6 rule add to 2001:4860::/32 table 200 suppress_ifgroup 5
ip -6 rule del ipproto ipv6-icmp ipproto udp sport 1001-1392 unreachable
ip -6 rule add pref 100 ipproto ipv6-icmp lookup main
ip -6 route get 2001:db8:7::1 ipproto ipv6-icmp
ip -6 rule add from all table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:7::1 oif veth2 ipproto ipv6-icmp sport 1 dport 2001
ip -6 rule del from all oif veth2
ip -6 rule add pref 32000 uidrange 0-100 lookup main
ip -6 route get 2001:db8:a::9 fibmatch
ip -6 rule list pref 100
ip -6 rule del pref 32000
ip -6 route get 2001:db8:5::1 uid 50
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1 uid 50 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1 oif veth0 mark 3
ip -6 route get 2001:4860::8888 ipproto ipv6-icmp sport 2500 dport 80
ip -6 route get 2001:db8:5::1 uid 50 fibmatch
ip -6 route show table all
ip link set veth2 up
ip -6 rule add pref 32000 not oif veth0 sport 2001 table 100 suppress_prefixlength 0
ip -6 route add blackhole 2001:db8:5:1::7 table 200
ip -6 rule add pref 200 oif veth0 ipproto tcp uidrange 0-100 lookup 100
ip -6 rule show
ip -6 rule del pref 100
ip -6 route show table 200
ip link set veth0 up
ip -6 rule add pref 300 uidrange 0-100 prohibit
ip -6 rule add sport 2001 fwmark 7 lookup main
ip -6 rule add dport 2001 sport 1 to 2001:4860::/32 table 200
ip -6 rule add pref 100 oif veth0 iif veth0 ipproto tcp goto 50
ip -6 route get 2001:4860::8888 mark 3
ip -6 rule add pref 100 uidrange 0-100 from all iif veth1 unreachable
ip -6 rule add not to 2001:db8:6::/48 lookup 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 uid 0 ipproto ipv6-icmp
ip -6 route get 2001:db8:7::1 from 2001:db8:a::99
ip -6 route del default table 200
ip -6 rule list pref 100
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 1 dport 80
ip -6 rule del from 2001:db8:a::/64 fwmark 7
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 uid 50
ip -6 route add 2001:db8:5:1::7 dev veth2 metric 10 table 200
ip -6 route del ::/1 table 200
ip -6 rule del sport 2001-2892 uidrange 0-0
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table main
ip -d -6 rule
ip link set veth0 up
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth0
ip -6 route del 2001:db8::/32 table main
ip -6 rule show table 100
ip -6 rule del pref 100
ip -6 route show table all
ip -6 route del default table 100
ip -6 rule add to 2001:db8:5::/48 fwmark 7 oif veth2 table 200
ip -6 rule
ip -6 route show table all

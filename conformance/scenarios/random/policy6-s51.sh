# Seeded random IPv6 policy-routing scenario (seed 51), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add ::/1 via 2001:db8:a::3 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 table 100
ip -6 route add prohibit default metric 10 table 100
ip -6 route add prohibit 2001:db8:6::/48 table 200
ip -6 route add throw ::/1 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 200
ip -6 route add prohibit default table main
ip -6 route add blackhole 2001:db8:6::/48 metric 10 table main
ip -6 route add 2001:db8:6::/48 dev veth2 table main
ip -6 route add unreachable 2001:db8:5::/48 table 200
ip link set veth2 up
ip -6 route del ::/1 table main
ip -6 rule add pref 50 uidrange 0-0 to 2001:4860::/32 nop
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 mark 3 fibmatch
ip -6 rule del pref 200
ip -d -6 rule
ip -6 route get 2001:db8:5::1 mark 0x13 uid 1500
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 200
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 3
ip -6 rule add pref 100 from 2001:db8:b::1 uidrange 1000-2000 ipproto tcp table 100
ip -6 route add throw default table 200
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 rule add sport 1001-2231 from 2001:db8::/32 goto 200
ip -6 rule add pref 32000 iif veth0 sport 1001-2800 nop
ip -6 rule del to 2001:4860::/32 from 2001:db8:b::1 ipproto udp table main suppress_prefixlength 48
ip -6 rule add pref 50 not dport 2001 sport 1 uidrange 0-0 lookup main
ip -6 route get 2001:4860::8888 from 2001:db8:a::1
ip -6 route get 2001:db8:7::1 oif veth2 ipproto ipv6-icmp sport 1 dport 1000
ip -6 route add ::/1 via 2001:db8:a::3 table 100
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 ipproto udp sport 2500 dport 2001
ip -6 route del default table 200
ip -6 rule add not from 2001:db8:a::/64 sport 2001 unreachable
ip -6 route del 2001:db8:6::/48 table main
ip -6 route add 2001:db8:5:1::/64 dev veth2 table 100
ip -6 rule add not oif veth0 lookup 100
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -6 route get 2001:db8:b::1
ip -6 rule show
ip -6 rule add uidrange 0-0 sport 1001 table 100 suppress_prefixlength 48
ip -6 route get 2001:4860::8888 oif veth2 mark 0x13
ip -6 rule show
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 route get 2001:db8:b::1 uid 1500
ip -6 rule add pref 300 uidrange 0-0 to 2001:db8:6::/48 table 200 suppress_ifgroup 0
ip -6 route add prohibit 2001:db8:5:1::7 table 200
ip -6 rule add fwmark 7 to 2001:4860::/32 table 100 suppress_prefixlength 0
ip -6 rule add pref 32000 oif veth2 dport 2001 dport 1001 table main suppress_prefixlength 48
ip -6 rule add pref 300 oif veth0 fwmark 3/3 fwmark 0x10/0xf0 prohibit
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 uid 50
ip -6 rule add pref 100 dport 1001-1430 fwmark 0x10/0xf0 lookup main
ip -6 route get 2001:4860::8888 from 2001:db8:a::1 mark 3
ip -6 rule del not dport 1 from all uidrange 0-0 nop
ip -6 route get 2001:db8:5:1::9 mark 3 uid 0 ipproto ipv6-icmp
ip link set veth0 up
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1
ip -6 route get 2001:db8:6::1
ip -6 rule del sport 1001 unreachable
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 rule add pref 200 from 2001:db8::/32 unreachable
ip -6 route get 2001:4860::8888 oif veth2
ip -6 rule add pref 300 sport 2001-2160 iif veth1 dport 1 prohibit
ip -6 rule add pref 100 ipproto ipv6-icmp to 2001:db8:5::/48 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1 oif veth0 ipproto udp sport 1 dport 2001
ip -6 route get 2001:db8:a::9 ipproto udp
ip -6 route del 2001:db8:5::/48 table main
ip -6 rule show
ip -6 rule add pref 50 uidrange 1000-2000 prohibit
ip -6 rule list pref 100
ip -6 rule
ip -6 route show table all

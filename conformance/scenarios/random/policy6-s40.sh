# Seeded random IPv6 policy-routing scenario (seed 40), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:a::3 table 100
ip -6 route add default via 2001:db8:a::3 table 100
ip -6 route add prohibit 2001:db8:5::/48 table 100
ip -6 route add throw 2001:db8:5::/48 metric 10 table 200
ip -6 route add unreachable 2001:db8::/32 table 200
ip -6 route add blackhole 2001:db8:5::/48 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table main
ip -6 route add throw 2001:db8:6::/48 metric 10 table main
ip -6 route add unreachable 2001:db8:6::/48 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 ipproto udp sport 1 dport 1000
ip -6 rule add pref 100 iif veth1 dport 1 dport 2001-2257 nop
ip -6 rule add pref 300 fwmark 3/3 to 2001:db8:6::/48 unreachable
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 rule add pref 200 from 2001:db8:a::/64 lookup 100
ip -6 route get 2001:db8:5::1 mark 0x13 ipproto ipv6-icmp sport 1000 dport 80
ip -6 rule show
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 fibmatch
ip -6 rule show
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule add pref 100 oif veth0 uidrange 0-0 nop
ip -6 route add 2001:db8:5:1::/64 dev veth0 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 oif veth0 mark 7 fibmatch
ip link set veth2 up
ip -6 rule del uidrange 1000-2000 uidrange 0-0 lookup main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1
ip -j -6 rule
ip -6 rule del pref 200
ip -d -6 rule
ip -6 route get 2001:db8:a::9
ip -6 route get 2001:4860::8888 oif veth0 uid 0
ip link set veth2 up
ip -6 route get 2001:db8:b::1 mark 0x13
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table 100
ip -6 rule list pref 100
ip -6 route del 2001:db8:5:1::/64 table 200
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 oif veth0
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table main
ip -6 rule add pref 50 to 2001:db8::/32 table 100 suppress_prefixlength 0
ip -6 rule add pref 100 sport 2001 prohibit
ip -6 rule add pref 50 sport 1-935 iif veth0 prohibit
ip -6 rule add fwmark 7 uidrange 0-100 uidrange 0-0 prohibit
ip -6 rule add not oif veth2 sport 2001-3781 table 200 suppress_ifgroup 5
ip -6 rule add sport 1-861 ipproto ipv6-icmp sport 2001 prohibit
ip -6 rule add iif veth1 table 200
ip -6 route get 2001:db8:6::1 oif veth2
ip -6 rule add sport 1001-1260 dport 1-1765 table 100 suppress_prefixlength 48
ip -6 rule del oif veth2 from 2001:db8:a::/64 ipproto tcp
ip -6 rule del dport 2001
ip -6 route add throw 2001:db8::/32 table 200
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5:1::7 ipproto udp sport 1 dport 1000
ip -6 rule del ipproto udp
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 route add unreachable 2001:db8::/32 table 200
ip -6 rule add pref 32000 to 2001:db8:5::/48 dport 1001-2696 uidrange 0-100 table 200 suppress_ifgroup 5
ip -6 rule add pref 32000 ipproto udp blackhole
ip -6 rule add pref 300 fwmark 7 table 200 suppress_ifgroup 0
ip -6 rule add oif veth2 table main suppress_prefixlength 48
ip -6 route get 2001:db8:a::9 uid 0
ip -j -6 rule
ip -6 route add default dev veth2 table 100
ip -6 rule show
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 rule
ip -6 route show table all

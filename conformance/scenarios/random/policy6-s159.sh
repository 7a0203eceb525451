# Seeded random IPv6 policy-routing scenario (seed 159), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::2 table 100
ip -6 route add prohibit 2001:db8:6::/48 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 100
ip -6 route add default via 2001:db8:b::2 metric 10 table 200
ip -6 route add default via 2001:db8:a::2 table 200
ip -6 route add default via 2001:db8:a::3 table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table main
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table main
ip -6 route add prohibit default metric 10 table main
ip -j -6 rule
ip -6 rule add to 2001:db8:6::/48 prohibit
ip -6 rule add to 2001:db8:5::/48 oif veth0 table 200 suppress_ifgroup 5
ip -6 route show table all
ip -6 rule add pref 300 not dport 1001-2847 sport 2001-2900 dport 1001-2403 unreachable
ip -6 route get 2001:db8:5::1 oif veth2
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 mark 0x13
ip -6 route get 2001:db8:a::9 oif veth2
ip -6 rule add not fwmark 0x10/0xf0 from 2001:db8:b::1 oif veth0 prohibit
ip -6 route del 2001:db8:5::/48 table 100
ip -6 rule add sport 1 lookup main
ip -6 rule show table 100
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route add blackhole 2001:db8:6::/48 table main
ip -6 rule add uidrange 0-0 oif veth0 unreachable
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 uid 50 ipproto tcp
ip -6 rule add oif veth2 unreachable
ip -6 rule add pref 50 not fwmark 7 lookup main
ip -6 rule add pref 200 uidrange 0-100 to 2001:4860::/32 from 2001:db8::/32 nop
ip -6 rule add not to 2001:db8:6::/48 oif veth0 goto 50
ip -6 rule add pref 200 not iif lo uidrange 0-100 iif veth0 unreachable
ip -6 rule del oif veth0 uidrange 0-100 lookup 100
ip -6 route add prohibit default table 100
ip -6 rule del dport 1001-2267 nop
ip -6 rule show
ip link set veth2 up
ip -6 rule add pref 300 ipproto tcp fwmark 3/3 blackhole
ip -6 route get 2001:db8:a::9 oif veth0 uid 1500
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 mark 3
ip -6 rule add pref 200 iif veth1 table 200
ip -6 rule add dport 1001 table main suppress_prefixlength 0
ip -6 route del 2001:db8:5::/48 table main
ip -6 rule list pref 100
ip -6 rule add pref 100 not dport 1-1431 dport 1001 goto 50
ip -6 rule list pref 100
ip -6 rule
ip -j -6 rule
ip -6 route show table all
ip -6 rule add iif lo uidrange 1000-2000 prohibit
ip -6 rule del dport 1-1282 from 2001:db8:a::/64 prohibit
ip -6 rule
ip -6 rule show
ip -6 rule add from all dport 1001 sport 1001-2671 prohibit
ip -6 route get 2001:db8:a::9 ipproto ipv6-icmp sport 2500 dport 1000
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 mark 3
ip -6 route add default via 2001:db8:a::2 table 200
ip -6 route get 2001:db8:7::1 oif veth0
ip -6 rule add fwmark 0x10/0xf0 fwmark 3/3 prohibit
ip -6 route get 2001:db8:a::9 from 2001:db8:c::1
ip -6 route get 2001:db8:a::9 ipproto udp fibmatch
ip -6 rule del ipproto ipv6-icmp table 200
ip -6 route get 2001:db8:7::1 oif veth0
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 fibmatch
ip -6 rule add pref 200 fwmark 0x10/0xf0 goto 32000
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99 fibmatch
ip -6 rule add pref 200 from 2001:db8:b::1 goto 32000
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table 100
ip -6 rule del uidrange 1000-2000 lookup main
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 rule
ip -6 route show table all

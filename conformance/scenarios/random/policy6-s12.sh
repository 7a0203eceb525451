# Seeded random IPv6 policy-routing scenario (seed 12), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:b::2 metric 10 table 100
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 metric 10 table 100
ip -6 route add blackhole 2001:db8::/32 table 200
ip -6 route add ::/1 via 2001:db8:c::2 table 200
ip -6 route add 2001:db8:6::/48 via 2001:db8:c::2 table 200
ip -6 route add prohibit default table main
ip -6 route add prohibit 2001:db8:5:1::/64 table main
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table main
ip -6 rule del pref 200
ip -6 rule add ipproto ipv6-icmp ipproto ipv6-icmp table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5:1::7 ipproto udp sport 1 dport 1000
ip -6 rule add pref 100 uidrange 0-0 goto 100
ip link set veth0 up
ip -6 rule add pref 300 not sport 1 sport 1001-2430 table 200 suppress_ifgroup 5
ip -6 rule list pref 100
ip link set veth2 up
ip -6 rule add pref 50 uidrange 0-100 table main suppress_prefixlength 32
ip -6 route get 2001:db8:5:1::9 from 2001:db8:c::1
ip -6 route add prohibit default metric 10 table 200
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 1 dport 80
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 route get 2001:db8:5::1 mark 7
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 0x13
ip -6 rule del pref 200
ip -j -6 rule
ip -6 rule add pref 50 uidrange 0-100 from 2001:db8:a::/64 table 200 suppress_ifgroup 0
ip -6 rule list pref 100
ip -6 route get 2001:db8:5::1 from 2001:db8:c::1 mark 7
ip -6 rule del pref 100
ip -6 route add 2001:db8:5:1::/64 dev veth0 metric 10 table 100
ip -6 route add default via 2001:db8:a::2 table 200
ip -6 rule list pref 100
ip -6 rule add pref 100 uidrange 0-100 uidrange 0-0 table main suppress_prefixlength 0
ip -6 rule add pref 100 oif veth0 from 2001:db8::/32 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::9
ip -6 route show table all
ip -6 route get 2001:db8:7::1 ipproto udp sport 2500 dport 80 fibmatch
ip -6 route add 2001:db8::/32 via 2001:db8:c::2 metric 10 table 200
ip -6 route del 2001:db8:5::/48 table 200
ip -6 rule add to 2001:db8:5::/48 to 2001:db8:6::/48 table 100 suppress_prefixlength 48
ip -6 route get 2001:db8:5:1::9 uid 0
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5:1::9 uid 1500 ipproto ipv6-icmp
ip -6 rule add not ipproto ipv6-icmp from 2001:db8:a::/64 goto 200
ip -6 route get 2001:db8:6::1 mark 3
ip -d -6 rule
ip -6 rule add sport 1 fwmark 3/3 prohibit
ip -6 route show table all
ip -6 route get 2001:4860::8888 mark 7
ip -6 rule
ip -6 rule show
ip -6 route get 2001:db8:b::1 uid 50
ip -6 route get 2001:db8:5:1::9 mark 7 ipproto udp sport 2500 dport 1000
ip -6 rule add pref 200 fwmark 7 unreachable
ip -6 rule del sport 1-542 prohibit
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 route get 2001:db8:7::1
ip -6 rule
ip link set veth0 down
ip -6 rule add fwmark 7 fwmark 7 goto 200
ip -6 rule add fwmark 3/3 fwmark 7 lookup main
ip -6 rule del pref 100
ip link set veth2 up
ip -6 rule add pref 200 not from 2001:db8:a::/64 iif veth1 ipproto ipv6-icmp prohibit
ip -d -6 rule
ip -6 route get 2001:db8:5:1::9 mark 0x13
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 ipproto udp sport 1000 dport 1000
ip -6 rule
ip -6 route show table all

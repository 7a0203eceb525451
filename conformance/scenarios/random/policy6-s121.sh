# Seeded random IPv6 policy-routing scenario (seed 121), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:a::3 table 100
ip -6 route add blackhole default metric 10 table 100
ip -6 route add throw default table 200
ip -6 route add throw ::/1 metric 10 table 200
ip -6 route add prohibit default table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 metric 10 table main
ip -6 route add 2001:db8::/32 dev veth2 metric 10 table main
ip -6 route add throw 2001:db8::/32 metric 10 table main
ip link set veth0 up
ip -6 route del 2001:db8::/32 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table 100
ip -6 route show table 200
ip -6 rule show
ip -6 route get 2001:db8:7::1
ip -6 rule add pref 32000 iif veth1 oif veth2 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:7::1 from 2001:db8:a::1 oif veth0
ip -6 rule del uidrange 1000-2000 prohibit
ip -6 rule show
ip -6 route get 2001:db8:5:1::7 ipproto tcp sport 2500 dport 1000
ip -6 route del ::/1 table main
ip -6 rule add oif veth2 lookup main
ip -6 route show table all
ip -6 rule list pref 100
ip -6 rule add fwmark 0x10/0xf0 oif veth2 table 200 suppress_ifgroup 0
ip -6 rule del ipproto udp dport 2001-3129
ip -6 route get 2001:db8:5:1::9
ip -6 rule del pref 300
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99
ip -6 rule del not to 2001:4860::/32 fwmark 7
ip -6 route get 2001:db8:6::1 mark 7 uid 0
ip -6 rule show
ip -6 rule add pref 32000 iif lo ipproto udp fwmark 3/3 goto 300
ip -6 rule add pref 50 uidrange 0-0 nop
ip -6 rule add from all ipproto ipv6-icmp unreachable
ip -6 rule
ip -6 rule del iif lo unreachable
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 uid 50
ip -6 rule add pref 200 not from 2001:db8::/32 nop
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table main
ip -6 route get 2001:4860::8888 mark 7
ip -6 route get 2001:db8:a::9
ip -6 rule del pref 50
ip -6 route show table all
ip link set veth0 up
ip -6 route get 2001:4860::8888
ip -6 rule add pref 32000 uidrange 1000-2000 table 100
ip link set veth0 down
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth2 mark 0x13
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 300 not iif veth0 sport 1 table 100
ip -6 route get 2001:db8:5::1
ip -6 rule add pref 100 iif lo sport 2001 unreachable
ip -6 rule add pref 32000 fwmark 7 ipproto ipv6-icmp nop
ip -6 rule add dport 1 blackhole
ip -6 route get 2001:db8:b::1 mark 7 uid 50
ip -6 rule add pref 300 fwmark 3/3 iif lo lookup main
ip link set veth0 up
ip -6 rule del uidrange 1000-2000 from 2001:db8:b::1 ipproto udp
ip -6 rule add uidrange 1000-2000 blackhole
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth0
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 mark 3 ipproto ipv6-icmp sport 1500 dport 80
ip -6 rule add from 2001:db8::/32 fwmark 0x10/0xf0 fwmark 0x10/0xf0 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 200
ip -6 route get 2001:db8:6::1 oif veth0 mark 3
ip -6 rule add pref 50 iif veth0 nop
ip -6 rule add pref 300 sport 2001 table 100 suppress_prefixlength 0
ip -6 rule
ip -6 route show table all

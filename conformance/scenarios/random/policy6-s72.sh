# Seeded random IPv6 policy-routing scenario (seed 72), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 metric 10 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 100
ip -6 route add throw 2001:db8:5:1::/64 table 100
ip -6 route add 2001:db8:5:1::7 dev veth2 metric 10 table 200
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table 200
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 route add prohibit default metric 10 table main
ip -6 route add 2001:db8:6::/48 dev veth0 table main
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table main
ip -6 route get 2001:db8:7::1 oif veth0
ip -6 rule add pref 100 ipproto tcp iif veth0 table 200 suppress_ifgroup 0
ip -6 rule add pref 200 not to 2001:db8::/32 oif veth2 fwmark 0x10/0xf0 lookup main
ip -6 route get 2001:db8:6::1 oif veth2
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:5:1::9
ip link set veth2 down
ip -d -6 rule
ip -6 rule show table 100
ip -6 route get 2001:db8:7::1 oif veth2 mark 3 uid 50
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 oif veth2 mark 0x13
ip -6 rule show
ip -6 route get 2001:db8:5:1::7 mark 3
ip -6 rule add pref 32000 iif lo from 2001:db8:b::1 nop
ip -6 route show table 200
ip -6 route add throw default table 200
ip -6 route show table all
ip -6 rule show
ip -6 rule add pref 200 oif veth0 from all table 200
ip -6 route get 2001:db8:5::1 ipproto tcp
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 fibmatch
ip -6 rule add pref 100 ipproto ipv6-icmp oif veth2 goto 200
ip -j -6 rule
ip -6 route get 2001:db8:5:1::9 from 2001:db8:b::1 oif veth0
ip link set veth0 up
ip -6 rule add uidrange 0-0 unreachable
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 metric 10 table main
ip -6 rule del pref 300
ip -6 rule add pref 32000 uidrange 0-100 iif lo nop
ip -6 route get 2001:db8:6::1 mark 0x13
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 1500 dport 2001
ip -6 route del 2001:db8:5::/48 table 200
ip -6 rule show
ip -6 route show table 200
ip -6 rule add pref 300 oif veth2 fwmark 0x10/0xf0 nop
ip -6 route get 2001:db8:b::1 mark 7 uid 0 ipproto udp sport 1500 dport 80
ip -6 rule add from 2001:db8:a::/64 table 200 suppress_ifgroup 5
ip -6 rule
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 ipproto tcp
ip -6 route del 2001:db8::/32 table 200
ip -6 route add ::/1 dev veth0 table 200
ip -6 rule
ip -6 rule show table 100
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 rule del to 2001:db8:5::/48 oif veth2
ip -6 rule del pref 50
ip -6 route show table 200
ip -6 route get 2001:db8:a::9 ipproto tcp sport 1500 dport 1000
ip -6 route get 2001:4860::8888 from 2001:db8:a::1
ip -6 rule add ipproto tcp fwmark 7 unreachable
ip -6 rule del pref 100
ip -6 rule del pref 50
ip -6 rule add not to 2001:4860::/32 ipproto ipv6-icmp ipproto tcp lookup main
ip -j -6 rule
ip -6 rule add not to 2001:db8::/32 dport 2001-3121 sport 1 table main suppress_prefixlength 32
ip -6 route get 2001:db8:6::1 ipproto udp sport 2500 dport 2001
ip -6 rule add pref 300 oif veth2 oif veth2 nop
ip -d -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth0 mark 3 ipproto udp
ip -6 rule
ip -6 route show table all

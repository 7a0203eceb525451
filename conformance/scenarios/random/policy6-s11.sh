# Seeded random IPv6 policy-routing scenario (seed 11), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::/64 via 2001:db8:c::2 metric 10 table 100
ip -6 route add blackhole ::/1 table 100
ip -6 route add prohibit 2001:db8:5:1::/64 metric 10 table 100
ip -6 route add prohibit 2001:db8:6::/48 metric 10 table 200
ip -6 route add 2001:db8::/32 dev veth2 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth2 table 200
ip -6 route add ::/1 dev veth2 table main
ip -6 route add prohibit 2001:db8:5::/48 table main
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table main
ip -6 route show table all
ip -6 route get 2001:db8:b::1 ipproto udp sport 1000 dport 2001
ip -6 rule del not from 2001:db8:b::1 ipproto ipv6-icmp
ip link set veth0 up
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth2 ipproto ipv6-icmp
ip -6 rule add sport 1-125 to 2001:db8:5::/48 table 100 suppress_prefixlength 32
ip -6 route get 2001:db8:5::1 ipproto tcp
ip -6 route add 2001:db8::/32 via 2001:db8:b::2 table 100
ip -6 rule show
ip -6 route show table all
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::99 mark 3 ipproto ipv6-icmp sport 1000 dport 1000
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 fibmatch
ip -6 route show table 200
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 rule show
ip -6 rule del ipproto udp oif veth0
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1
ip -6 route add prohibit 2001:db8:5:1::7 table main
ip -6 rule list pref 100
ip -6 rule add fwmark 7 nop
ip -6 route get 2001:4860::8888 from 2001:db8:c::1 mark 0x13 ipproto udp sport 1500 dport 1000
ip -6 route add 2001:db8:5::/48 dev veth0 metric 10 table 100
ip -6 route get 2001:db8:5:1::9 ipproto udp sport 1000 dport 80
ip -6 rule
ip -6 route add throw 2001:db8:5::/48 table main
ip -6 route get 2001:db8:6::1
ip -6 rule add uidrange 1000-2000 goto 50
ip -6 route del 2001:db8:5:1::7 table 100
ip -6 rule add pref 32000 iif veth1 fwmark 3/3 nop
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth0 mark 3
ip -6 route show table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 200
ip -6 rule list pref 100
ip -6 route add 2001:db8:6::/48 via 2001:db8:a::3 table 100
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 rule del dport 1
ip -6 rule del iif veth1 from 2001:db8:a::/64 table main suppress_prefixlength 48
ip -6 rule show
ip -6 route get 2001:4860::8888 mark 7
ip -6 rule del pref 100
ip -6 rule add not fwmark 0x10/0xf0 unreachable
ip -6 rule show table 100
ip -6 rule add pref 200 sport 1 lookup 100
ip -6 rule del to 2001:4860::/32 sport 1-913 uidrange 0-100
ip -6 rule
ip -6 rule add to 2001:db8::/32 prohibit
ip -6 route add ::/1 via 2001:db8:a::3 metric 10 table 100
ip -6 rule list pref 100
ip -6 rule del dport 1-1206 fwmark 0x10/0xf0 goto 200
ip -6 rule add from 2001:db8:b::1 lookup 100
ip -6 route del 2001:db8:5::/48 table 100
ip -6 rule add oif veth0 fwmark 3/3 unreachable
ip -6 rule add from 2001:db8:b::1 table 200 suppress_ifgroup 0
ip -6 route get 2001:4860::8888 uid 1500
ip -6 rule
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route get 2001:4860::8888 uid 1500 ipproto tcp
ip link set veth0 down
ip -6 rule
ip -6 route show table all

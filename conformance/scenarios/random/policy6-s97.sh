# Seeded random IPv6 policy-routing scenario (seed 97), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add throw 2001:db8:5::/48 metric 10 table 100
ip -6 route add throw 2001:db8:5:1::7 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 100
ip -6 route add unreachable 2001:db8::/32 table 200
ip -6 route add blackhole 2001:db8:6::/48 table 200
ip -6 route add throw 2001:db8::/32 table 200
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table main
ip -6 route add prohibit 2001:db8:5:1::7 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table main
ip -6 rule add to 2001:4860::/32 iif lo to 2001:db8::/32 table 100
ip -6 route get 2001:db8:5:1::9
ip -6 rule add pref 300 iif veth1 lookup 100
ip -6 route get 2001:db8:5:1::7
ip -6 rule add oif veth0 table 200
ip -6 rule del pref 100
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 rule list pref 100
ip -6 rule del dport 2001-2384 uidrange 0-100 prohibit
ip -6 route del 2001:db8:6::/48 table 100
ip -6 route get 2001:db8:a::9
ip -6 rule add to 2001:db8:6::/48 uidrange 0-100 goto 32000
ip -6 route get 2001:db8:5:1::7 ipproto ipv6-icmp
ip -6 route get 2001:db8:5::1
ip -6 rule add pref 100 not oif veth0 sport 1-34 prohibit
ip -6 route add throw 2001:db8:5:1::/64 metric 10 table 200
ip -6 rule add sport 2001-3872 fwmark 7 prohibit
ip -6 rule add fwmark 3/3 to 2001:4860::/32 blackhole
ip -6 route add 2001:db8:5:1::/64 dev veth0 metric 10 table 100
ip -6 rule add pref 200 dport 2001 table main suppress_prefixlength 0
ip -6 route add unreachable 2001:db8:5::/48 table 200
ip -6 route del 2001:db8:5:1::/64 table 100
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99 uid 0 fibmatch
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1
ip -6 route get 2001:db8:5::1
ip -6 rule add pref 32000 from all ipproto udp table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:5:1::9 oif veth2 mark 3 uid 50
ip -6 route show table 200
ip -6 route del 2001:db8::/32 table 100
ip link set veth2 down
ip -6 rule
ip -6 route add 2001:db8:5:1::7 via 2001:db8:c::2 metric 10 table 200
ip -6 route get 2001:db8:b::1 mark 7
ip -d -6 rule
ip -6 rule add pref 100 fwmark 0x10/0xf0 ipproto tcp lookup 100
ip -6 route del 2001:db8:6::/48 table 200
ip -6 rule add pref 200 ipproto tcp sport 1 table 200 suppress_ifgroup 5
ip -6 route show table 200
ip -6 rule add pref 50 sport 1001 to 2001:4860::/32 unreachable
ip -6 rule add pref 300 dport 2001 oif veth2 lookup main
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1 oif veth0 uid 0
ip -6 rule add pref 100 uidrange 1000-2000 lookup main
ip -6 rule add pref 300 to 2001:db8::/32 table main suppress_prefixlength 32
ip -6 rule add uidrange 0-0 prohibit
ip -6 route get 2001:db8:b::1 from 2001:db8:c::1 oif veth2
ip -6 rule show table 100
ip -6 rule add iif veth0 iif lo to 2001:db8:6::/48 lookup main
ip -6 rule add pref 50 sport 1 ipproto tcp table 100 suppress_prefixlength 32
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 200
ip -j -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 mark 3 uid 50
ip -6 rule show
ip -6 rule add not uidrange 0-0 to 2001:db8::/32 uidrange 0-0 goto 100
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1 ipproto udp sport 2500 dport 2001
ip -6 route add default via 2001:db8:a::2 table main
ip -6 rule add pref 200 sport 2001-2064 from all nop
ip link set veth0 down
ip -6 rule del oif veth0 sport 1001-1643 to 2001:db8:6::/48 blackhole
ip -6 rule del ipproto ipv6-icmp ipproto tcp lookup main
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 ipproto udp sport 1500 dport 1000
ip -6 rule
ip -6 route show table all

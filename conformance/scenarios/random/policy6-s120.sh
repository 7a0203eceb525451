# Seeded random IPv6 policy-routing scenario (seed 120), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5:1::7 via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 100
ip -6 route add throw 2001:db8:6::/48 table 100
ip -6 route add 2001:db8:6::/48 dev veth2 metric 10 table 200
ip -6 route add default via 2001:db8:b::2 table 200
ip -6 route add throw default table 200
ip -6 route add blackhole 2001:db8:5:1::7 metric 10 table main
ip -6 route add default via 2001:db8:a::2 table main
ip -6 route add unreachable ::/1 table main
ip -6 route get 2001:db8:5::1 from 2001:db8:a::99 mark 0x13
ip -6 route get 2001:db8:5::1 mark 3 uid 0 fibmatch
ip -6 route get 2001:db8:6::1 mark 7
ip -6 rule del pref 300
ip link set veth0 up
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto tcp sport 1500 dport 80
ip -6 rule add pref 300 ipproto udp to 2001:4860::/32 sport 2001 nop
ip -6 rule show
ip -6 rule del from 2001:db8:b::1 table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:5::1 uid 0
ip -6 rule
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 ipproto ipv6-icmp
ip -6 rule add pref 200 sport 1 iif lo uidrange 1000-2000 table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:b::1
ip -6 rule add pref 50 iif veth1 to 2001:db8:6::/48 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:5::1 mark 3 ipproto udp sport 1 dport 1000
ip -6 route add prohibit 2001:db8:5::/48 table 100
ip -6 rule add pref 100 from 2001:db8:a::/64 iif lo goto 32000
ip -6 rule del dport 1001
ip -6 rule del not uidrange 0-100 iif veth0 goto 200
ip -j -6 rule
ip -6 route get 2001:db8:a::9 oif veth0
ip -6 rule show
ip -6 rule del oif veth2 fwmark 3/3 sport 2001 table 100
ip -6 rule add pref 300 sport 1-1864 uidrange 0-0 iif veth0 table 200 suppress_ifgroup 5
ip link set veth2 down
ip -6 route get 2001:db8:5::1 uid 1500
ip -6 rule del sport 2001 uidrange 0-0 unreachable
ip -6 rule add pref 300 iif veth1 iif veth0 ipproto tcp lookup main
ip -6 rule add dport 2001 oif veth0 uidrange 1000-2000 unreachable
ip -6 route show table all
ip -6 rule add dport 2001 to 2001:db8::/32 oif veth0 unreachable
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add unreachable 2001:db8:5:1::/64 table 100
ip -6 rule add pref 32000 iif lo iif veth1 oif veth0 table main suppress_prefixlength 48
ip -6 rule
ip -6 route get 2001:db8:5:1::7 from 2001:db8:c::1 mark 3 ipproto udp sport 1500 dport 80
ip -6 rule del pref 200
ip -6 route del 2001:db8:5:1::/64 table 200
ip -d -6 rule
ip link set veth2 up
ip -6 route add throw 2001:db8:5:1::/64 table 200
ip -6 rule del not dport 2001 fwmark 0x10/0xf0 from 2001:db8::/32 table 100
ip -6 route get 2001:db8:7::1 mark 0x13
ip -6 route get 2001:4860::8888 from 2001:db8:a::99 ipproto tcp sport 1500 dport 80
ip -6 rule add not iif veth1 blackhole
ip -6 rule add uidrange 0-0 iif veth0 table main suppress_prefixlength 0
ip -6 route add 2001:db8:5::/48 dev veth2 table 200
ip -d -6 rule
ip link set veth2 up
ip -6 route get 2001:db8:5:1::7
ip -6 route del 2001:db8:5::/48 table main
ip link set veth0 up
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::1 ipproto udp sport 1000 dport 80
ip -6 rule add oif veth0 uidrange 0-100 oif veth0 lookup 100
ip -6 route get 2001:db8:7::1
ip -6 route show table 200
ip -6 route get 2001:db8:5:1::9 uid 1500 ipproto ipv6-icmp sport 2500 dport 80
ip -6 rule list pref 100
ip -6 rule add pref 200 sport 1001-1622 iif lo lookup 100
ip -6 rule
ip -6 route show table all

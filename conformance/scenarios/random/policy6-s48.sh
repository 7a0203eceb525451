# Seeded random IPv6 policy-routing scenario (seed 48), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add default via 2001:db8:a::2 table 100
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route add prohibit 2001:db8:6::/48 table 100
ip -6 route add throw 2001:db8:5:1::/64 table 200
ip -6 route add ::/1 via 2001:db8:a::2 table 200
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::2 table 200
ip -6 route add prohibit ::/1 metric 10 table main
ip -6 route add throw 2001:db8:5:1::7 metric 10 table main
ip -6 route add unreachable 2001:db8:5::/48 table main
ip -6 rule list pref 100
ip -6 route get 2001:db8:b::1 oif veth0
ip -6 rule add oif veth0 prohibit
ip -6 route get 2001:4860::8888
ip -6 route get 2001:db8:7::1 from 2001:db8:c::1 oif veth2 mark 0x13 uid 50
ip -6 route del 2001:db8:6::/48 table 100
ip -6 rule add sport 1 unreachable
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1
ip -6 rule del from all dport 2001 unreachable
ip -6 rule del pref 200
ip -6 rule del dport 1 dport 1 from 2001:db8:b::1
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 rule add ipproto ipv6-icmp fwmark 3/3 sport 1-1265 unreachable
ip -6 route show table 200
ip -6 rule add pref 300 iif lo dport 2001 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 table main
ip -6 route show table all
ip -6 route get 2001:db8:5:1::7 mark 0x13
ip -6 route get 2001:db8:b::1 from 2001:db8:a::99
ip -6 route show table all
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 oif veth2 ipproto ipv6-icmp fibmatch
ip -6 rule add not iif veth1 ipproto tcp from 2001:db8:b::1 table 100 suppress_prefixlength 32
ip -6 rule add pref 300 to 2001:4860::/32 prohibit
ip -6 rule add pref 300 not dport 1001-1885 sport 2001 to 2001:db8:6::/48 lookup 100
ip -6 route add 2001:db8:6::/48 dev veth2 table main
ip -6 rule del dport 2001-2742 fwmark 3/3 ipproto udp
ip -d -6 rule
ip -6 route get 2001:db8:b::1 from 2001:db8:b::1
ip -6 rule add pref 50 not from 2001:db8:a::/64 table 200 suppress_ifgroup 5
ip -6 rule add pref 200 iif veth1 ipproto udp oif veth2 lookup 100
ip -6 rule del not iif lo sport 2001
ip -6 rule add pref 50 ipproto udp nop
ip -6 rule add pref 200 not oif veth2 table main suppress_prefixlength 48
ip -6 route del 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:a::9 from 2001:db8:a::99 oif veth2 ipproto udp
ip -6 rule show
ip -6 rule add pref 300 dport 2001 table 200 suppress_ifgroup 0
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1 ipproto ipv6-icmp sport 1500 dport 80
ip -6 route get 2001:db8:b::1 ipproto udp sport 2500 dport 2001
ip -6 route get 2001:db8:b::1 from 2001:db8:a::1 uid 50
ip -6 rule add pref 100 uidrange 0-100 sport 2001-3520 table 200
ip -6 route get 2001:db8:5:1::7 from 2001:db8:a::99
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -6 rule show table 100
ip -j -6 rule
ip -6 route get 2001:db8:7::1 oif veth2 mark 0x13 fibmatch
ip -6 rule add pref 200 dport 1001 table 100
ip -j -6 rule
ip -6 route get 2001:4860::8888 from 2001:db8:b::1 mark 7 ipproto tcp sport 1000 dport 2001
ip -6 route show table all
ip -6 rule add iif veth0 table 200
ip -j -6 rule
ip -6 route del ::/1 table main
ip -6 route del 2001:db8::/32 table 100
ip -6 rule del to 2001:db8:5::/48
ip -6 rule list pref 100
ip -6 route get 2001:4860::8888 mark 0x13 uid 1500 ipproto tcp
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1 ipproto ipv6-icmp sport 1000 dport 2001
ip -6 rule add pref 200 iif veth1 dport 2001-2052 table 100
ip -6 route get 2001:db8:5:1::9 oif veth0 ipproto tcp
ip -6 rule
ip -6 route show table all

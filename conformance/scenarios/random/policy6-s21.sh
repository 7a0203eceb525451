# Seeded random IPv6 policy-routing scenario (seed 21), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table 100
ip -6 route add 2001:db8::/32 via 2001:db8:a::2 table 100
ip -6 route add throw 2001:db8:5::/48 table 100
ip -6 route add 2001:db8:5:1::/64 dev veth2 metric 10 table 200
ip -6 route add prohibit 2001:db8::/32 metric 10 table 200
ip -6 route add unreachable default table 200
ip -6 route add prohibit 2001:db8:5::/48 metric 10 table main
ip -6 route add throw 2001:db8:5:1::/64 table main
ip -6 route add throw 2001:db8::/32 table main
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 rule add pref 200 dport 2001-2492 fwmark 3/3 to 2001:4860::/32 table 100 suppress_prefixlength 32
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table 200
ip -6 route add default dev veth0 metric 10 table 200
ip -6 route add 2001:db8:5::/48 via 2001:db8:c::2 table 100
ip -j -6 rule
ip -d -6 rule
ip -6 route show table all
ip -6 route add blackhole 2001:db8:5:1::7 table 100
ip -6 rule show table 100
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route get 2001:4860::8888 oif veth2
ip -6 rule del pref 200
ip -6 rule add to 2001:db8:5::/48 unreachable
ip -6 route add blackhole 2001:db8:5:1::/64 metric 10 table 200
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::9 mark 3
ip -6 route get 2001:db8:5:1::7
ip -6 rule add ipproto ipv6-icmp sport 1 goto 50
ip -6 rule add pref 300 dport 2001 prohibit
ip -6 rule show table 100
ip link set veth2 up
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:6::1 oif veth2 mark 7
ip -6 rule add pref 200 sport 2001-2125 sport 1001-1057 oif veth0 goto 300
ip link set veth0 up
ip -6 route show table 200
ip -6 route get 2001:db8:6::1 mark 3 ipproto tcp sport 2500 dport 80
ip -j -6 rule
ip -6 route add blackhole 2001:db8::/32 table 200
ip -6 rule add pref 300 oif veth0 iif lo unreachable
ip -6 rule add pref 100 iif veth0 sport 2001-2254 goto 32000
ip -6 rule show
ip -6 rule add ipproto udp oif veth2 nop
ip -6 rule add pref 300 dport 2001 sport 1001-1697 prohibit
ip -6 rule add oif veth2 sport 1-1698 fwmark 3/3 lookup 100
ip -6 route get 2001:4860::8888
ip -6 route del 2001:db8:5:1::7 table main
ip -6 route add prohibit 2001:db8:5::/48 table 200
ip -j -6 rule
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1 oif veth2 mark 7 ipproto udp sport 1000 dport 80 fibmatch
ip link set veth0 down
ip -6 route get 2001:db8:7::1 mark 3
ip -6 rule del not uidrange 0-100 prohibit
ip -6 route del ::/1 table main
ip -6 route get 2001:db8:7::1
ip -6 route add throw 2001:db8:6::/48 metric 10 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:c::1
ip -6 rule
ip -6 route add ::/1 via 2001:db8:b::2 table 100
ip -6 rule add pref 300 oif veth0 oif veth0 table 200 suppress_ifgroup 0
ip -6 rule add pref 50 from 2001:db8::/32 uidrange 0-0 dport 1 lookup main
ip -6 rule add to 2001:db8:6::/48 sport 1 table 200 suppress_ifgroup 0
ip -6 route show table all
ip -j -6 rule
ip -6 route get 2001:db8:5:1::7
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:b::1
ip -6 route add prohibit 2001:db8:5:1::7 metric 10 table 100
ip -6 rule
ip -6 route show table all

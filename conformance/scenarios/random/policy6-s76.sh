# Seeded random IPv6 policy-routing scenario (seed 76), from conformance/generators/policy.ts --profile 6.
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
ip -6 route add ::/1 via 2001:db8:b::2 metric 10 table 100
ip -6 route add unreachable default table 100
ip -6 route add blackhole 2001:db8:6::/48 table 100
ip -6 route add unreachable 2001:db8:5:1::7 table 200
ip -6 route add 2001:db8::/32 dev veth0 table 200
ip -6 route add 2001:db8:5:1::/64 dev veth0 table 200
ip -6 route add ::/1 dev veth2 metric 10 table main
ip -6 route add 2001:db8:5:1::7 via 2001:db8:a::3 table main
ip -6 route add blackhole ::/1 table main
ip -6 route add blackhole 2001:db8:5::/48 table 100
ip -6 rule add pref 100 iif veth1 oif veth0 table 200
ip -6 route add throw 2001:db8:5:1::/64 table 200
ip -6 route get 2001:db8:a::9 oif veth0
ip -6 rule show table 100
ip -6 route get 2001:db8:5:1::9 from 2001:db8:a::1 mark 3 ipproto tcp
ip -6 route show table 200
ip -6 rule
ip link set veth0 up
ip -6 rule del oif veth0
ip -6 rule add pref 32000 iif veth0 oif veth0 iif veth0 table 200 suppress_ifgroup 5
ip link set veth2 up
ip -6 route get 2001:db8:6::1 from 2001:db8:a::1
ip -6 rule add pref 50 iif lo table 200 suppress_ifgroup 5
ip -6 route show table all
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::2 table 100
ip -6 route get 2001:db8:6::1 from 2001:db8:b::1
ip -6 rule add pref 32000 iif veth1 ipproto tcp iif veth0 nop
ip -6 route show table 200
ip -6 rule add pref 50 uidrange 1000-2000 iif lo iif lo table 100 suppress_prefixlength 32
ip link set veth2 down
ip -6 rule add pref 100 sport 2001 from all to 2001:db8:6::/48 unreachable
ip -6 rule list pref 100
ip -6 rule show
ip link set veth2 up
ip -6 rule add from 2001:db8::/32 blackhole
ip -6 rule add oif veth2 table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:5:1::9 oif veth0 mark 3
ip -6 rule add uidrange 1000-2000 iif lo uidrange 1000-2000 table 200
ip -6 route show table 200
ip -6 rule add pref 100 iif veth0 dport 1 lookup main
ip -6 rule show
ip -6 rule add pref 100 from 2001:db8::/32 to 2001:db8:6::/48 nop
ip link set veth0 down
ip -6 route get 2001:db8:5:1::9
ip -6 route get 2001:db8:a::9
ip -6 rule show
ip -6 route add 2001:db8:5:1::7 dev veth0 metric 10 table main
ip -6 rule add pref 200 uidrange 1000-2000 to 2001:db8::/32 iif lo table 200 suppress_ifgroup 5
ip -6 route get 2001:db8:6::1 from 2001:db8:a::99 ipproto ipv6-icmp sport 1 dport 1000 fibmatch
ip -6 rule add pref 300 not to 2001:4860::/32 blackhole
ip -6 rule del to 2001:db8:6::/48
ip -6 rule add from 2001:db8:a::/64 table 200 suppress_ifgroup 0
ip -6 rule show
ip -6 route get 2001:db8:5::1 mark 7 ipproto udp sport 1500 dport 2001
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:db8:5:1::7 from 2001:db8:b::1
ip -6 rule del pref 200
ip -6 route add throw 2001:db8:5:1::7 table main
ip -6 route get 2001:db8:5:1::7 oif veth2 ipproto tcp
ip -6 route show table 200
ip -6 rule add pref 300 sport 1 from 2001:db8:a::/64 sport 1001 table 200 suppress_ifgroup 5
ip -6 route add 2001:db8:6::/48 dev veth0 table main
ip -6 rule add pref 300 from 2001:db8::/32 goto 100
ip -6 route add blackhole default table 100
ip -6 route del ::/1 table main
ip -6 rule add pref 300 ipproto tcp fwmark 3/3 uidrange 1000-2000 prohibit
ip -6 route get 2001:db8:a::9 mark 0x13
ip -6 route get 2001:4860::8888
ip -6 rule del pref 300
ip -6 rule
ip -6 route show table all

# IPv6 policy routing: rule selectors (from, to, iif, oif, fwmark, uidrange,
# ipproto, sport, dport, not), actions (table, goto, nop, blackhole,
# unreachable, prohibit) and suppress_prefixlength / suppress_ifgroup, walked
# by ip -6 route get with the matching selectors.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth2 addrgenmode none
ip link set veth3 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip link set veth2 group 5
ip addr add 2001:db8:a::1/64 dev veth0 nodad
ip addr add 2001:db8:b::1/64 dev veth2 nodad
ip -6 route add default via 2001:db8:a::2
ip -6 route add default via 2001:db8:b::2 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:b::3 table 100
ip -6 route add 2001:db8:5::/48 via 2001:db8:a::3 table 200
ip -6 route add unreachable 2001:db8:6::/48 table 200
ip -6 route get 2001:db8:5::1
ip -6 rule add from 2001:db8:a::/64 table 100
ip -6 route get 2001:db8:5::1
ip -6 route get 2001:db8:5::1 from 2001:db8:a::1
ip -6 route get 2001:db8:5::1 from 2001:db8:b::1
ip -6 rule add to 2001:db8:5::/48 fwmark 7 table 200
ip -6 route get 2001:db8:5::1 mark 7
ip -6 route get 2001:db8:5::1 mark 8
ip -6 rule add pref 10 uidrange 1000-2000 prohibit
ip -6 route get 2001:db8:5::1 uid 1500
ip -6 route get 2001:db8:5::1 uid 2500
ip -6 rule add pref 11 ipproto tcp dport 80 blackhole
ip -6 route get 2001:db8:5::1 ipproto tcp dport 80
ip -6 route get 2001:db8:5::1 ipproto udp dport 80
ip -6 route get 2001:db8:5::1 dport 80
ip -6 rule add pref 12 oif veth2 unreachable
ip -6 route get 2001:db8:5::1 oif veth2
ip -6 route get 2001:db8:5::1 oif veth0
ip -6 rule add pref 13 not to 2001:db8::/32 table 200
ip -6 route get 2001:db8:6::1
ip -6 route get 2001:4860::1
ip -6 rule add pref 14 to 2001:db8:6::/48 goto 16
ip -6 rule add pref 15 to 2001:db8:6::/48 prohibit
ip -6 rule add pref 16 to 2001:db8:6::/48 nop
ip -6 route get 2001:db8:6::1
ip -6 rule add pref 17 to 2001:db8:6::/48 table 100 suppress_prefixlength 0
ip -6 route get 2001:db8:6::1
ip -6 rule add pref 18 to 2001:db8:6::/48 table 100 suppress_ifgroup 5
ip -6 route get 2001:db8:6::1
ip -6 rule add pref 19 to 2001:db8:5::/48 table 100 suppress_ifgroup 5
ip -6 route get 2001:db8:5::1
ip -6 rule add pref 20 iif veth1 prohibit
ip -6 route get 2001:db8:5::1
ip -6 rule add pref 21 iif lo to 2001:db8:5::/48 table 200
ip -6 route get 2001:db8:5::1
ip -6 rule
ip -6 rule add pref 22 from 2001:db8:b::/64 sport 1000-2000 table 200
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1 ipproto udp sport 1500
ip -6 route get 2001:db8:7::1 from 2001:db8:b::1
ip -6 rule add from all to 2001:db8:7::/48 lookup main suppress_prefixlength 0
ip -6 route get 2001:db8:7::1
ip -6 rule flush
ip -6 rule
ip -6 route get 2001:db8:5::1

# net-tools IPv6 views (/proc/net/ipv6_route through rprint_fib6):
# route -A inet6, route -6, netstat -rn -6 / -A inet6, with -e and -ee.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth0 up
ip link set veth1 up
route -n -A inet6
ip addr add 2001:db8::1/64 dev veth0 nodad
ip addr add 2001:db8:1::1/64 dev veth1 nodad
ip addr add 192.0.2.1/24 dev veth0
ip -6 route add 2001:db8:100::/48 via 2001:db8::2
ip -6 route add 2001:db8:200::/48 dev veth1 metric 77
ip -6 route add blackhole 2001:db8:300::/48
ip -6 route add unreachable 2001:db8:400::/48
ip -6 route add prohibit 2001:db8:500::/48
ip -6 route add 2001:db8:600::/48 nexthop via 2001:db8::2 nexthop via 2001:db8:1::2
ip -6 route add default via 2001:db8::ff
ip -6 route add 2001:db8:700::/64 dev veth0 table 100
ip -6 route add 2001:db8:800::1/128 via 2001:db8:1::2
route -n -A inet6
route -6
route -6 -n
route -6 -ne
route -6 -nee
route -n --inet6
route -n -A inet6 -C
netstat -rn -6
netstat -rn -A inet6
netstat -rne -6
netstat -rnee -6
netstat -r -6
netstat -rn --inet6
route -n -A inet7
netstat -rn -A inet7
route -A inet6 add 2001:db8:900::/48 gw 2001:db8::2
route -A inet6 add 2001:db8:901::/48 dev veth1
route -A inet6 add 2001:db8:902::/48 gw 2001:db8::2 dev veth0 metric 5
route -A inet6 add 2001:db8:903::1 gw 2001:db8::2
route -A inet6 add 2001:db8:904::/48 gw 2001:db8::2 mss 1400
route -A inet6 add 2001:db8:905::/48
route -A inet6 add 2001:db8:905::/48 gw 2001:db8:77::2
route -A inet6 add 2001:db8:900::/48 gw 2001:db8::2
route -A inet6 add 2001:db8:906::/129 gw 2001:db8::2
route -A inet6 add
route -A inet6 add 2001:db8:906::/48 gw
route -6 add -net 2001:db8:907::/48 gw 2001:db8::2
ip -6 route
route -A inet6 del 2001:db8:900::/48 gw 2001:db8::2
route -A inet6 del 2001:db8:901::/48 dev veth1
route -A inet6 del 2001:db8:902::/48
route -A inet6 del 2001:db8:999::/48
route -A inet6 flush
ip -6 route
route -n -A inet6
route -A inet6 add 2001:db8:903::1/128 gw 2001:db8::2
route -A inet6 add 2001:db8:903::1 gw 2001:db8::2 dev veth0
route -A inet6 add 2001:db8:904::/127 gw 2001:db8::2
route -A inet6 add 2001:db8:905::1 dev veth0
route -A inet6 add default gw 2001:db8::2
route -A inet6 add 2001:db8:906::/48 gw 2001:db8::2 veth0
route -A inet6 add 2001:db8:907::/48 gw fe80::1
route -A inet6 add 2001:db8:908::/48 gw fe80::1 dev veth0
route -A inet6 add 2001:db8:909::/48 dev veth0 metric 0
route -A inet6 del 2001:db8:909::/48 metric 1024
route -A inet6 add 2001:db8:90a::/48 dev veth0 metric abc
route -A inet6 del 2001:db8:903::1 gw 2001:db8::2
ip -6 route
route -n -6

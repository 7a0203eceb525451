# fib6_nh_init(): an IPv6 route's device must be up and have IPv6 enabled, and
# a gateway cannot be reached through lo; fib6_is_reject() turns a route out of
# lo (to anything but ::1) into a reject route: no preference, no expiry.
ip link add v0 address 02:00:00:00:64:01 type veth peer name v1 address 02:00:00:00:64:02
ip -6 route add 2001:db8::/64 dev v0
ip -6 route add 2001:db8:1::/64 dev lo
ip link set lo up
ip -6 route add 2001:db8:1::/64 dev lo pref high expires 100
ip -6 route add 2001:db8:2::/64 via fe80::1 dev lo
ip -6 route add ::1/128 dev lo table 7
ip -6 route
ip -6 route show table 7
ip -6 route get 2001:db8:1::5
ip -6 route get 2001:db8:2::5
ip -6 route add blackhole 2001:db8:4::/64 dev v0
ip link set v0 up
ip -6 route add 2001:db8::/64 dev v0 pref low
sysctl -w net.ipv6.conf.v1.disable_ipv6=1
ip link set v1 up
ip -6 route add 2001:db8:5::/64 dev v1
ip -6 route add 2001:db8:6::/64 nexthop via fe80::1 dev v0 nexthop via fe80::2 dev v1
ip -6 route add 2001:db8:7::/64 nexthop via fe80::1 dev v0 nexthop via fe80::2 dev lo
ip -6 route change 2001:db8:1::/64 dev lo pref high
ip -6 route replace 2001:db8:8::/64 dev lo expires 50
ip -6 route
route -n -A inet6

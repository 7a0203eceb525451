# IPv6 routes with a lifetime (RTA_EXPIRES, RTF_EXPIRES): shown as the whole
# seconds left (the recorder's reads come well within a second of the add),
# capped at INT_MAX clock ticks; ~0 is infinite; IPv4 ignores the attribute.
ip link set lo up
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set v0 addrgenmode none
ip link set v1 addrgenmode none
ip link set v0 up
ip link set v1 up
ip addr add 2001:db8::1/64 dev v0 nodad
ip addr add 192.0.2.1/24 dev v0
ip -6 route add 2001:db8:1::/48 via 2001:db8::2 expires 100
ip -6 route add 2001:db8:4::/48 dev v0 expires 4294967295
ip -6 route add 2001:db8:5::/48 dev v0 expires 2147483647
ip -6 route add 2001:db8:6::/48 dev v0 expires 4294967294 metric 7
ip -6 route add 2001:db8:7::/48 dev v0 expires abc
ip -6 route add 2001:db8:8::/48 dev v0 expires -1
ip -6 route add 2001:db8:9::/48 dev v0 expires
ip route add 10.0.0.0/8 via 192.0.2.2 expires 10
ip route
ip -6 route
ip -j -6 route show 2001:db8:1::/48
ip -6 route get 2001:db8:1::1
ip -6 route get fibmatch 2001:db8:1::1
ip -6 route replace 2001:db8:1::/48 via 2001:db8::2
ip -6 route show 2001:db8:1::/48
ip -6 route change 2001:db8:1::/48 via 2001:db8::2 expires 50000
ip -6 route show 2001:db8:1::/48
ip -6 route add 2001:db8:a::/48 dev v0 expires 300 metric 5
ip -6 route append 2001:db8:a::/48 dev v0 metric 5
ip -6 route prepend 2001:db8:a::/48 dev v0 metric 5
ip -6 route show 2001:db8:a::/48
ip -6 route del 2001:db8:a::/48
ip -6 route show 2001:db8:a::/48
ip -6 route add 2001:db8:b::/48 dev v0 metric 0
ip -6 route show 2001:db8:b::/48

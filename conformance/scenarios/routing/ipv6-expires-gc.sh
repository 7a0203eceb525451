# IPv6 routes past their lifetime: listed with a negative "expires" and
# skipped by lookups (fib6_check_expired()) until the fib6 garbage collector
# removes them, either when its timer fires (net.ipv6.route.gc_interval, 30 s
# after the first route with a lifetime) or when net.ipv6.route.flush is
# written. `sleep` waits on the recording host; iplab's clock moves on as far.
ip link set lo up
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set v0 addrgenmode none
ip link set v1 addrgenmode none
ip link set v0 up
ip link set v1 up
ip -6 addr add 2001:db8::1/64 dev v0 nodad
ip -6 route add 2001:db8:1::/48 dev v0 expires 2
ip -6 route add 2001:db8:1::/48 dev v0 metric 2000
ip -6 route add 2001:db8:2::/48 dev v0 expires 7
ip -6 route add 2001:db8:3::/48 dev v0 expires 100
ip -6 route get 2001:db8:1::1
sysctl net.ipv6.route.gc_interval
sleep 3.5
ip -6 route show
ip -6 route get 2001:db8:1::1
ip -6 route get 2001:db8:2::1
sysctl -w net.ipv6.route.flush=1
ip -6 route show
sleep 4.5
ip -6 route show
ip -6 route get 2001:db8:2::1
ip -6 route show 2001:db8:2::/48
sleep 28
ip -6 route show
ip -6 route get 2001:db8:3::1

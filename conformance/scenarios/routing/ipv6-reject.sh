# IPv6 routes without a real device: reject types, metrics, dump order.
ip -6 route add blackhole 2001:db8::/32
ip -6 route add unreachable 2001:db8:1::/48
ip -6 route add prohibit 2001:db8:1:2::/64 metric 10
ip -6 route add blackhole default
ip -6 route add blackhole ::/1
ip -6 route add blackhole 8000::/1
ip -6 route add blackhole 2001:db8::/32 metric 100
ip -6 route add blackhole 2001:db8::/32
ip -6 route add blackhole 2001:db8:0:1::1/64
ip -6 route
ip -6 route show table all
ip -6 -j route
ip -6 route get 2001:db8::1
ip -6 route get 2001:db8:1::1
ip -6 route get 2001:db8:1:2::1
ip -6 route get 2001:db9::1
ip -6 route get ::1
ip -6 route del 2001:db8::/32
ip -6 route
ip -6 route del 2001:db8::/32
ip -6 route del 2001:db8::/32
ip -6 route flush ::/1
ip -6 route
ip -6 route flush table main
ip -6 route show table all
ip route show table all

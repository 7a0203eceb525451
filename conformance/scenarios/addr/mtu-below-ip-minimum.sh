# Below an MTU of 68 a device loses its in_device (inetdev_destroy()): its
# IPv4 addresses, routes and net.ipv4.conf entries go, address requests fail,
# and at 68 or more an empty in_device comes back. Below 1280 the same for
# IPv6, except on lo, which keeps its inet6_dev.
ip link set lo up
ip addr add 10.0.1.6/24 dev lo
ip route add 10.9.0.0/16 dev lo
ip link set lo mtu 67
ip addr
ip route show table all
sysctl net.ipv4.conf.lo.forwarding
ip addr del 10.0.1.6/24 dev lo
ip addr add 10.0.1.7/24 dev lo
ip -4 addr flush dev lo
ip -6 addr add 2001:db8::1/64 dev lo
ip -6 addr del 2001:db8::2/64 dev lo
ip link set lo mtu 68
sysctl net.ipv4.conf.lo.forwarding
ip addr
ip addr add 10.0.1.7/24 dev lo
ip link set lo down
ip link set lo up
ip addr
ip route show table all
ip link add v1 address 02:00:00:00:62:01 type veth peer name v1p address 02:00:00:00:62:02
ip addr add 2001:db8:1::1/64 dev v1 nodad
sysctl -w net.ipv6.conf.v1.disable_ipv6=1
ip addr del 2001:db8:1::1/64 dev v1
ip addr add 2001:db8:1::2/64 dev v1
ip link set v1 mtu 1279
ip addr del 2001:db8:1::1/64 dev v1
ip addr add 2001:db8:1::2/64 dev v1
sysctl net.ipv6.conf.v1.disable_ipv6
ip link set v1 mtu 1280
sysctl net.ipv6.conf.v1.disable_ipv6
ip addr del 2001:db8:1::1/64 dev v1
ip addr show dev v1

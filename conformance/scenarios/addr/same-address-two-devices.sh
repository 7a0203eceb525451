# The same IPv4 address on two devices: deleting it from one removes that
# device's local route only (fib_del_ifaddr: LOCAL_OK is per device).
ip link add v1 type veth peer name v1p
ip addr add 10.0.0.3/24 dev v1p
ip addr add 10.0.0.3/24 dev v1
ip route show table local
ip addr del 10.0.0.3/24 dev v1
ip route show table local
ip addr add 10.0.0.3/24 dev v1
ip addr del 10.0.0.3/24 dev v1p
ip route show table local
ip addr show
ip route show table all

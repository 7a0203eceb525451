# lo: 127.0.0.1/8 and ::1 appear when it comes up.
ip addr
ip link set lo up
ip addr
ip route show table all
ip -6 route show table all
ip addr add 127.0.0.2/8 dev lo
ip addr add 10.255.0.1/32 dev lo
ip addr show lo
ip route show table local
ip link set lo down
ip addr
ip route show table all
ip link set lo up
ip addr show lo
ip addr del 127.0.0.1/8 dev lo
ip addr show lo
ip -6 addr del ::1/128 dev lo
ip addr show lo
ip route show table all

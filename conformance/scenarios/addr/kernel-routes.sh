# The routes the kernel makes for addresses, as ip route show table all lists them.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 192.168.1.10/24 dev veth0
ip addr add 172.16.0.1/12 dev veth0
ip addr add 10.1.2.3/8 dev veth1
ip addr add 198.51.100.7/32 dev veth1
ip addr add 2001:db8:a::1/64 dev veth0 nodad
ip addr add 2001:db8:b::1/56 dev veth1 nodad
ip route show table all
ip -4 route show table all
ip -6 route show table all
ip route show table main
ip route show table local
ip -j route show table all
ip addr del 172.16.0.1/12 dev veth0
ip link set veth1 down
ip route show table all

# The routes the kernel makes for addresses (local, broadcast, prefix), as
# `ip route show table all` lists them, through up/down, secondaries, peers.
ip link set lo up
# Fixed MACs: the link-local routes of both ends are listed in address order.
ip link add veth0 address 02:00:00:00:02:01 type veth peer name veth1 address 02:00:00:00:02:02
ip addr add 192.0.2.1/24 dev veth0
ip route show table all
ip link set veth0 up
ip route show table all
ip link set veth1 up
ip route show table all
ip addr add 192.0.2.2/24 dev veth0
ip addr add 10.1.0.1/32 dev veth0
ip addr add 10.2.0.1/31 dev veth0
ip addr add 10.3.0.1 peer 10.3.0.2/24 dev veth0
ip addr add 172.16.0.1/16 dev veth0 metric 50
ip addr add 172.17.0.1/16 dev veth0 noprefixroute
ip addr add 198.51.100.1/24 brd 198.51.100.77 dev veth0
ip route show table all
ip -4 route show table local
ip addr del 192.0.2.1/24 dev veth0
ip route show table all
ip link set veth1 down
ip route show table all
ip link set veth0 down
ip route show table all
ip link set veth0 up
ip route show table all
ip addr flush dev veth0
ip route show table all

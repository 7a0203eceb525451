# IPv4 addresses the kernel takes or refuses, and the routes it makes for them.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 0.0.0.0/0 dev veth0
ip addr add 0.0.0.0/8 dev veth0
ip addr add 224.0.0.5/24 dev veth0
ip addr add 255.255.255.255/32 dev veth0
ip addr add 127.0.0.2/8 dev veth0
ip addr add 169.254.1.1/16 dev veth0
ip addr add 10.0.0.0/24 dev veth0
ip addr add 10.0.1.255/24 dev veth0
ip addr add 192.0.2.1/0 dev veth0
ip addr add 192.0.2.9/1 dev veth1
ip addr show
ip route show table all
ip addr del 0.0.0.0/0 dev veth0
ip addr flush dev veth0
ip route show table all

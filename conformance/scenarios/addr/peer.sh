# Point-to-point addresses.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1 peer 10.0.0.2 dev veth0
ip addr add 10.0.1.1 peer 10.0.1.0/24 dev veth0
ip addr add 10.0.2.1/24 peer 10.0.2.9 dev veth0
ip addr add 2001:db8::1 peer 2001:db8::2 dev veth0 nodad
ip addr show veth0
ip -j addr show veth0
ip route show table all
ip addr del 10.0.0.1 peer 10.0.0.2 dev veth0
ip addr del 10.0.1.1 dev veth0
ip addr show veth0

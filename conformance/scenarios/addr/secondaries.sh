# Secondary addresses: deleting the primary takes them along by default.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0
ip addr add 10.0.0.3/24 dev veth0
ip addr add 10.0.0.4/16 dev veth0
ip addr add 10.0.0.5/24 dev veth0
ip addr show veth0
ip route show table all
ip addr del 10.0.0.3/24 dev veth0
ip addr show veth0
ip addr del 10.0.0.1/24 dev veth0
ip addr show veth0
ip route show table all

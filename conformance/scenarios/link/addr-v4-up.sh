# IPv4 addresses on an up link, promotion, and flush with -s.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth0
ip addr add 192.0.2.3/24 dev veth0
ip addr add 198.51.100.1/24 dev veth0
ip -4 addr show veth0
ip addr del 192.0.2.1/24 dev veth0
ip -4 addr show veth0
ip -4 -br addr
ip link set veth0 down
ip -4 addr show veth0
ip link set veth0 up
ip -s addr flush dev veth0
ip -4 addr show veth0
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth0
ip -s -s addr flush dev veth0
ip -4 addr
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth0
ip -s addr flush dev veth0 secondary
ip -s addr flush dev veth0 secondary
ip -4 addr
ip addr flush dev veth0 primary

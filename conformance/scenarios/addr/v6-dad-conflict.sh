# Duplicate address detection between the two ends of a veth.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip -6 addr
ip addr add 2001:db8::1/64 dev veth0
ip -6 addr show veth0
ip addr add 2001:db8::1/64 dev veth1
ip -6 addr show veth1
ip -6 route show table all
ip addr del 2001:db8::1/64 dev veth1
ip addr add 2001:db8::2/64 dev veth1
ip -6 addr show veth1

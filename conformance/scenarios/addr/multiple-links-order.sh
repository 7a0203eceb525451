# Address listing order across links and families.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.3/24 dev veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth1
ip addr add 2001:db8::3/64 dev veth0 nodad
ip addr add 2001:db8::1/64 dev veth0 nodad
ip addr add 2001:db8::2/64 dev veth0 nodad
ip addr add 2001:db8:1::1/64 dev veth1 nodad
ip addr
ip -br addr
ip route show table all

# Address operations that fail.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.1/16 dev veth0
ip addr add 10.0.0.1/33 dev veth0
ip addr add 10.0.0.256/24 dev veth0
ip addr add 10.0.0.1/24 dev nosuch
ip addr add 10.0.0.1/24
ip addr add dev veth0
ip addr add 10.0.0.9/24 dev veth0 bogus
ip addr add 2001:db8::1/129 dev veth0
ip addr add 2001:db8::1/64 dev veth0 brd +
ip addr del 10.0.0.9/24 dev veth0
ip addr del 10.0.0.1/24 dev nosuch
ip addr del 10.0.0.1/24
ip addr del 10.0.0.1/16 dev veth0
ip addr show veth0
ip addr del 10.0.0.1 dev veth0
ip addr show veth0
ip addr del dev veth0

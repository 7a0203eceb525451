# Prefix route metrics from addresses.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 10.0.0.1/24 dev veth0 metric 100
ip addr add 10.0.1.1/24 dev veth0 priority 5
ip addr add 2001:db8::1/64 dev veth0 nodad metric 300
ip addr show veth0
ip route
ip -6 route
ip route show table all

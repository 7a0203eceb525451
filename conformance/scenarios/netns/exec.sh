# ip netns exec runs a program inside a namespace.
ip netns add ns1
ip netns exec ns1 ip link
ip netns exec ns1 ip -br addr
ip netns exec ns1 ip link set lo up
ip netns exec ns1 ip addr
ip addr
ip netns exec nosuch ip link
ip netns exec ns1
ip netns exec
ip netns exec ns1 ip netns identify
ip netns exec ns1 sysctl net.ipv4.ip_forward
ip netns exec ns1 ip link add veth0 type veth peer name veth1
ip netns exec ns1 ip -br link
ip -br link
ip netns exec ns1 ip link show nosuch
ip netns exec ns1 ip netns exec ns1 ip -br link

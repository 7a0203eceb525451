# Namespaces are separate: links, addresses and sysctls.
ip netns add ns1
ip netns add ns2
ip -n ns1 link add veth0 type veth peer name veth1
ip -n ns2 link add veth0 type veth peer name veth1
ip -n ns1 addr add 10.0.0.1/24 dev veth0
ip -n ns2 addr add 10.0.0.1/24 dev veth0
ip -n ns1 -br addr
ip -n ns2 -br addr
ip netns exec ns1 sysctl -w net.ipv4.ip_forward=1
ip netns exec ns2 sysctl net.ipv4.ip_forward
sysctl net.ipv4.ip_forward
ip -br link

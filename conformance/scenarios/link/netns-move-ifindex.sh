# A link keeps its ifindex when it moves, unless the target namespace uses it.
ip netns add ns1
ip netns add ns2
ip -n ns1 link add a0 type veth peer name a1
ip -n ns2 link add b0 type veth peer name b1
ip link add c0 type veth peer name c1
ip -o link
ip link set c1 netns ns1
ip -n ns1 -o link
ip link set c0 netns ns2
ip -n ns2 -o link
ip -n ns1 link set c1 netns ns2
ip -n ns2 -o link
ip -n ns2 link set c1 name c9
ip -n ns2 link set c9 netns ns1
ip -n ns1 -o link

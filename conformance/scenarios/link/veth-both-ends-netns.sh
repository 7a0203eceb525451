# Both ends of a veth created in other namespaces at once.
ip netns add ns1
ip netns add ns2
ip link add v0 netns ns1 type veth peer name v1 netns ns2
ip link
ip -n ns1 link
ip -n ns2 link
ip -n ns1 -d link show v0
ip netns del ns1
ip -n ns2 link

# veth with its peer created directly in a named namespace.
ip netns add ns1
ip link add veth0 type veth peer name veth1 netns ns1
ip link
ip -n ns1 link
ip -n ns1 -br link
ip link set veth0 up
ip -br link
ip -n ns1 link set veth1 up
ip -br link
ip -n ns1 -br link
ip -n ns1 link set lo up
ip -n ns1 -br addr

# Moving a link into a namespace that already has that name.
ip netns add ns1
ip link add veth0 type veth peer name veth1
ip -n ns1 link add veth0 type veth peer name veth9
ip link set veth0 netns ns1
ip -n ns1 link set veth0 name eth0
ip link set veth0 netns ns1
ip -n ns1 -br link
ip -br link

# Moving links between named namespaces.
ip netns add ns1
ip netns add ns2
ip link add veth0 type veth peer name veth1
ip link set veth1 netns ns1
ip link
ip -n ns1 link
ip -n ns1 link set veth1 netns ns2
ip -n ns1 link
ip -n ns2 link
ip link set veth0 netns nosuch
ip link set lo netns ns1
ip link add br0 type bridge
ip link add v5 type veth peer name v6
ip link set v5 master br0
ip link set v5 netns ns1
ip -n ns1 link show v5
ip link show br0
ip -n ns2 link set veth1 up
ip link set veth0 up
ip -br link
ip -n ns2 -br link

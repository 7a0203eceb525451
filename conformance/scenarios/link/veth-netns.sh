# veth peers in other namespaces: link-netns NAME, @ifN, nsids.
ip netns add ns1
ip netns add ns2
ip link add veth0 type veth peer name veth1 netns ns1
ip link
ip -n ns1 link
ip -j link show veth0
ip -n ns1 -j link
ip -d link show veth0
ip netns list
ip netns
ip -n ns1 netns list
ip link add v2 netns ns2 type veth peer name v2p netns ns1
ip -n ns2 link
ip -n ns1 link
ip netns list
ip -n ns1 netns list
ip -n ns2 netns list-id
ip netns list-id
ip link set veth0 up
ip -n ns1 link set veth1 up
ip link
ip -n ns1 link
ip -br addr
ip -n ns1 -br addr
ip link set veth0 netns ns2
ip link
ip -n ns2 link
ip -n ns1 link
ip -n ns1 link del veth1
ip -n ns2 link
ip netns del ns2
ip -n ns1 link
ip netns list

# A veth to another namespace assigns ids both ways.
ip netns add ns1
ip netns add ns2
ip link add veth0 type veth peer name veth1 netns ns1
ip netns list
ip link show veth0
ip -n ns1 link show veth1
ip -n ns1 netns list
ip -n ns1 link add v2 type veth peer name v3 netns ns2
ip -n ns1 netns list
ip -n ns2 link
ip netns list-id

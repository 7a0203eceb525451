# A veth whose peer was created in another namespace, set up while the peer is
# down: the kernel leaves operstate DOWN (not LOWERLAYERDOWN as when both ends
# share a namespace; seen in random/foundation-s0024).
ip netns add ns2
ip link add v6 type veth peer name v6p netns ns2
ip link set v6 up
ip link show v6
ip -br link
ip -n ns2 -br link
ip -n ns2 link set v6p up
ip -br link
ip -n ns2 link set v6p down
ip -br link

# ip -all netns exec: a header per namespace in /run/netns order, the children's status ignored.
ip netns add ns1
ip netns add ns2
ip -all netns exec ip link set lo up
ip -all netns exec ip -br link
ip -all netns exec ip netns identify
ip -all netns exec ip link show nosuch
ip -all netns exec ip -all netns exec ip -br addr
ip -all netns exec ip link add dummy0 type veth
ip -all netns exec ip -o link show dummy0
ip -all netns delete ns1
ip netns list
ip -all -n ns1 link
ip -all link show lo
ip -all netns
ip -all netns add foo
ip netns list
ip -all netns del
ip netns list

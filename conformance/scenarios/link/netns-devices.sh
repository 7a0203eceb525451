# Devices and namespaces: moving, deleting a namespace, nsids.
ip netns add a
ip netns add b
ip link add va type veth peer name vb
ip link set va netns a
ip link set vb netns b
ip -n a link
ip -n b link
ip netns list
ip -n a netns list
ip -n b netns list-id
ip link add vc netns a type veth peer name vd
ip -n a -br link
ip -br link
ip link set vd netns a name vc
ip link set vd netns a name ve
ip -n a -br link
ip -n a link set ve netns b
ip -n b -br link
ip -n a link set lo netns b
ip link add br0 type bridge
ip link set br0 netns a
ip link set nosuch netns a
ip link set lo netns nosuch
ip link set lo netns 999999999
ip netns del a
ip -n b link
ip -n b netns list-id
ip netns list
ip link add vx type veth peer name vy netns b
ip -br link
ip netns del b
ip -br link

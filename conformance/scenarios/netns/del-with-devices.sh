# Deleting a namespace destroys its devices; veth peers elsewhere go too.
ip netns add ns1
ip link add veth0 type veth peer name veth1 netns ns1
ip link add veth2 type veth peer name veth3
ip link set veth3 netns ns1
ip -br link
ip netns del ns1
ip -br link
ip netns list

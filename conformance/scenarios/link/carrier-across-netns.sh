# Carrier and operstate when the peer lives in another namespace.
ip netns add ns1
ip link add veth0 type veth peer name veth1 netns ns1
ip link set veth0 up
ip link show veth0
ip -n ns1 link set veth1 up
ip link show veth0
ip -n ns1 link show veth1
ip -n ns1 link set veth1 down
ip link show veth0
ip netns del ns1
ip link show veth0

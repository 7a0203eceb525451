# Details of a veth whose peer lives in another namespace.
ip netns add ns1
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02 netns ns1
ip -d link show veth0
ip -n ns1 -d link show veth1
ip -j link show veth0
ip -n ns1 -j link show veth1
ip netns set ns1 7
ip link show veth0
ip -br link show veth0
ip -o link show veth0

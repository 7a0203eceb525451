# Deleting links: a veth takes its peer along.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link del veth0
ip -br link
ip link delete dev veth3
ip -br link
ip link del veth0
ip link del lo
ip link del
ip link del dev
ip netns add ns1
ip link add veth4 type veth peer name veth5 netns ns1
ip link del veth4
ip -n ns1 link
ip link add br0 type bridge
ip link add veth6 type veth peer name veth7
ip link set veth6 master br0
ip link del br0
ip link show veth6

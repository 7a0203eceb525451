# veth pairs: creation order, ifindex, names, M-DOWN, carrier rules.
ip link add veth0 type veth peer name veth1
ip link
ip -br link
ip -d link show veth0
ip -j link show veth1
ip link add veth0 type veth peer name veth2
ip link add veth3 type veth peer name veth1
ip link add veth4 type veth
ip link add type veth
ip -br link
ip link set veth0 up
ip link
ip -br link
ip link set veth1 up
ip link
ip -br link
ip -br addr
ip addr show veth0
ip link set veth0 down
ip -br link
ip link del veth1
ip -br link
ip link delete dev veth4
ip -br link
ip link add name vA type veth peer name vB
ip link add dev vC type veth peer vD
ip -br link
ip link del vA type veth
ip -br link

# Transmit queue length.
ip link add veth0 type veth peer name veth1
ip link set veth0 txqueuelen 500
ip link show veth0
ip link set veth0 txqlen 0
ip link show veth0
ip link set veth0 qlen 20
ip link show veth0
ip link set veth0 txqueuelen -1
ip link set veth0 txqueuelen x
ip link add br0 type bridge
ip link show br0
ip link set br0 txqueuelen 100
ip link show br0
ip link add v2 txqueuelen 42 type veth peer name v3
ip -br link
ip link show v2
ip link show v3

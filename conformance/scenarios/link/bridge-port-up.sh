ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link set v1 up
ip link set v0 up
ip link set br0 up
ip -br link
ip addr show br0

# Bridge carrier follows its ports.
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set br0 up
ip -br link
ip link set v0 master br0
ip link set v0 up
ip -br link
ip link set v1 up
ip -br link
ip link set v1 down
ip -br link
ip link set v0 nomaster
ip -br link

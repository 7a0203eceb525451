# Enslaving to a bridge, and what cannot be enslaved.
ip link add br0 type bridge
ip link add br1 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip link show v0
ip link show master br0
ip -br link show master br0
ip link set v0 master br1
ip link show master br0
ip link show master br1
ip link set v0 nomaster
ip link show v0
ip link set v1 master v0
ip link set v1 master nosuch
ip link set br1 master br0
ip link set lo master br0
ip link set br0 master br0
ip link set v1 nomaster
ip -br link

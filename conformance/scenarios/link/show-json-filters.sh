# JSON listings with filters: master and type travel to the kernel (those links
# are left out), the others are applied by ip (an empty object per link).
ip link add br0 type bridge
ip link add v0 type veth peer name v1
ip link set v0 master br0
ip -j link show master br0
ip -j link show nomaster
ip -j link show type veth
ip -j link show type bridge_slave
ip -j link show up
ip -j link show group 5
ip -j addr show up
ip -j -br link show up
ip -j addr show master br0

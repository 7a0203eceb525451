# A bridge on its own: no ports, no carrier.
ip link add br0 type bridge
ip link show br0
ip -d link show br0
ip link set br0 up
ip link show br0
ip -br link
ip addr show br0
ip link set br0 down
ip -br link
ip link del br0
ip -br link
ip link del br0

# ip -d link: the details of each kind (links that are down: timers stay still).
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link add veth2 type veth peer name veth3
ip link set veth2 master br0
ip -d link show lo
ip -d link show veth0
ip -d link show br0
ip -d link show veth2
ip -d -j link show veth0
ip -d -br link
ip -d -o link show veth1

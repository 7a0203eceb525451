# Bridges: MAC follows the lowest port unless set; carrier follows ports.
ip link add br0 type bridge
ip link add veth0 address 02:00:00:00:00:20 type veth peer name veth1 address 02:00:00:00:00:10
ip link add veth2 address 02:00:00:00:00:05 type veth peer name veth3 address 02:00:00:00:00:30
ip link show br0
ip link set veth0 master br0
ip link show br0
ip link set veth2 master br0
ip link show br0
ip link set veth2 nomaster
ip link show br0
ip link set br0 up
ip -br link
ip link set veth0 up
ip -br link
ip link set veth1 up
ip -br link
ip link
ip link show master br0
ip link show type bridge
ip link show type veth
ip link show type bridge_slave
ip -j link show veth0
ip link set br0 address 02:00:00:00:00:99
ip link set veth2 master br0
ip link show br0
ip link set veth0 nomaster
ip -br link
ip link del br0
ip -br link
ip link set veth0 master veth1
ip link set veth0 master nosuch
ip link set lo master br0

# Link attributes given at creation, on both ends of a veth.
ip link add veth0 mtu 1400 txqueuelen 100 address 02:00:00:00:00:10 alias front type veth peer name veth1 mtu 1300 address 02:00:00:00:00:11 txqueuelen 50
ip link
ip -j link show veth1
ip link add br0 address 02:00:00:00:00:20 mtu 1400 type bridge
ip link show br0
ip link add veth2 up type veth peer name veth3
ip -br link
ip link add veth4 group 7 type veth peer name veth5 group 8
ip link show group 7
ip link show group 8

# ip link show in its text forms.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth0 master br0
ip link
ip link show
ip link list
ip link lst
ip -o link
ip -oneline link show
ip -br link
ip -brief link show
ip -br -o link
ip -4 link
ip -6 link
ip -0 link
ip link show veth0
ip link show dev veth1
ip link show dev nosuch
ip link show nosuch
ip link show type veth
ip link show type bridge
ip link show type bridge_slave
ip link show up
ip link show master br0

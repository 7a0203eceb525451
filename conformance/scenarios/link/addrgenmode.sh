# addrgenmode decides whether and how the link-local address is made.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 addrgenmode none
ip -d link show veth0
ip link set veth0 up
ip link set veth1 up
ip -6 addr show veth0
ip -6 addr show veth1
ip link set veth0 addrgenmode eui64
ip -6 addr show veth0
ip link set veth0 down
ip link set veth0 up
ip -6 addr show veth0
ip -d link show veth0
ip link set veth0 addrgenmode bogus
ip link set lo addrgenmode none
ip -d link show lo

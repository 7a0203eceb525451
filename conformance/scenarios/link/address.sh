# Setting link-layer addresses.
ip link add veth0 type veth peer name veth1
ip link set veth0 address 02:11:22:33:44:55
ip link show veth0
ip link set veth0 address 2:1:2:3:4:5
ip link show veth0
ip link set veth0 address 01:00:00:00:00:01
ip link set veth0 address 00:00:00:00:00:00
ip link set veth0 address ff:ff:ff:ff:ff:ff
ip link set veth0 address zz:11:22:33:44:55
ip link set veth0 address 02:11:22:33:44
ip link set veth0 address 02:11:22:33:44:55:66
ip link set veth0 broadcast 02:ff:ff:ff:ff:ff
ip link set veth0 brd ff:ff:ff:ff:ff:ff
ip link show veth0
ip link set veth0 up
ip link set veth1 up
ip link set veth0 address 02:11:22:33:44:66
ip addr show veth0
ip link set lo address 02:00:00:00:00:01
ip link show lo

# vxlan over a lower device (`dev`): the MTU is the lower one's minus the
# encapsulation (50 bytes over IPv4, 70 over IPv6, at least 68), TSO limits
# are inherited, an explicit MTU is capped, MTU changes are checked against
# the lower device, and deleting the lower device deletes the vxlan.
ip link add veth0 type veth peer name veth1
ip link add vx0 type vxlan id 5 dstport 4789 dev veth0 remote 192.0.2.1
ip link add vx1 mtu 9000 type vxlan id 6 dstport 4789 dev veth0
ip link add vx2 mtu 1400 type vxlan id 7 dstport 4789 dev veth0
ip link add vx3 type vxlan id 8 dstport 4789 remote 2001:db8::1 dev veth0
ip link add vx4 type vxlan id 9 dstport 4789 group 239.1.1.1 dev veth0
ip link add vx5 type vxlan id 10 dstport 4789 group ff05::1 dev veth0
ip link add vx6 type vxlan id 11 dstport 4789 dev lo
ip -d link show
ip -d -j link show vx4
ip link set vx0 mtu 1451
ip link set vx0 mtu 1450
ip link set vx0 mtu 1300
ip link set vx0 mtu 67
ip link set vx0 mtu 65536
ip link set veth0 mtu 1400
ip link show vx0
ip link set vx0 mtu 1351
ip link set vx0 mtu 1350
ip link set veth0 mtu 100
ip link add vx7 type vxlan id 12 dstport 4789 dev veth0
ip link add vx8 type vxlan id 13 dstport 4789 dev veth0 remote 2001:db8::2
ip link show
ip link set veth0 mtu 9000
ip link add vx9 mtu 1600 type vxlan id 14 dstport 4789 dev veth0
ip link show vx9
ip link set veth0 up
ip link set vx0 up
ip link show vx0
ip link del veth1
ip -br link
ip link set vx6 up
ip -d link show vx6
ip link del lo
ip -br link

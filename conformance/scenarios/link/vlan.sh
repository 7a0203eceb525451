# iplab-kernel: vm
# 802.1Q devices on a veth (net/8021q): add, show, -d, -j, carrier from the
# lower device, mtu, deleting the lower device. Recorded on the VM kernel
# (the host kernel has no 8021q module).
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add link veth0 name veth0.10 type vlan id 10
ip link add link veth0 name vl20 type vlan protocol 802.1ad id 20
ip link add link veth0 type vlan id 30
ip link add link veth0 name vl40 address 02:00:00:00:00:40 type vlan id 40
ip link
ip -d link show veth0.10
ip -d link show vl20
ip -d link show vl40
ip -br link
ip link show type vlan
ip -j link show veth0.10
ip -j -d link show vl20
ip -j -p -d link show veth0.10
ip link set veth0.10 up
ip -br link
ip link set veth0 up
ip -br link
ip link set veth1 up
ip -br link
ip link set veth0 down
ip -br link
ip link set veth0 up
ip link set veth0.10 mtu 1400
ip link set veth0.10 mtu 1501
ip link set veth0.10 mtu 1500
ip link set veth0 mtu 1450
ip link show veth0.10
ip link show vl20
ip link set veth0 mtu 1500
ip link show veth0.10
ip addr add 192.0.2.1/24 dev veth0.10
ip -4 addr show dev veth0.10
ip route show dev veth0.10
ip link set veth0.10 address 02:00:00:00:00:10
ip link show veth0.10
ip link set veth0 address 02:00:00:00:00:03
ip link show veth0.10
ip link show vl20
ip link del vl20
ip link del veth0
ip -br link
ip route

# MTU and its valid range per device type.
ip link add veth0 type veth peer name veth1
ip link set veth0 mtu 9000
ip link set veth0 mtu 68
ip link set veth0 mtu 67
ip link set veth0 mtu 65535
ip link set veth0 mtu 65536
ip link set veth0 mtu 0
ip link set veth0 mtu abc
ip link set veth0 mtu -1
ip -br link
ip link show veth0
ip link set lo mtu 1500
ip link set lo mtu 0
ip link show lo
ip link add br0 type bridge
ip link set br0 mtu 9000
ip link set br0 mtu 67
ip link show br0
ip link add v2 mtu 1400 type veth peer name v3 mtu 1300
ip link add v4 mtu 20 type veth peer name v5
ip link show v2
ip link show v3

# An MTU below 1280 tears IPv6 down on the device; raising it brings it back.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 up
ip link set veth1 up
ip addr add 2001:db8::1/64 dev veth0
ip addr add 192.0.2.1/24 dev veth0
ip addr show veth0
ip link set veth0 mtu 1279
ip addr show veth0
ip -d link show veth0
ip addr add 2001:db8::2/64 dev veth0
ip -6 route show table all
ip link set veth0 mtu 1280
ip addr show veth0
ip -6 route show table all
ip link add veth2 mtu 1000 type veth peer name veth3
ip -d link show veth2
ip -d link show veth3
ip link set lo mtu 1000
ip link set lo up
ip addr show lo
ip link set lo mtu 65536
ip addr show lo

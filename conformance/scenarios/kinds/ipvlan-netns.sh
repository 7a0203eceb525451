# iplab-kernel: vm
# An ipvlan moved to another namespace stays on its port: its mode and
# flags are still the port's, a mode change from there reaches the port's
# other devices, and the lower's MTU still reaches it.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add ipv0 link veth0 type ipvlan mode l2
ip link add ipv1 link veth0 type ipvlan mode l2 private
ip netns add other
ip link add dummyx type veth peer name dummyy
ip -n other link add veth7 type veth peer name veth8
ip link set ipv1 netns other
ip -d link show ipv0
ip -n other -d link show ipv1
ip -n other link set ipv1 type ipvlan mode l3 vepa
ip -d link show ipv0
ip -n other -d link show ipv1
ip link set veth0 mtu 1400
ip -n other link show ipv1
ip link show ipv0
ip link set veth0 mtu 9000
ip -n other link show ipv1
ip link del ipv0
ip -n other -d link show ipv1
ip -n other link del ipv1
ip link add ipv2 link veth0 type ipvlan
ip -d link show ipv2
ip netns del other

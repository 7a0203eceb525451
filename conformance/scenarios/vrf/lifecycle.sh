# iplab-kernel: vm
# Slaves leaving a VRF by other ways (moved to another namespace, deleted),
# a bridge enslaved to a VRF with its ports, flushes by VRF, IPv6
# link-scope lookups against a VRF, and the VRF deleted with up slaves.
ip link set lo up
ip netns add ns1
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link set blue up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth1
ip addr add 10.0.2.1/24 dev veth2
ip link set veth0 master blue up
ip link set veth1 up
ip link set veth2 master blue up
ip link set veth3 up
ip -br link
ip route show table all
ip link set veth2 netns ns1
ip -n ns1 link set veth2 up
ip -n ns1 -br link
ip -n ns1 route show table all
ip route show table all
ip link del veth0
ip route show table all
ip -br link
ip link add br0 address 02:00:00:00:20:01 type bridge
ip link set veth3 master br0
ip addr add 10.0.3.1/24 dev br0
ip link set br0 up
ip link set br0 master blue
ip link show br0
ip link show type vrf_slave
ip link show master blue
ip link show master br0
ip route show table all
ip -6 route show table all
ip route add 198.51.100.0/24 dev br0 vrf blue
ip route add unreachable default vrf blue metric 4278198272
ip route flush vrf blue
ip route show table 10
ip addr flush vrf blue
ip addr show vrf blue
ip route show table all
ip -6 route get vrf blue fe80::1
ip -6 route get vrf blue ff02::1
ip -6 route get fe80::1 oif br0
ip link del blue
ip -br link
ip route show table all
ip -6 route show table all
ip rule
ip netns del ns1

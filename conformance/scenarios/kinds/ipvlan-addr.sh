# iplab-kernel: vm
# ipvlan addresses: each device's dev_id (allocated per port, from 1 on,
# after the last one given) replaces ff:fe in its IPv6 interface id; the
# lower device's MAC change reaches every ipvlan; carrier follows the lower.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add ipv0 link veth0 type ipvlan mode l2
ip link add ipv1 link veth0 type ipvlan mode l2
ip link add ipv2 link veth0 type ipvlan mode l2
ip link del ipv1
ip link add ipv3 link veth0 type ipvlan mode l2
ip link set veth0 up
ip link set veth1 up
ip link set ipv0 up
ip link set ipv2 up
ip link set ipv3 up
ip addr add 10.0.0.2/24 dev ipv0
ip addr
ip -6 route show table all
ip route show table all
ip link set veth0 address 02:00:00:00:01:09
ip link show
ip link set veth0 down
ip link show
ip -br link
ip link set ipv0 type ipvlan mode l3
ip -br link

# iplab-kernel: vm
# ipvlan (the host kernel lacks the module): modes l2/l3/l3s and the
# bridge/private/vepa flags, kept per lower device (the port), the lower's
# MAC and MTU, carrier following the lower device, errors.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add ipv0 link veth0 type ipvlan mode l2
ip link add ipv1 link veth0 type ipvlan mode l3
ip link add ipv2 link veth0 type ipvlan mode l3s private
ip link add ipv3 link veth0 type ipvlan
ip link add ipv4 link veth0 type ipvlan mode l2 vepa
ip link add ipv5 link veth0 type ipvlan bridge
ip link add ipv9 type ipvlan mode l2
ip link add ipv9 link lo type ipvlan
ip link add ipv9 link nosuch type ipvlan
ip link add ipv9 link veth0 type ipvlan mode l4
ip link add ipv9 link veth0 type ipvlan foo
ip link add ipv9 link veth0 type ipvlan private vepa
ip link add ipv9 link veth0 type ipvlan mode
ip link add ipv9 link veth0 type ipvlan help
ip link add ipv6 link ipv0 type ipvlan mode l2
ip link add ipv7 link veth0 mtu 9000 type ipvlan
ip link add ipv7 link veth0 mtu 1400 type ipvlan
ip link add ipv8 link veth0 address 02:00:00:00:09:09 type ipvlan
ip link
ip -d link show
ip -d -j link show ipv2
ip -br link
ip link set ipv0 up
ip link set veth0 up
ip link set veth1 up
ip link show
ip link set ipv1 type ipvlan mode l2
ip link set ipv1 type ipvlan mode l3 vepa
ip -d link show
ip link set ipv0 mtu 1400
ip link set ipv0 mtu 1600
ip link set veth0 mtu 1450
ip link show
ip link set ipv0 address 02:00:00:00:09:09
ip link add br0 type bridge
ip link set veth0 master br0
ip link add mv0 link veth0 type macvlan
ip link add ipv9 link veth1 type ipvlan mode l2
ip link set veth1 down
ip link show ipv9
ip link del ipv9
ip link del veth1
ip -br link
ip link help ipvlan

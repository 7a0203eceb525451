# A bridge whose address was never set takes the lowest MAC among its ports.
ip link add br0 type bridge
ip link add v1 address 02:00:00:00:00:05 type veth peer name p1 address 02:00:00:00:00:06
ip link add v2 address 02:00:00:00:00:03 type veth peer name p2 address 02:00:00:00:00:04
ip link set v1 master br0
ip link show br0
ip link set v2 master br0
ip link show br0
ip link set v2 address 02:00:00:00:00:09
ip link show br0
ip link set v2 nomaster
ip link show br0
ip link set br0 address 02:00:00:00:00:01
ip link set v2 master br0
ip link show br0

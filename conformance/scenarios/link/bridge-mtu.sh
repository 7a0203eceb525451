# A bridge takes the smallest MTU of its ports (br_mtu_auto_adjust() on
# enslave, release and a port's MTU change), 1500 without ports, until the
# user sets its MTU.
ip link add br0 type bridge
ip link add v1 address 02:00:00:00:63:01 mtu 9000 type veth peer name v1p address 02:00:00:00:63:02
ip link add v2 address 02:00:00:00:63:03 type veth peer name v2p address 02:00:00:00:63:04
ip link set v2 mtu 1280
ip link set v1 master br0
ip link show br0
ip link set v2 master br0
ip link show br0
ip link set v2 mtu 1400
ip link show br0
ip link set v2 mtu 9500
ip link show br0
ip link set v2 nomaster
ip link show br0
ip link set v1 nomaster
ip link show br0
ip link add br1 mtu 1400 type bridge
ip link show br1
ip link set v1 master br1
ip link show br1
ip link set br1 mtu 1300
ip link set v1 mtu 1200
ip link show br1
ip link set v1 nomaster
ip link show br1
ip link add br2 type bridge
ip link set br2 mtu 1500
ip link set v2 master br2
ip link show br2
ip link set br2 mtu 1200
ip -6 addr show dev br2
ip link del v2
ip link show br2
ip link add br3 type bridge
ip link add v3 address 02:00:00:00:63:05 mtu 68 type veth peer name v3p address 02:00:00:00:63:06
ip addr add 10.3.0.1/24 dev br3
ip link set v3 master br3
ip addr show dev br3
ip link set v3 mtu 67
ip link set v3 mtu 1500
ip link show br3

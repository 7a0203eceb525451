# ifb (Intermediate Functional Block): NOARP, no MULTICAST, qlen 32, no MTU
# limits, a queue (pfifo_fast) once up; no MAC change after creation; the
# words after `type ifb` are ignored on add and refused on set.
ip link add ifb0 address 02:00:00:00:00:01 type ifb
ip link add type ifb
ip link add ifb9 type ifb foo
ip link add ifb8 address 02:00:00:00:00:08 mtu 9000 numtxqueues 4 type ifb
ip link add ifb7 address 02:00:00:00:00:07 type ifb
ip link add ifb6 mtu 67 type ifb
ip link add ifb5 mtu 70000 txqueuelen 100 type ifb
ip link add ifb4 address 01:00:00:00:00:07 type ifb
ip link add ifb0 address 02:00:00:00:00:01 type ifb
ip link
ip -d link show
ip -d -j link show ifb0
ip -br link
ip link show type ifb
ip link set ifb0 up
ip link set ifb8 up
ip link show ifb0
ip link show ifb8
ip addr show ifb0
ip -6 route show table all
ip link set ifb0 mtu 65535
ip link set ifb0 mtu 65536
ip link set ifb0 mtu 67
ip addr show ifb0
ip link set ifb0 type ifb
ip link set ifb0 type ifb foo
ip link set ifb0 type vxlan ttl 3
ip link add br0 type bridge
ip link set ifb7 master br0
ip link set ifb7 address 02:00:00:00:00:77
ip link help ifb
ip -s -s link show ifb7
ip link set ifb7 up
ip link set br0 up
ip addr
ip netns add other
ip link set ifb9 netns other
ip -n other -d link show ifb9
ip link del ifb0
ip -br link

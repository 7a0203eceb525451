# Below an MTU of 1280 a device loses IPv6 and its net.ipv6 keys; they come
# back from `default` when the MTU does. disable_ipv6 refuses addresses.
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
sysctl -w net.ipv6.conf.v0.disable_ipv6=1
ip -6 addr add 2001:db8::1/64 dev v0
ip addr add 2001:db8::1/64 dev v0
ip link set v1 mtu 1200
sysctl net.ipv6.conf.v1.mtu
sysctl -a -r 'conf\.v1\.(mtu|forwarding)$'
sysctl -a -N -r 'neigh\.v1\.ucast'
ip link set v1 mtu 1300
sysctl -a -r 'conf\.v1\.(mtu|forwarding)$'
sysctl -w net.ipv6.conf.default.forwarding=1
ip link set v1 mtu 1200
ip link set v1 mtu 1400
sysctl -a -r 'conf\.v1\.(mtu|forwarding)$'
ip link add v2 type veth peer name v3
ip link set v2 mtu 1000
sysctl -a -N -r 'conf\.v[23]\.mtu$'
ip netns add x
sysctl -w net.ipv4.conf.v0.rp_filter=1
ip netns exec x sysctl -w net.ipv4.conf.default.rp_filter=2
ip link set v0 netns x
ip netns exec x sysctl -a -r 'conf\.v0\.(rp_filter|mtu|disable_ipv6)$'
sysctl net.ipv4.conf.v0.rp_filter

# vxlan and namespaces: created inside a named namespace, moved out of its
# creating namespace (it keeps vxlan->net: link-netnsid, and its VNI stays
# taken there), and a lower device moving away deletes the vxlan.
ip netns add other
ip link add veth0 type veth peer name veth1
ip link add vx0 type vxlan id 5 dstport 4789
ip link add vx1 type vxlan id 6 dstport 4789 dev veth0 remote 192.0.2.1
ip -n other link add vx0 type vxlan id 5 dstport 4789
ip -n other -d link show vx0
ip link set vx0 netns other
ip link set vx0 name vx9 netns other
ip -n other -d link show vx9
ip -n other -d -j link show vx9
ip link add vx2 type vxlan id 5 dstport 4789
ip -n other link add vx3 type vxlan id 5 dstport 4789 gbp
ip link set veth0 netns other
ip -br link
ip -n other -br link

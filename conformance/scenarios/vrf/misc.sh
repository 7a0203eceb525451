# iplab-kernel: vm
# JSON and detail views of VRF state, a renamed VRF, route gets with
# selectors inside a VRF, IPv6 addresses and routes on a slave, neighbours
# and proxies by VRF, ip vrf exec default, batch mode, and a namespace
# holding a VRF going away.
ip link set lo up
ip netns add ns1
ip -n ns1 link set lo up
ip -n ns1 link add blue address 02:00:00:00:10:01 type vrf table 10
ip -n ns1 link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip -n ns1 link set veth0 vrf blue
ip -n ns1 addr add 10.0.0.1/24 dev veth0
ip -n ns1 addr add 2001:db8::1/64 nodad dev veth0
ip -n ns1 addr add 10.1.0.1/24 dev veth1
ip -n ns1 link set blue up
ip -n ns1 link set veth0 up
ip -n ns1 link set veth1 up
ip -n ns1 -j vrf show
ip -n ns1 -j -d link show veth0
ip -n ns1 -j route show vrf blue
ip -n ns1 -6 route show vrf blue
ip -n ns1 -6 route show table 10
ip -n ns1 -j rule show l3mdev
ip -n ns1 -j -d rule show pref 1000
ip -n ns1 route get vrf blue 10.0.0.7 mark 5
ip -n ns1 route get vrf blue 10.0.0.7 tos 0x10
ip -n ns1 route get vrf blue 10.0.0.7 from 10.0.0.1
ip -n ns1 route get vrf blue 10.0.0.7 from 10.1.0.1
ip -n ns1 route get vrf blue 10.0.0.7 ipproto udp dport 53
ip -n ns1 -j route get vrf blue 10.0.0.7
ip -n ns1 route get vrf blue 10.0.0.7 fibmatch
ip -n ns1 route get vrf blue 10.1.0.9
ip -n ns1 route get 10.1.0.9 oif veth0
ip -n ns1 route get 10.0.0.9 from 10.0.0.5 iif veth0
ip -n ns1 route get 10.1.0.1 from 10.0.0.5 iif veth0
ip -n ns1 -6 route get vrf blue 2001:db8::7
ip -n ns1 -6 route get 2001:db8::7 oif veth0
ip -n ns1 -6 route get 2001:db8::7
ip -n ns1 neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0
ip -n ns1 neigh add proxy 10.0.0.50 dev veth0
ip -n ns1 neigh add proxy 10.1.0.50 dev veth1
ip -n ns1 neigh show vrf blue
ip -n ns1 neigh show proxy vrf blue
ip -n ns1 neigh show proxy nomaster
ip -n ns1 -j neigh show master blue
# 6.1 refuses to rename an up device (EBUSY; 6.18 allows it): down, rename, up.
ip -n ns1 link set blue down
ip -n ns1 link set blue name green
ip -n ns1 link set green up
ip -n ns1 vrf
ip -n ns1 link show master green
ip -n ns1 route show vrf green
ip -n ns1 route get vrf green 10.0.0.7
ip -n ns1 rule
ip -n ns1 -batch - <<'EOF'
link add red address 02:00:00:00:10:02 type vrf table 20
link set red up
route add vrf red unreachable default metric 4278198272
route show vrf red
vrf show red
link set veth1 vrf red
route show vrf red
EOF
ip -n ns1 vrf exec default ip -br link show type vrf
ip -n ns1 vrf exec default ip link show nosuchdev
ip -n ns1 -br link
ip netns del ns1
ip netns
ip rule

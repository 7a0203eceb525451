# iplab-kernel: vm
# Seeded random VRF scenario (seed 5), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip route show vrf red
ip route get vrf red 8.8.8.8
ip route del 203.0.113.0/24 via 198.51.100.2 table 10
ip -6 route get vrf blue 2001:db8:1::2
ip addr add 203.0.113.1/24 dev blue
ip -d link show veth0
ip link set veth0 down
ip link set veth1 up
ip route del 203.0.113.0/24 via 198.51.100.2
ip -6 route show table all
ip route del 10.0.0.0/8 dev veth0 vrf blue
ip link set red down
ip link show master blue
ip -br addr show vrf blue
ip link set veth2 nomaster
ip route get oif veth0 198.51.100.1
ip -6 addr replace 2001:db8:3::1/64 nodad dev veth1
ip route show table 10
ip route show table all
ip -6 addr replace 2001:db8:3::1/64 nodad dev veth3
ip link set veth0 master red
ip route show table all
ip -6 route get vrf red 2001:db8:1::2
ip vrf
ip route get vrf red 198.51.100.9
ip link set veth1 master red
ip route show vrf blue
ip link set dev veth1 vrf red
ip link set veth1 nomaster
ip -6 route get 2001:db8:3::3
ip route get vrf blue 198.51.100.2
ip link set veth1 nomaster
ip link set veth3 nomaster
ip link set veth3 up
ip -6 addr replace 2001:db8:2::1/64 nodad dev blue
ip link set veth1 down
ip route get vrf red 192.0.2.1
ip route get 192.0.2.2
ip addr add 127.0.0.1/8 dev red
ip -br link show vrf red
ip route show table all
ip -6 route show table all
ip rule
ip -br link

# iplab-kernel: vm
# Seeded random VRF scenario (seed 7), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 20
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip link set dev veth3 vrf red
ip route add default via 192.0.2.2 table 10
ip link set veth0 down
ip route get vrf blue 192.0.2.9
ip route get oif veth1 192.0.2.9
ip route show vrf red
ip link set veth0 nomaster
ip link set veth3 nomaster
ip -br addr show vrf blue
ip rule
ip link set veth0 master blue
ip link set dev veth3 vrf blue
ip -d link show veth0
ip route get 198.51.100.1 from 198.51.100.2 iif veth0
ip link set dev veth3 vrf blue
ip addr add 10.9.9.9/32 dev red
ip -br link show vrf red
ip -br addr show vrf blue
ip route show vrf blue
ip route get oif veth3 203.0.113.5
ip -br link show vrf red
ip -br link
ip route get 198.51.100.9
ip addr add 203.0.113.1/24 dev red
ip -br link
ip route get vrf blue 10.9.9.9
ip -6 route get vrf blue 2001:db8:1::1
ip link set dev veth0 vrf red
ip link set veth2 nomaster
ip link set red up
ip -br addr show vrf blue
ip route show vrf blue
ip link show master blue
ip route get vrf blue 192.0.2.9
ip vrf
ip -6 route get vrf blue 2001:db8:3::2
ip -6 route get vrf red 2001:db8:2::1
ip route get oif blue 192.0.2.2
ip route get vrf red 192.0.2.2
ip link set veth2 up
ip route show table all
ip -6 route show table all
ip rule
ip -br link

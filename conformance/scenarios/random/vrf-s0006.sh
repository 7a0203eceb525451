# iplab-kernel: vm
# Seeded random VRF scenario (seed 6), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip link set veth2 master blue
ip link set veth3 nomaster
ip route add 203.0.113.0/24 via 192.0.2.2 vrf red
ip -br addr show vrf blue
ip rule add pref 1000 l3mdev protocol kernel
ip link set red down
ip link set red down
ip -d link show veth0
ip -br link
ip route show vrf red
ip route get vrf blue 192.0.2.9
ip -6 route show vrf blue
ip route get oif veth3 198.51.100.9
ip -d link show veth0
ip route get oif veth1 127.0.0.1
ip link set veth2 up
ip route get vrf blue 192.0.2.9
ip link set veth1 up
ip -6 addr replace 2001:db8:1::1/64 nodad dev veth0
ip link show master blue
ip link set dev veth1 vrf blue
ip route get vrf blue 203.0.113.5
ip link set veth0 nomaster
ip route show vrf red
ip route get vrf red 192.0.2.2
ip link set red up
ip link set dev veth2 vrf red
ip rule
ip link set veth1 up
ip addr add 127.0.0.1/8 dev blue
ip link set veth0 nomaster
ip -6 route get 2001:db8:2::1
ip -6 route show vrf blue
ip rule
ip -6 route show vrf blue
ip route get 192.0.2.1 from 198.51.100.2 iif veth3
ip link set blue up
ip -6 addr replace 2001:db8:1::1/64 nodad dev blue
ip route get vrf blue 203.0.113.5
ip link show master blue
ip route show table all
ip -6 route show table all
ip rule
ip -br link

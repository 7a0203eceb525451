# iplab-kernel: vm
# Seeded random VRF scenario (seed 17), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip link set veth3 up
ip link set veth3 master blue
ip route get 8.8.8.8 from 192.0.2.2 iif veth0
ip link set veth3 down
ip addr add 127.0.0.1/8 dev red
ip route get vrf red 198.51.100.9
ip route add 203.0.113.0/24 via 192.0.2.2 table 10
ip addr del 127.0.0.1/8 dev red
ip route get 127.0.0.1
ip link set veth3 nomaster
ip link set veth2 down
ip link set veth3 nomaster
ip -6 addr replace 2001:db8:1::1/64 nodad dev blue
ip route get 198.51.100.2
ip -br link show vrf red
ip route show vrf blue
ip -br link
ip link set veth0 down
ip link set dev veth1 vrf red
ip route get vrf red 198.51.100.2
ip link set veth2 master red
ip route show table all
ip route get vrf blue 198.51.100.2
ip route get vrf blue 8.8.8.8
ip link set veth3 nomaster
ip addr add 10.9.9.9/32 dev red
ip addr del 10.9.9.9/32 dev red
ip -6 route show table all
ip route get vrf red 192.0.2.9
ip -6 route show vrf blue
ip -br link show vrf red
ip route get vrf blue 127.0.0.1
ip route add 10.0.0.0/8 dev veth2
ip link set dev veth1 vrf blue
ip link set dev veth0 vrf red
ip route get 10.9.9.9
ip route show table all
ip link show master blue
ip route get oif veth0 192.0.2.2
ip -6 addr replace 2001:db8:2::1/64 nodad dev veth3
ip route show table all
ip -6 route show table all
ip rule
ip -br link

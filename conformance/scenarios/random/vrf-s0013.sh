# iplab-kernel: vm
# Seeded random VRF scenario (seed 13), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip -6 addr replace 2001:db8:1::1/64 nodad dev veth0
ip link set veth0 nomaster
ip route get vrf blue 192.0.2.2
ip route get vrf red 10.9.9.9
ip link set dev veth2 vrf red
ip link set veth2 master blue
ip link set dev veth0 vrf red
ip -6 route get 2001:db8:2::1
ip route get 192.0.2.1 from 198.51.100.2 iif veth0
ip link set veth2 up
ip link set veth1 master red
ip route show vrf red
ip link set veth1 nomaster
ip link set veth1 master blue
ip link set veth0 down
ip -br link
ip -6 addr replace 2001:db8:2::2/64 nodad dev red
ip route get vrf red 203.0.113.5
ip route get vrf red 127.0.0.1
ip link set veth3 up
ip addr add 127.0.0.1/8 dev blue
ip link set veth0 nomaster
ip -6 route show table all
ip vrf
ip link set veth1 master blue
ip -6 addr replace 2001:db8:1::2/64 nodad dev blue
ip addr add 203.0.113.1/24 dev red
ip route get 198.51.100.9
ip link set red up
ip -d link show veth0
ip vrf
ip link set veth3 master red
ip link set veth3 master blue
ip -6 addr replace 2001:db8:1::2/64 nodad dev red
ip -br link
ip route get 192.0.2.9
ip route get 8.8.8.8 from 192.0.2.2 iif veth2
ip route get 127.0.0.1
ip -6 route show vrf blue
ip link show master blue
ip route show table all
ip -6 route show table all
ip rule
ip -br link

# iplab-kernel: vm
# Seeded random VRF scenario (seed 19), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 20
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip addr add 127.0.0.1/8 dev red
ip -6 route show table all
ip route get vrf red 127.0.0.1
ip link set dev veth1 vrf blue
ip link set veth0 nomaster
ip route add 203.0.113.0/24 via 192.0.2.2
ip route get 127.0.0.1
ip link set red down
ip route add 10.0.0.0/8 dev veth0 table 20
ip route show table all
ip addr add 203.0.113.1/24 dev red
ip rule add pref 1000 l3mdev protocol kernel
ip link set veth1 down
ip link set veth1 nomaster
ip rule del pref 1000
ip link set veth2 nomaster
ip link set dev veth1 vrf blue
ip route show vrf red
ip route get 192.0.2.9
ip route get 10.9.9.9
ip route get vrf red 192.0.2.9
ip link set dev veth0 vrf red
ip route show vrf red
ip route add 10.0.0.0/8 dev veth2
ip link set dev veth3 vrf blue
ip route get oif veth1 192.0.2.1
ip route get vrf red 198.51.100.9
ip -br addr show vrf blue
ip route show vrf blue
ip rule
ip -br link show vrf red
ip link set dev veth3 vrf red
ip link set veth1 down
ip route show table 10
ip route show vrf red
ip link set veth3 nomaster
ip link show master blue
ip route get vrf blue 192.0.2.2
ip link set veth0 down
ip link set veth1 up
ip route show table all
ip -6 route show table all
ip rule
ip -br link

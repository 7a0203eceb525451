# iplab-kernel: vm
# Seeded random VRF scenario (seed 20), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 100
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip route add 10.0.0.0/8 dev veth0 vrf red
ip link set blue down
ip route del 203.0.113.0/24 via 198.51.100.2
ip link set veth3 up
ip link set red up
ip link set dev veth1 vrf blue
ip -br link
ip -br link
ip addr add 10.9.9.9/32 dev blue
ip link set veth1 up
ip link set dev veth0 vrf red
ip rule
ip -br link show vrf red
ip route get 192.0.2.1
ip route add default via 192.0.2.2 vrf blue
ip link set veth2 nomaster
ip link show master blue
ip route get vrf blue 8.8.8.8
ip link set veth0 nomaster
ip route get vrf red 198.51.100.9
ip -br addr show vrf blue
ip -d link show veth0
ip link set veth2 master blue
ip addr add 203.0.113.1/24 dev red
ip route show table 10
ip addr add 203.0.113.1/24 dev blue
ip route show vrf blue
ip link set veth2 nomaster
ip route add 203.0.113.0/24 via 198.51.100.2 table 100
ip route get vrf blue 203.0.113.5
ip addr del 203.0.113.1/24 dev blue
ip route get vrf red 192.0.2.1
ip route show vrf red
ip route add 203.0.113.0/24 via 192.0.2.2 vrf blue
ip -6 route get 2001:db8:3::1
ip route add 203.0.113.0/24 via 192.0.2.2 table 10
ip link set red down
ip addr del 10.9.9.9/32 dev blue
ip rule del pref 1000
ip link set veth3 master blue
ip route show table all
ip -6 route show table all
ip rule
ip -br link

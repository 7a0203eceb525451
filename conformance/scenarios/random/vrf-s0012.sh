# iplab-kernel: vm
# Seeded random VRF scenario (seed 12), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 20
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip link set veth2 master red
ip route get 10.9.9.9 from 198.51.100.2 iif veth2
ip link set veth3 nomaster
ip route get oif veth3 203.0.113.5
ip link set veth1 down
ip route add 203.0.113.0/24 via 198.51.100.2
ip route add 10.0.0.0/8 dev veth0 vrf blue
ip addr add 10.9.9.9/32 dev red
ip route get vrf red 198.51.100.1
ip link set veth2 down
ip link set veth0 master red
ip link set dev veth2 vrf blue
ip route del 203.0.113.0/24 via 192.0.2.2 table 10
ip route add 10.0.0.0/8 dev veth2
ip route show table all
ip link set dev veth2 vrf blue
ip link set veth0 up
ip route get oif red 192.0.2.9
ip route get vrf blue 203.0.113.5
ip link set red up
ip route show table all
ip link set red up
ip rule add pref 1000 l3mdev protocol kernel
ip route get vrf red 192.0.2.2
ip link show master blue
ip -br link
ip link set veth1 nomaster
ip link set veth0 up
ip route get vrf red 192.0.2.9
ip link set veth0 down
ip link set veth1 nomaster
ip link set veth2 up
ip route del 10.0.0.0/8 dev veth0
ip route get vrf blue 10.9.9.9
ip link set veth1 master red
ip route get vrf blue 127.0.0.1
ip link set dev veth0 vrf blue
ip link set dev veth2 vrf red
ip link set dev veth0 vrf blue
ip route show vrf blue
ip route show table all
ip -6 route show table all
ip rule
ip -br link

# iplab-kernel: vm
# Seeded random VRF scenario (seed 9), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 20
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip route show vrf blue
ip -d link show veth0
ip route get 192.0.2.9 from 203.0.113.7 iif veth0
ip route get vrf red 192.0.2.9
ip route show table 10
ip -6 route get vrf blue 2001:db8:2::2
ip vrf
ip route del 203.0.113.0/24 via 198.51.100.2 table 10
ip addr add 10.9.9.9/32 dev red
ip link set veth3 up
ip link set veth3 master red
ip rule add pref 1000 l3mdev protocol kernel
ip route get vrf red 203.0.113.5
ip route get vrf red 198.51.100.1
ip route get vrf red 10.9.9.9
ip route get vrf blue 192.0.2.2
ip -br link show vrf red
ip route get vrf red 203.0.113.5
ip route show table all
ip -6 route get 2001:db8:2::2
ip -d link show veth0
ip rule
ip link set blue down
ip link set dev veth3 vrf red
ip -6 route show table all
ip route get 127.0.0.1 from 192.0.2.2 iif veth2
ip route get vrf red 192.0.2.9
ip rule del pref 1000
ip -d link show veth0
ip route get oif red 192.0.2.1
ip link set veth3 down
ip link set veth1 down
ip route get vrf blue 192.0.2.1
ip link set veth0 up
ip link set veth1 down
ip link set dev veth3 vrf red
ip link show master blue
ip rule
ip rule add pref 1000 l3mdev protocol kernel
ip -br link
ip route show table all
ip -6 route show table all
ip rule
ip -br link

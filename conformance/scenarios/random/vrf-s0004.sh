# iplab-kernel: vm
# Seeded random VRF scenario (seed 4), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 100
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip addr add 10.9.9.9/32 dev blue
ip link set veth3 up
ip -br addr show vrf blue
ip route get 8.8.8.8 from 198.51.100.2 iif veth2
ip link show master blue
ip -6 route get vrf blue 2001:db8:2::3
ip -br link
ip route add blackhole 172.16.0.0/12 vrf blue
ip link show master blue
ip -6 addr replace 2001:db8:2::1/64 nodad dev veth2
ip route get 127.0.0.1
ip route add default via 192.0.2.2
ip route get vrf red 192.0.2.2
ip vrf
ip -6 route show table all
ip link set veth3 up
ip link set dev veth3 vrf blue
ip -br addr show vrf blue
ip route get vrf blue 8.8.8.8
ip -6 addr replace 2001:db8:2::2/64 nodad dev veth0
ip link set veth3 down
ip route show table all
ip route add default via 198.51.100.1 table 10
ip addr add 203.0.113.1/24 dev red
ip addr del 203.0.113.1/24 dev red
ip link set red up
ip -br link
ip route add 203.0.113.0/24 via 192.0.2.2
ip link set veth2 nomaster
ip route get 198.51.100.1 from 198.51.100.2 iif veth2
ip route show table 10
ip route get vrf red 127.0.0.1
ip -d link show veth0
ip link set veth2 master red
ip -6 route get vrf blue 2001:db8:3::3
ip link set dev veth3 vrf red
ip link set dev veth2 vrf red
ip route get oif veth2 198.51.100.1
ip addr add 203.0.113.1/24 dev red
ip addr add 10.9.9.9/32 dev red
ip route show table all
ip -6 route show table all
ip rule
ip -br link

# iplab-kernel: vm
# Seeded random VRF scenario (seed 1), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip link set veth2 master red
ip route get vrf blue 203.0.113.5
ip route add 203.0.113.0/24 via 198.51.100.2 vrf red
ip link set veth0 up
ip link set veth1 master red
ip link set veth1 master red
ip link set veth3 up
ip route show vrf red
ip -6 route get vrf blue 2001:db8:3::3
ip link set blue up
ip addr add 127.0.0.1/8 dev blue
ip link set veth2 master red
ip link set veth2 nomaster
ip route get 198.51.100.2 from 192.0.2.2 iif veth2
ip -br link
ip route get 203.0.113.5 from 203.0.113.7 iif veth3
ip link set veth0 nomaster
ip route get vrf red 192.0.2.2
ip route get 203.0.113.5
ip link set veth1 master blue
ip route get vrf red 192.0.2.1
ip vrf
ip link set veth0 up
ip route show table 10
ip link set veth2 master red
ip link set dev veth0 vrf red
ip link set veth2 nomaster
ip link set red down
ip route show table all
ip link set veth0 down
ip addr add 203.0.113.1/24 dev red
ip link set veth1 nomaster
ip link set veth0 up
ip route add 10.0.0.0/8 dev veth0 table 10
ip addr del 203.0.113.1/24 dev red
ip route get 198.51.100.1
ip addr add 10.9.9.9/32 dev blue
ip -br link
ip link set veth1 nomaster
ip route add 203.0.113.0/24 via 198.51.100.2 table 10
ip route show table all
ip -6 route show table all
ip rule
ip -br link

# iplab-kernel: vm
# Seeded random VRF scenario (seed 18), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 20
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip route get 127.0.0.1
ip route get 192.0.2.2
ip route get vrf red 192.0.2.9
ip route add 203.0.113.0/24 via 192.0.2.2 table 20
ip route get 127.0.0.1 from 198.51.100.2 iif veth0
ip route show table 10
ip route show vrf red
ip route get 127.0.0.1
ip link set veth1 up
ip route show table 10
ip rule
ip route get vrf blue 127.0.0.1
ip route get vrf blue 8.8.8.8
ip route get vrf blue 127.0.0.1
ip route show vrf blue
ip -br addr show vrf blue
ip route add 203.0.113.0/24 via 198.51.100.2
ip route get 198.51.100.1 from 192.0.2.2 iif veth2
ip -6 addr replace 2001:db8:1::2/64 nodad dev veth1
ip -6 route get vrf red 2001:db8:3::2
ip -br link
ip route get oif veth3 203.0.113.5
ip addr add 10.9.9.9/32 dev blue
ip route get 10.9.9.9 from 203.0.113.7 iif veth3
ip route show table 10
ip -br link show vrf red
ip addr del 10.9.9.9/32 dev blue
ip -6 addr replace 2001:db8:3::1/64 nodad dev veth2
ip -6 route get 2001:db8:3::3
ip -6 route show table all
ip route show table 10
ip link set veth0 master blue
ip link set blue up
ip route add 10.0.0.0/8 dev veth2 vrf blue
ip -6 route get vrf blue 2001:db8:3::3
ip route get vrf red 198.51.100.9
ip route show vrf blue
ip link set veth3 master blue
ip -6 route show table all
ip route add 10.0.0.0/8 dev veth0 table 20
ip route show table all
ip -6 route show table all
ip rule
ip -br link

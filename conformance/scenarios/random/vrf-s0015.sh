# iplab-kernel: vm
# Seeded random VRF scenario (seed 15), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 20
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip route add 10.0.0.0/8 dev veth2 vrf blue
ip route get vrf blue 192.0.2.1
ip -6 addr replace 2001:db8:2::1/64 nodad dev veth0
ip -6 route get 2001:db8:1::1
ip -br link
ip -6 route show table all
ip link set veth1 master blue
ip route show vrf blue
ip route get vrf red 198.51.100.9
ip link set veth2 master red
ip link set dev veth3 vrf red
ip route show table all
ip route show vrf red
ip link set veth2 nomaster
ip -6 route show table all
ip link set veth3 down
ip addr add 10.9.9.9/32 dev red
ip rule del pref 1000
ip link set red down
ip route get vrf red 192.0.2.9
ip rule
ip route get 198.51.100.9 from 198.51.100.2 iif veth3
ip route add blackhole 172.16.0.0/12 table 10
ip route del default via 198.51.100.1 vrf red
ip link set blue up
ip route get 203.0.113.5 from 192.0.2.2 iif veth1
ip route get 192.0.2.1
ip link set veth0 up
ip link set dev veth1 vrf blue
ip link set dev veth2 vrf red
ip link set veth1 up
ip route show table 10
ip -6 route get vrf blue 2001:db8:3::1
ip route get oif red 127.0.0.1
ip link set blue up
ip route get vrf blue 192.0.2.1
ip addr add 127.0.0.1/8 dev blue
ip addr add 203.0.113.1/24 dev red
ip vrf
ip link set dev veth2 vrf red
ip route show table all
ip -6 route show table all
ip rule
ip -br link

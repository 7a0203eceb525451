# iplab-kernel: vm
# Seeded random VRF scenario (seed 10), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip -br addr show vrf blue
ip -6 route show vrf blue
ip route add 203.0.113.0/24 via 192.0.2.2
ip vrf
ip link set veth1 nomaster
ip addr add 203.0.113.1/24 dev red
ip link set dev veth1 vrf red
ip addr add 127.0.0.1/8 dev blue
ip route get vrf red 192.0.2.1
ip link set veth0 master blue
ip link show master blue
ip route add blackhole 172.16.0.0/12
ip route del 203.0.113.0/24 via 198.51.100.2 table 10
ip route get 192.0.2.2 from 198.51.100.2 iif veth3
ip route get vrf red 8.8.8.8
ip route get vrf red 198.51.100.1
ip addr add 203.0.113.1/24 dev blue
ip route add 203.0.113.0/24 via 192.0.2.2 table 10
ip route add 203.0.113.0/24 via 198.51.100.2 table 10
ip route del default via 198.51.100.1
ip link set dev veth1 vrf red
ip link set veth0 nomaster
ip rule
ip addr add 10.9.9.9/32 dev blue
ip vrf
ip route get 8.8.8.8 from 198.51.100.2 iif veth1
ip link set veth1 up
ip -6 addr replace 2001:db8:3::1/64 nodad dev veth3
ip rule
ip rule add pref 1000 l3mdev protocol kernel
ip vrf
ip rule del pref 1000
ip link set veth0 down
ip addr del 203.0.113.1/24 dev red
ip route get vrf blue 198.51.100.1
ip route get vrf red 192.0.2.9
ip -6 route get vrf red 2001:db8:2::1
ip link set veth0 nomaster
ip route get 198.51.100.9
ip addr del 127.0.0.1/8 dev blue
ip route show table all
ip -6 route show table all
ip rule
ip -br link

# iplab-kernel: vm
# Seeded random VRF scenario (seed 11), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip route get vrf red 127.0.0.1
ip route get vrf red 10.9.9.9
ip route add blackhole 172.16.0.0/12 vrf red
ip route get 192.0.2.2
ip link set veth2 up
ip route get vrf red 198.51.100.9
ip route del blackhole 172.16.0.0/12 table 10
ip addr add 127.0.0.1/8 dev blue
ip link set veth2 master red
ip -6 route get vrf blue 2001:db8:2::2
ip route show vrf blue
ip rule
ip route add 203.0.113.0/24 via 192.0.2.2 table 10
ip rule add pref 500 l3mdev
ip link set veth3 down
ip link set dev veth2 vrf blue
ip -6 route show vrf blue
ip route add 203.0.113.0/24 via 192.0.2.2 table 10
ip route del 10.0.0.0/8 dev veth0 vrf red
ip -6 addr replace 2001:db8:3::1/64 nodad dev veth0
ip route get 198.51.100.1
ip -6 addr replace 2001:db8:3::2/64 nodad dev veth3
ip route del default via 192.0.2.2 vrf red
ip addr del 127.0.0.1/8 dev blue
ip route show table 10
ip route add 203.0.113.0/24 via 192.0.2.2 table 10
ip route get 198.51.100.9
ip route get oif red 198.51.100.9
ip route get vrf blue 192.0.2.1
ip route get oif veth3 8.8.8.8
ip link set dev veth0 vrf red
ip -6 route show table all
ip -br addr show vrf blue
ip link set dev veth1 vrf blue
ip link set blue up
ip link set veth2 nomaster
ip -d link show veth0
ip link set veth1 nomaster
ip route get vrf blue 198.51.100.2
ip link set veth3 nomaster
ip route show table all
ip -6 route show table all
ip rule
ip -br link

# iplab-kernel: vm
# Seeded random VRF scenario (seed 14), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 20
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip route add 10.0.0.0/8 dev veth0
ip route del 203.0.113.0/24 via 192.0.2.2 table 20
ip -6 route show table all
ip link set dev veth3 vrf blue
ip route del 203.0.113.0/24 via 192.0.2.2 table 10
ip link set blue up
ip -br addr show vrf blue
ip route show table 10
ip link set veth0 up
ip link set veth0 up
ip addr add 10.9.9.9/32 dev red
ip route get oif blue 10.9.9.9
ip addr add 127.0.0.1/8 dev red
ip link set veth1 master red
ip route add default via 192.0.2.2
ip route add 203.0.113.0/24 via 192.0.2.2 vrf blue
ip rule add pref 1000 l3mdev protocol kernel
ip vrf
ip route add default via 192.0.2.2 vrf red
ip -6 route get 2001:db8:2::1
ip -br link
ip route get 198.51.100.9
ip route get vrf red 192.0.2.1
ip link show master blue
ip -6 rule del pref 1000
ip addr del 127.0.0.1/8 dev red
ip -br addr show vrf blue
ip link set veth1 up
ip -br addr show vrf blue
ip -6 addr replace 2001:db8:2::1/64 nodad dev veth0
ip addr add 127.0.0.1/8 dev red
ip -6 route get 2001:db8:1::2
ip rule
ip addr add 203.0.113.1/24 dev red
ip route get 192.0.2.9
ip link show master blue
ip -br addr show vrf blue
ip link set veth0 nomaster
ip route get vrf blue 198.51.100.2
ip route get oif veth0 198.51.100.2
ip route show table all
ip -6 route show table all
ip rule
ip -br link

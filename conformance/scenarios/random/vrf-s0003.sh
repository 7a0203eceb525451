# iplab-kernel: vm
# Seeded random VRF scenario (seed 3), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip link set dev veth1 vrf red
ip rule del pref 1000
ip link set veth3 up
ip link set veth2 nomaster
ip addr add 203.0.113.1/24 dev blue
ip route get oif veth3 198.51.100.9
ip link set veth3 nomaster
ip route del 203.0.113.0/24 via 198.51.100.2 vrf blue
ip -6 route get 2001:db8:1::2
ip -br link show vrf red
ip route get 8.8.8.8 from 198.51.100.2 iif veth2
ip link set dev veth1 vrf red
ip route add default via 192.0.2.2 table 10
ip -br addr show vrf blue
ip -6 addr replace 2001:db8:3::2/64 nodad dev veth2
ip vrf
ip route get 10.9.9.9 from 203.0.113.7 iif veth3
ip link set dev veth0 vrf red
ip route get vrf blue 198.51.100.9
ip route get oif veth2 192.0.2.2
ip -br addr show vrf blue
ip rule
ip link set veth1 nomaster
ip route get oif red 203.0.113.5
ip route get oif red 127.0.0.1
ip addr add 127.0.0.1/8 dev red
ip route add 203.0.113.0/24 via 198.51.100.2 table 10
ip route get oif veth1 192.0.2.1
ip route show vrf blue
ip route del 203.0.113.0/24 via 192.0.2.2 table 10
ip link set veth1 master red
ip link set veth0 nomaster
ip route get 127.0.0.1 from 192.0.2.2 iif veth0
ip link set veth2 nomaster
ip addr del 203.0.113.1/24 dev blue
ip route show vrf red
ip route add 10.0.0.0/8 dev veth2 vrf red
ip link set blue up
ip route del 10.0.0.0/8 dev veth0 vrf red
ip -6 addr replace 2001:db8:3::1/64 nodad dev veth0
ip route show table all
ip -6 route show table all
ip rule
ip -br link

# iplab-kernel: vm
# Seeded random VRF scenario (seed 2), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip addr add 10.9.9.9/32 dev red
ip -br addr show vrf blue
ip rule add pref 1000 l3mdev protocol kernel
ip route show vrf blue
ip route show vrf red
ip route del default via 192.0.2.2
ip route get oif veth2 192.0.2.1
ip route show table all
ip link set dev veth0 vrf red
ip route get 198.51.100.2
ip -6 addr replace 2001:db8:1::2/64 nodad dev veth0
ip link set veth3 nomaster
ip link set veth3 nomaster
ip link set dev veth3 vrf red
ip route show table all
ip route get 203.0.113.5 from 203.0.113.7 iif veth2
ip route get oif veth0 127.0.0.1
ip route get oif veth1 203.0.113.5
ip route add 203.0.113.0/24 via 192.0.2.2 table 10
ip addr add 127.0.0.1/8 dev red
ip vrf
ip route add unreachable default metric 4278198272 table 10
ip route get 203.0.113.5 from 192.0.2.2 iif veth1
ip -6 addr replace 2001:db8:2::1/64 nodad dev veth1
ip route show vrf red
ip -6 route show vrf blue
ip route add blackhole 172.16.0.0/12 vrf red
ip route show table 10
ip link set veth2 nomaster
ip route get vrf blue 10.9.9.9
ip link set dev veth0 vrf red
ip link set dev veth2 vrf blue
ip route get oif blue 198.51.100.2
ip route get oif veth0 198.51.100.2
ip link set veth3 up
ip route get vrf blue 192.0.2.9
ip -br link show vrf red
ip route get 192.0.2.9
ip route show vrf red
ip route show vrf red
ip route show table all
ip -6 route show table all
ip rule
ip -br link

# iplab-kernel: vm
# Seeded random VRF scenario (seed 16), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 10
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 198.51.100.2/24 dev veth3
ip link set veth3 master blue
ip link show master blue
ip link set red up
ip link set veth1 nomaster
ip -6 addr replace 2001:db8:2::2/64 nodad dev veth0
ip route get 198.51.100.1 from 198.51.100.2 iif veth3
ip rule add pref 500 l3mdev
ip rule
ip link set veth0 nomaster
ip route get vrf blue 198.51.100.9
ip route get vrf blue 203.0.113.5
ip -d link show veth0
ip route get 127.0.0.1
ip route show vrf blue
ip addr add 10.9.9.9/32 dev blue
ip route get 192.0.2.9 from 198.51.100.2 iif veth0
ip addr add 127.0.0.1/8 dev blue
ip route get 192.0.2.2
ip -6 addr replace 2001:db8:1::2/64 nodad dev veth2
ip route del default via 192.0.2.2
ip route get vrf blue 198.51.100.9
ip route show vrf red
ip route add unreachable default metric 4278198272 vrf blue
ip -d link show veth0
ip route show table 10
ip link set blue down
ip route show vrf blue
ip -6 route get vrf red 2001:db8:2::1
ip link set veth3 nomaster
ip route add blackhole 172.16.0.0/12 vrf blue
ip route show vrf blue
ip route add blackhole 172.16.0.0/12 table 10
ip addr add 127.0.0.1/8 dev red
ip -6 addr replace 2001:db8:2::1/64 nodad dev veth0
ip addr del 10.9.9.9/32 dev blue
ip link set veth3 up
ip route get oif blue 192.0.2.1
ip -6 addr replace 2001:db8:1::1/64 nodad dev red
ip route add default via 192.0.2.2
ip rule
ip route show table all
ip -6 route show table all
ip rule
ip -br link

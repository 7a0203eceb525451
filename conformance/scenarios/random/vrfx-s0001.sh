# iplab-kernel: vm
# Seeded random VRF scenario (seed 1, profile x), from conformance/generators/vrf.ts.
ip link set lo up
ip link add blue address 02:00:00:00:10:01 type vrf table 10
ip link add red address 02:00:00:00:10:02 type vrf table 20
ip link set blue up
ip link set red up
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth1
ip addr add 198.51.100.1/24 dev veth2
ip addr add 2001:db8:1::1/64 nodad dev veth0
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip route get 198.51.100.7 from 203.0.113.5 iif veth3
ip link set veth3 vrf red
ip link set veth3 master blue
ip link set veth1 nomaster
ip route get 203.0.113.9 from 192.0.2.1 iif veth2
ip -6 route del 2001:db8:2::/64 dev veth2 vrf blue
ip link set veth0 nomaster
ip route get 192.0.2.2 from 192.0.2.1 iif veth2
ip -6 route get oif veth2 2001:db8:1::7
ip link set veth2 up
ip route get 198.51.100.7 from 192.0.2.2 iif veth0
ip -6 route del 2001:db8:9::/48 dev veth0 table 20
sysctl -q -w net.ipv4.conf.veth3.accept_local=2
ip link set veth1 vrf red
ip -br addr
ip route get 198.51.100.1 from 198.51.100.1
ip link set veth1 nomaster
ip neigh show vrf blue
ip neigh show nomaster
ip vrf
ip link set veth2 master red
ip link set veth3 down
ip neigh show vrf blue
ip link set veth1 down
ip route show vrf blue
ip -br link show master red
ip link set red down
ip neigh replace 2001:db8:1::9 lladdr 02:00:00:00:00:09 dev veth3
ip -br addr
ip -6 route add 2001:db8:2::/64 dev veth2 vrf blue
ip link set veth3 master blue
ip route get 198.51.100.7 from 198.51.100.1 iif veth1
ip link set veth2 vrf red
ip -br link show master red
ip route get 192.0.2.7
ip -6 route add blackhole 2001:db8:9::/64
ip -6 route show vrf blue
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:0a dev veth0
ip -6 route get vrf blue 2001:db8:1::1
ip neigh show nomaster
sysctl -q -w net.ipv4.conf.all.accept_local=0
ip link set veth3 master red
ip route get 203.0.113.9 from 192.0.2.1 iif veth0
ip route get vrf blue 192.0.2.1 from 198.51.100.1
ip neigh show vrf blue
ip route get oif veth1 198.51.100.1
ip neigh show vrf blue
ip -6 addr replace 2001:db8:9::1/128 nodad dev blue
ip link set veth0 master red
ip -br link show master red
ip route show table all
ip -6 route show table all
ip neigh show
ip -br addr

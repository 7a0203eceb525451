# iplab-kernel: vm
# Seeded random VRF scenario (seed 3, profile x), from conformance/generators/vrf.ts.
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
ip neigh add 198.51.100.9 lladdr 02:00:00:00:00:09 dev veth1
ip route get 8.8.8.8 from 192.0.2.2 iif veth0
sysctl -q -w net.ipv4.conf.veth3.accept_local=1
ip route get vrf red 192.0.2.2 from 198.51.100.1
ip -6 route del blackhole 2001:db8:9::/64 vrf blue
ip link set veth2 vrf blue
ip neigh show nomaster
ip -6 addr replace 2001:db8:1::1/64 nodad dev blue
ip route get 203.0.113.9 from 192.0.2.1 iif veth2
sysctl -q -w net.ipv4.conf.veth1.rp_filter=1
ip link set veth0 vrf red
ip route get 192.0.2.7 from 198.51.100.1 iif veth1
ip link set veth3 up
ip route get 198.51.100.1 from 203.0.113.5 iif veth1
ip -6 route get oif veth1 2001:db8:1::7
ip -6 route add 2001:db8:2::/64 dev veth2 table 10
ip link set veth0 vrf blue
sysctl -q -w net.ipv4.conf.veth1.accept_local=1
ip -6 route get vrf red 2001:db8:2::7
sysctl -q -w net.ipv4.conf.veth3.rp_filter=2
ip route get 192.0.2.7 from 192.0.2.1
ip link set veth0 nomaster
ip route get vrf blue 192.0.2.7
ip neigh show nomaster
# iplab-differs: recorded on 6.1, which answers a failed source check EXDEV; 6.13+ answer EINVAL (routing/get-input-rpfilter)
ip route get 192.0.2.1 from 192.0.2.1 iif veth1
ip -6 route show vrf blue
ip -br addr
ip link set veth0 down
ip link set veth3 vrf blue
sysctl -q -w net.ipv4.conf.veth1.accept_local=0
ip -6 route del 2001:db8:9::/48 dev veth0 table 20
ip -6 route show table all
ip route get 203.0.113.9 from 198.51.100.1 iif veth2
ip route show table all
ip -6 route show table all
ip -6 route get oif veth1 2001:db8:9::1
sysctl -q -w net.ipv4.conf.veth3.accept_local=1
ip link set veth0 nomaster
ip link del veth0
ip route get 192.0.2.7 from 192.0.2.1
ip link add veth0 address 02:00:00:00:01:01 master blue type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 up
ip link set veth1 up
ip addr add 192.0.2.1/24 dev veth0
ip -6 route get vrf red 2001:db8:1::7
ip -6 route del blackhole 2001:db8:9::/64 table 20
ip -6 route del 2001:db8:2::/64 dev veth2
ip link del veth0
ip route get 192.0.2.7 from 192.0.2.1 iif veth0
ip neigh replace 198.51.100.9 lladdr 02:00:00:00:00:09 dev veth1
ip -6 route del unreachable default metric 4278198272
ip route show table all
ip -6 route show table all
ip neigh show
ip -br addr

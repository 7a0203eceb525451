# iplab-kernel: vm
# Enslaving a device to a VRF moves its connected and local routes into the
# VRF table (and its IPv6 addresses go, keep_addr_on_down being 0); releasing
# it brings them back to main/local; moving between VRFs; the errors.
ip link set lo up
ip netns add ns1
ip link add vrf-blue address 02:00:00:00:10:01 type vrf table 10
ip link set vrf-blue up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02 netns ns1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 2001:db8::1/64 dev veth0
ip -n ns1 addr add 10.0.0.2/24 dev veth1
ip link set veth0 up
ip -n ns1 link set veth1 up
ip route add 192.0.2.0/24 via 10.0.0.2
ip route show table all
ip -6 route show table all
ip link set veth0 master vrf-blue
ip link show
ip -d link show veth0
ip -j -d link show veth0
ip addr show dev veth0
ip route show table all
ip -6 route show table all
ip route show vrf vrf-blue
ip -6 route show vrf vrf-blue
ip route show table 10
ip route show vrf default
ip route show vrf nosuch
ip route show vrf veth0
ip link show master vrf-blue
ip link show vrf vrf-blue
ip link show type vrf
ip link show type vrf_slave
ip addr show vrf vrf-blue
ip -br addr show vrf vrf-blue
ip addr show vrf veth0
ip link set veth0 nomaster
ip link show veth0
ip addr show dev veth0
ip route show table all
ip -6 route show table all
ip link set dev veth0 vrf vrf-blue
ip link set dev veth0 vrf lo
ip link set dev veth0 vrf nosuch
ip link set lo master vrf-blue
ip link set vrf-blue master vrf-blue
ip link add vrf-red address 02:00:00:00:10:02 type vrf table 20
ip link set vrf-red up
ip link set vrf-red master vrf-blue
ip link set veth0 master vrf-red
ip route show table all
ip link show master vrf-red
ip link del vrf-red
ip link show veth0
ip route show table all
ip -6 route show table all

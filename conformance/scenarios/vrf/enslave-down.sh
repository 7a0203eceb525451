# iplab-kernel: vm
# A device enslaved or released while down: the flush takes even its local
# routes, and nothing comes back until it is brought up. Addresses on the
# VRF device itself (the loopback of the VRF) route in its table.
ip link add vrf-blue address 02:00:00:00:10:01 type vrf table 10
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 dev veth1
ip route show table all
ip link set veth0 master vrf-blue
ip route show table all
ip link set veth0 up
ip link set veth1 up
ip route show table all
ip -6 route show table all
ip link set veth0 down
ip route show table all
ip link set veth0 nomaster
ip route show table all
ip link set veth0 up
ip route show table all
ip addr add 127.0.0.1/8 dev vrf-blue
ip addr add 10.9.9.9/32 dev vrf-blue
ip addr add ::1/128 dev vrf-blue
ip addr add 2001:db8:9::9/128 dev vrf-blue
ip route show table all
ip -6 route show table all
ip link set vrf-blue up
ip addr show dev vrf-blue
ip route show table all
ip -6 route show table all
ip route show vrf vrf-blue
ip link set veth1 master vrf-blue
ip route show table 10
ip route get vrf vrf-blue 127.0.0.1
ip route get vrf vrf-blue 10.9.9.9
ip route get vrf vrf-blue 10.0.1.1
ip route get vrf vrf-blue 10.0.1.2
ip -6 route get vrf vrf-blue 2001:db8:9::9
ip link del vrf-blue
ip route show table all
ip -6 route show table all

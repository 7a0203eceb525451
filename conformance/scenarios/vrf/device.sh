# iplab-kernel: vm
# A VRF device: creation and its errors, flags, MTU range, -d details, the
# l3mdev rules the first VRF adds, ip vrf show, deletion.
ip link add vrf-blue address 02:00:00:00:10:01 type vrf table 10
ip link add vrf-x type vrf
ip link add vrf-x type vrf table 0
ip link add vrf-x type vrf table nosuchtable
ip link add vrf-x type vrf bogus
ip link add vrf-blue type vrf table 11
ip link help vrf
ip link show vrf-blue
ip -d link show vrf-blue
ip -j -d link show vrf-blue
ip link set vrf-blue up
ip link show vrf-blue
ip -br link show vrf-blue
ip addr show vrf-blue
ip rule
ip -6 rule
ip -d rule
ip -j rule
ip rule show l3mdev
ip vrf
ip vrf show vrf-blue
ip vrf show lo
ip vrf show nosuch
ip vrf show vrf-blue lo
ip -j vrf
ip vrf bogus
ip vrf identify
ip vrf identify 1 2
ip vrf identify abc
ip vrf pids
ip vrf pids lo
ip vrf pids vrf-blue
ip vrf exec
ip vrf exec vrf-blue
ip vrf exec nosuch true
ip netns add ns1
# iplab-differs: 6.1 answers without an extack here; iplab answers as the 6.18 host does for lo and bridge (The interface netns is immutable)
ip link set vrf-blue netns ns1
ip link add vrf-m mtu 1000 type vrf table 30
ip link add vrf-m mtu 9000 type vrf table 30
ip link show vrf-m
ip link del vrf-m
ip link set vrf-blue mtu 1279
ip link set vrf-blue mtu 65576
ip link set vrf-blue mtu 9000
ip link show vrf-blue
ip link add vrf-red address 02:00:00:00:10:02 type vrf table 20
ip link add vrf-green address 02:00:00:00:10:03 type vrf table 10
ip link show type vrf
ip vrf show
ip route show table 10
ip -6 route show table 10
ip route show table all
ip -6 route show table all
ip link set vrf-blue down
ip link show vrf-blue
ip link del vrf-green
ip link del vrf-red
ip rule
ip link del vrf-blue
ip rule
ip -6 rule
ip vrf

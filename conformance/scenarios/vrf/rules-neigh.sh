# iplab-kernel: vm
# The l3mdev rule by hand (add, defaults, errors, delete, not re-added by a
# later VRF), and neighbours by VRF: ip neigh show vrf/master/nomaster, and
# enslaving flushes the device's entries.
ip rule add l3mdev
ip rule
ip rule add pref 500 l3mdev
ip rule add pref 501 l3mdev table 10
ip rule add pref 502 l3mdev lookup main
ip -6 rule add pref 600 l3mdev
ip rule
ip -6 rule
ip rule show l3mdev
ip rule del l3mdev
ip rule
ip rule del pref 500
ip -6 rule del pref 600
ip link add vrf-blue address 02:00:00:00:10:01 type vrf table 10
ip rule
ip -6 rule
ip rule del pref 1000
ip -6 rule del l3mdev
ip link add vrf-red address 02:00:00:00:10:02 type vrf table 20
ip rule
ip -6 rule
ip rule add pref 1000 l3mdev protocol kernel
ip rule add pref 1000 l3mdev protocol kernel
ip -d rule
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0
ip neigh add 2001:db8::2 lladdr 02:00:00:00:00:02 dev veth0 nud permanent
ip neigh add 10.0.0.3 lladdr 02:00:00:00:00:01 dev veth1
ip neigh show
ip neigh show vrf vrf-blue
ip neigh show nomaster
ip link set veth0 master vrf-blue
ip neigh show
ip neigh add 10.0.0.2 lladdr 02:00:00:00:00:02 dev veth0
ip neigh add 10.0.0.4 lladdr 02:00:00:00:00:02 dev veth0 nud reachable
ip neigh show vrf vrf-blue
ip neigh show master vrf-blue
ip neigh show nomaster
ip neigh show vrf vrf-red
ip neigh show vrf veth1
ip neigh show vrf nosuch
ip neigh show master nosuch
ip neigh flush vrf vrf-blue
ip neigh show

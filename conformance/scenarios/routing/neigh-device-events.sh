# Neighbour entries follow their device: neigh_ifdown() on link down drops
# them all (permanent and proxy entries too), neigh_changeaddr() on a new
# MAC drops the device's entries; other devices keep theirs.
ip link add v0 address 02:00:00:00:06:01 type veth peer name v1 address 02:00:00:00:06:02
ip link add w0 address 02:00:00:00:06:03 type veth peer name w1 address 02:00:00:00:06:04
ip link set v0 up
ip link set v1 up
ip link set w0 up
ip link set w1 up
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev v0
ip neigh add 10.0.0.10 lladdr 02:00:00:00:00:0a dev v0 nud stale
ip neigh add 2001:db8::9 lladdr 02:00:00:00:00:09 dev v0
ip neigh add proxy 10.0.0.50 dev v0
ip neigh add 10.1.0.9 lladdr 02:00:00:00:01:09 dev w0
ip neigh show
ip neigh show proxy
ip link set v0 down
ip neigh show
ip neigh show proxy
ip link set v0 up
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev v0
ip neigh add proxy 10.0.0.50 dev v0
ip link set v0 address 02:00:00:00:06:11
ip neigh show
ip neigh show proxy

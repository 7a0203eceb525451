# What a program sees inside unshare -n / nsenter: its own fresh namespace.
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set lo up
unshare -n ip -br link
unshare -n ip addr
unshare -n ip -6 route show table all
unshare -n ip netns list
unshare -n ip link add x0 type veth peer name x1
ip -br link
ip netns add ns1
ip link set v1 netns ns1
nsenter --net=/run/netns/ns1 ip -br link
nsenter --net=/run/netns/ns1 ip link set lo up
ip netns exec ns1 ip -br addr
nsenter --net=/run/netns/ns1 sysctl -w net.ipv4.conf.v1.forwarding=1
ip netns exec ns1 sysctl -a -r 'conf\.v1\.forwarding'
ip netns exec ns1 nsenter --net=/proc/self/ns/net ip -br link
ip netns exec ns1 unshare -n ip -br link
ip netns del ns1
nsenter --net=/run/netns/ns1 ip -br link
ip -br link

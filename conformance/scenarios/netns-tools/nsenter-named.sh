# nsenter and unshare with namespaces named under /run/netns.
ip netns add ns1
sysctl -w net.ipv4.ip_forward=1
nsenter --net=/run/netns/ns1 sysctl -n net.ipv4.ip_forward
nsenter --net=/var/run/netns/ns1 sysctl -w net.ipv4.ip_forward=1
ip netns exec ns1 sysctl -n net.ipv4.ip_forward
ip netns exec ns1 nsenter --net=/proc/self/ns/net sysctl -n net.ipv4.ip_forward
nsenter -n/run/netns/ns1 ip link
unshare -n ip link
unshare -n ip netns list
ip netns exec ns1 unshare -n sysctl -n net.ipv4.ip_forward

# A fresh namespace has only lo, down, and default sysctls.
ip netns add ns1
ip -n ns1 -d link
ip -n ns1 addr
ip -n ns1 route show table all
ip -n ns1 -6 route show table all
ip netns exec ns1 sysctl net.ipv4.conf.lo.forwarding net.ipv6.conf.lo.disable_ipv6 net.ipv4.ip_forward
ip -n ns1 link set lo up
ip -n ns1 route show table all
ip -n ns1 -6 route show table all

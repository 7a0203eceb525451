# ip -n NAME as a shortcut for ip netns exec NAME ip.
ip netns add ns1
ip -n ns1 link
ip -n ns1 link set lo up
ip -n ns1 addr add 10.0.0.1/24 dev lo
ip -n ns1 addr
ip -n ns1 -br addr
ip -netns ns1 -4 addr
ip -n nosuch link
ip -n
ip -n ns1
ip -n ns1 route show table all
ip -br -n ns1 link

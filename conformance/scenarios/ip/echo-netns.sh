# ip -echo inside another namespace (-n). (With -batch, iproute2's one socket keeps
# leftover echoes and later answers shift by one; iplab does not model that.)
ip netns add ns1
ip -echo -n ns1 link add d1 type veth peer name d2
ip -echo -n ns1 addr add 10.0.0.1/24 dev d1
ip -echo -n ns1 link add d3 netns ns1 type veth peer name d4
ip -echo link add d5 netns ns1 type veth peer name d6
ip -n ns1 link set d1 up
ip -echo -n ns1 route add 10.1.0.0/16 via 10.0.0.2
ip -echo -n ns1 -r addr add 127.0.0.1/8 dev lo

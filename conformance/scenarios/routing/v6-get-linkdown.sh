# ip -6 route get through a route whose device lost its carrier: the dump
# says linkdown, the route get does not.
ip link set lo up
ip link add veth2 address 02:00:00:00:01:03 type veth peer name veth3 address 02:00:00:00:01:04
ip link set veth2 up
ip link set veth3 up
ip -6 addr add 2001:db8::1/64 nodad dev veth2
ip link set veth3 down
ip -6 route
ip -6 route get fe80::1
ip -6 route get fe80::1 oif veth2
ip -6 route get 2001:db8::5
ip -6 route get 2001:db8::1 oif veth3
ip -6 route get 2001:db8::1 oif veth2
ip -6 route add unreachable 2001:db8:9::/64
ip -6 route get 2001:db8:9::1
ip -6 route get 2001:db8:9::1 oif veth2
ip -6 route get 2001:db8:9::1 oif lo

# vxlan brought up: no carrier logic (state UNKNOWN, noqueue), IPv6
# link-local autoconfiguration, addresses and routes as on any Ethernet
# device; UDP sockets shared between devices of matching receive flags only.
ip link add vx0 address 02:00:00:00:05:00 type vxlan id 5 dstport 4789 remote 192.0.2.1
ip link add vx1 address 02:00:00:00:06:00 type vxlan id 6 dstport 4789 gbp
ip link add vx2 address 02:00:00:00:07:00 type vxlan id 7 dstport 4789 remote 2001:db8::1
ip link add vx3 address 02:00:00:00:08:00 type vxlan id 8 dstport 4790 gbp
ip link add vx4 address 02:00:00:00:09:00 type vxlan external dstport 4789
ip link add vx5 address 02:00:00:00:0a:00 type vxlan id 9 dstport 4789 udp6zerocsumrx
ip link set vx0 up
ip link set vx1 up
ip link set vx2 up
ip link set vx3 up
ip link set vx4 up
ip link set vx5 up
ip link show
ip addr add 10.244.0.0/32 dev vx0
ip addr
ip route
ip -6 route
ip link set vx0 down
ip link set vx1 up
ip link set vx4 up
ip link set vx1 down
ip link set vx4 up
ip link set vx5 up
ip -br link
ip -br addr

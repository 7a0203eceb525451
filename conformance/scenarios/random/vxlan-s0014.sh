# Seeded random vxlan scenario (seed 14), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip link set vx2 up
ip link set vx0 down
ip -d link show
ip -d link show vx0
ip link set vx2 type vxlan dstport 4789
ip -d -j link show type vxlan
ip -d link show vx4
ip link add vx0 address 02:00:00:0a:0e:01 type vxlan id 0x10 local 192.0.2.10 ageing 100 remote ::
ip link del vx4
ip -d link show vx3
ip link set vx0 type vxlan ttl 1
ip link set vx2 type vxlan l3miss srcport 5 5
ip link set vx1 type vxlan srcport 1000 2000 local 2001:db8::10 ageing 300
ip link set veth0 mtu 1500
ip link set vx2 up
ip link show type vxlan
ip link add vx1 address 02:00:00:0a:0e:02 mtu 1450 type vxlan id 0x10 noudp6zerocsumtx hoplimit 255 remote 2001:db8::1
ip -d -j link show type vxlan
ip link set veth0 mtu 1450
ip link add vx4 address 02:00:00:0a:0e:03 mtu 9000 type vxlan id 0x10 udp6zerocsumrx remote 192.0.2.2
ip link set veth0 mtu 1500
ip -d -j link show type vxlan
ip link add vx1 address 02:00:00:0a:0e:04 type vxlan id 0x10 ageing 300 noproxy
ip link add vx3 type vxlan id 7 udp6zerocsumrx flowlabel 0xfffff nolearning dstport 0 noremcsumrx
ip link add vx4 address 02:00:00:0a:0e:05 type vxlan id 5 dev veth1 srcport 0 9 flowlabel 5 dstport 4789
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set vx0 up
ip link set vx4 type vxlan learning vnifilter ttl 256
ip link add vx0 address 02:00:00:0a:0e:06 type vxlan id 0x10 dstport 4789
ip -br link
ip link set vx0 up
ip -4 link set vx3 type vxlan local 192.0.2.10
ip link set veth0 up
ip link set vx2 up
ip link add vx2 address 02:00:00:0a:0e:07 type vxlan id 0x10 srcport 0 0 df unset
ip link set vx1 up
ip link
ip link add vx4 address 02:00:00:0a:0e:08 type vxlan id 7 remote 192.0.2.1 dsfield 0 dstport 4789
ip link show type vxlan
ip link set vx1 up
ip -d link show
ip -br link

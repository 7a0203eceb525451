# Seeded random vxlan scenario (seed 9), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link
ip -d link show vx3
ip link show type vxlan
ip -d link show vx2
ip link
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1500
ip link show type vxlan
ip link set vx0 type vxlan srcport 20 10
ip link add vx4 address 02:00:00:0a:09:01 type vxlan id 5 local 192.0.2.10 df unset dstport 4789 srcport 0 9 dstport 4789
ip link del vx2
ip link set veth1 up
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip -d -j link show type vxlan
ip link add vx3 address 02:00:00:0a:09:02 type vxlan id 16777215
ip link add vx3 address 02:00:00:0a:09:03 type vxlan id 6 group 10.1.1.1 dstport 4790 hoplimit 255 vnifilter remote 0.0.0.0 dstport 4789
ip -d -j link show type vxlan
ip -d link show vx0
ip link del vx2
ip link add vx4 address 02:00:00:0a:09:04 type vxlan id 0x10 remote 2001:db8::2 local 192.0.2.10 dstport 8472
ip -d -j link show type vxlan
ip -d link show vx2
ip -d link show
ip link set vx1 type vxlan dsfield 10 srcport 0 9
ip -6 link add vx0 address 02:00:00:0a:09:05 type vxlan id 0 noremcsumrx nol2miss df inherit local 192.0.2.11
ip link set vx3 type vxlan dev veth1
ip link set vx4 type vxlan dstport 4789 group 239.1.1.1
ip link set vx2 mtu 1450
ip link set veth0 down
ip link set vx4 up
ip -6 link add vx1 address 02:00:00:0a:09:06 type vxlan external dsfield 10 group 239.2.2.2
ip link add vx3 address 02:00:00:0a:09:07 type vxlan id 16777216 noexternal
ip -d link show
ip link add vx3 address 02:00:00:0a:09:08 type vxlan id 16777215
ip -d link show
ip link set vx3 type vxlan l2miss
ip link del vx3
ip -6 link add vx3 address 02:00:00:0a:09:09 type vxlan id 6 df set vnifilter dstport 4789
ip link set vx3 type vxlan nol2miss udpcsum dev veth0
ip link set vx4 mtu 1430
ip -d link show
ip -br link

# Seeded random vxlan scenario (seed 1), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 1400
ip -4 link add vx2 address 02:00:00:0a:01:01 type vxlan id 5 norsc maxaddress unlimited dsfield EF df unset tos inherit dstport 8472
ip link del vx3
ip link add vx3 address 02:00:00:0a:01:02 type vxlan id 0x10 rsc noexternal gbp dstport 4789
ip -d link show
ip link add vx0 address 02:00:00:0a:01:03 type vxlan norsc noudp6zerocsumrx tos CS1
ip -d link show
ip -d -j link show type vxlan
ip link set vx4 up
ip -d link show
ip -d -j link show vx0
ip link add vx2 type vxlan id 5 dstport 0
ip link set vx4 type vxlan dstport 0
ip link set vx0 type vxlan dev veth1
ip -br link
ip link set vx4 mtu 1450
ip -d -j link show type vxlan
ip link add vx0 mtu 9000 type vxlan dstport 8472
ip -d link show vx3
ip link add vx0 address 02:00:00:0a:01:04 type vxlan srcport 0 0 l2miss
ip link set vx1 type vxlan gbp
ip link add vx1 address 02:00:00:0a:01:05 type vxlan id 0x10 dstport 4789
ip -d -j link show vx2
ip -d link show vx1
ip link set vx4 mtu 1300
ip link add vx3 address 02:00:00:0a:01:06 mtu 1400 type vxlan id 16777216 remote 2001:db8::1 dsfield CS1 ttl inherit dstport 4789
ip -6 link add vx3 address 02:00:00:0a:01:07 type vxlan id 16777216 dstport 4789 dstport 4789
ip link set vx3 type vxlan gbp
ip link add vx4 address 02:00:00:0a:01:08 mtu 9000 type vxlan id 0 dstport 4789
ip link del vx0
ip link add vx3 address 02:00:00:0a:01:09 type vxlan id 5 group ff02::1 dstport 4789
ip link show type vxlan
ip -d -j link show type vxlan
ip link
ip link set vx2 mtu 1300
ip link add vx3 address 02:00:00:0a:01:0a type vxlan id 7 remote 0.0.0.0 srcport 5 5
ip -6 link add vx4 address 02:00:00:0a:01:0b type vxlan id 16777215 remote 192.0.2.2 external gbp dev nosuch dstport 4789
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link del vx1
ip -6 link add vx4 address 02:00:00:0a:01:0c mtu 1450 type vxlan id 16777216 remote 2001:db8::2
ip link show type vxlan
ip -d link show
ip -br link

# Seeded random vxlan scenario (seed 11), from conformance/generators/vxlan.ts.
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip link set veth0 mtu 9000
ip link set vx3 mtu 68
ip link set vx3 mtu 9000
ip link set veth0 up
ip -d link show vx3
ip link add vx1 address 02:00:00:0a:0b:01 type vxlan id 0x10 hoplimit 1 ageing none
ip link add vx0 address 02:00:00:0a:0b:02 type vxlan id 0x10 l2miss group ff02::1 hoplimit inherit noproxy dstport 4789
ip link set vx3 mtu 68
ip link add vx3 address 02:00:00:0a:0b:03 type vxlan id 16777215
ip link add vx3 address 02:00:00:0a:0b:04 mtu 9000 type vxlan id 5 l2miss srcport 0 0 dstport 4789
ip link show type vxlan
ip link set vx4 type vxlan dev veth0 remote ::
ip link set vx2 type vxlan noudpcsum
ip link set vx3 up
ip link show type vxlan
ip link del vx0
ip link add vx3 address 02:00:00:0a:0b:05 mtu 9000 type vxlan id 16777216 udp6zerocsumrx group 239.1.1.1 dstport 65535 dstport 8472
ip link set vx1 down
ip link set vx0 type vxlan local 0.0.0.0 noudp6zerocsumrx
ip link add vx2 address 02:00:00:0a:0b:06 type vxlan ageing none maxaddress 0 flowlabel 0xfffff local 0.0.0.0 remote 192.0.2.1
ip -d link show vx0
ip link del vx4
ip link set vx0 mtu 1500
ip link add vx2 address 02:00:00:0a:0b:07 type vxlan id 5 tos CS1 hoplimit 255 ageing none dstport 8472
ip link add veth0 address 02:00:00:00:01:01 type veth peer name veth1 address 02:00:00:00:01:02
ip -d link show
ip link add vx3 address 02:00:00:0a:0b:08 type vxlan id 16777216 group 239.2.2.2
ip link
ip link add vx1 type vxlan id 5 dstport 8472
ip link add vx2 address 02:00:00:0a:0b:09 mtu 67 type vxlan id 7 dev nosuch group 10.1.1.1 df inherit l3miss dstport 4789
ip link set veth0 mtu 1300
ip -d link show
ip link set vx0 up
ip link add vx4 address 02:00:00:0a:0b:0a mtu 1400 type vxlan df inherit hoplimit auto dev veth0 dstport 4789
ip -6 link add vx0 address 02:00:00:0a:0b:0b type vxlan id 16777215 group 239.2.2.2 dsfield CS1 maxaddress unlimited hoplimit 256 dstport 4789
ip -d -j link show type vxlan
ip link set vx3 type vxlan nol3miss local 192.0.2.11 external
ip link add vx3 address 02:00:00:0a:0b:0c mtu 1400 type vxlan id 0x10 dstport 8472
ip link add vx4 address 02:00:00:0a:0b:0d type vxlan id 16777215 dstport 4789
ip -d -j link show vx2
ip link add vx4 address 02:00:00:0a:0b:0e type vxlan id 7
ip -d link show
ip -br link

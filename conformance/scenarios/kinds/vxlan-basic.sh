# vxlan: creation with and without dstport (iproute2 warns when it is omitted
# and the kernel picks 8472), the -d details line and its JSON form.
ip link add vx0 type vxlan id 5
ip link add vx1 type vxlan id 6 dstport 4789
ip link add vx2 type vxlan id 7 dstport 0
ip link add vx3 type vxlan id 0 dstport 4789
ip link add vx4 type vxlan id 16777215 dstport 4789 remote 192.0.2.1
ip link add vx5 type vxlan id 9 dstport 4789 local 192.0.2.2 remote 192.0.2.1
ip link add vx6 type vxlan id 10 dstport 4789 local 0.0.0.0 remote 192.0.2.9
ip link add vx7 type vxlan id 11 dstport 4789 remote 0.0.0.0
ip link
ip -d link show
ip -d -j link show
ip -d -j -p link show vx5
ip -br link
ip link show type vxlan
ip -o link show vx1
ip link add vx0 type vxlan id 12 dstport 4789
ip link add vx8 type vxlan
ip link add name vx%d type vxlan id 99 dstport 4789
ip link add type vxlan id 98 dstport 4789
ip -br link
ip link del vx1
ip link del vxlan0
ip -br link
ip link help vxlan

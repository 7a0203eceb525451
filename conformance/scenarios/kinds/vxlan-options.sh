# vxlan: every option that shows in the details line, in text and JSON, and
# the number forms iproute2 accepts (base 0; tos in hex).
ip link add vx0 type vxlan id 13 ttl 64 tos 0x10 nolearning proxy l2miss l3miss rsc ageing 0 maxaddress 100 srcport 1000 2000 noudpcsum udp6zerocsumtx udp6zerocsumrx remcsumtx remcsumrx gbp dstport 4789
ip link add vx1 type vxlan id 9 dstport 4789 remote 192.0.2.1 ttl inherit tos inherit df inherit
ip link add vx2 type vxlan id 0x10 dstport 0x12b5 ttl 0x10 ageing 010 maxaddress 0x1 srcport 0x10 020
ip link add vx3 type vxlan id 23 dstport 4789 ttl 0 maxaddress unlimited ageing none
ip link add vx4 type vxlan vni 17 dstport 4789 hoplimit 5 dsfield 4 remcsumtx noremcsumrx noudp6zerocsumrx norsc nol2miss nol3miss noproxy noexternal novnifilter
ip link add vx5 type vxlan id 18 dstport 4789 tos 10 ttl auto df unset learning udpcsum
ip link add vx6 type vxlan id 19 dstport 4789 tos CS1 ttl 255 df set
ip link add vx7 type vxlan id 20 dstport 4789 srcport 0 0
ip link add vx8 type vxlan id 21 dstport 4789 srcport 0 5
ip link add vx9 type vxlan external dstport 4789
ip link add vx10 type vxlan external vnifilter dstport 4790
ip link add vx11 type vxlan external
ip -d link show
ip -d -j link show
ip link add vx12 type vxlan id 22 dstport 4789 tos EF
ip -d link show vx12

# vxlan: `ip link set DEV type vxlan ...` (vxlan_changelink): what can change,
# what cannot, and that a refused change leaves everything as it was.
ip link add veth0 type veth peer name veth1
ip link add vx0 type vxlan id 5 dstport 4789 remote 192.0.2.1
ip link set vx0 type vxlan
ip link set vx0 type vxlan srcport 20 10
ip link set vx0 mtu 20 type vxlan ttl 4
ip link set vx0 address 01:02:03:04:05:06 type vxlan ttl 1
ip link set vx0 type vxlan ttl 10
ip link set vx0 type vxlan dstport 1
ip link set vx0 type vxlan id 6
ip link set vx0 type vxlan id 5
ip link set vx0 type vxlan nolearning
ip link set vx0 type vxlan proxy
ip link set vx0 type vxlan noproxy
ip link set vx0 type vxlan rsc
ip link set vx0 type vxlan l2miss
ip link set vx0 type vxlan nol3miss
ip link set vx0 type vxlan maxaddress 5
ip link set vx0 type vxlan srcport 1 2
ip link set vx0 type vxlan srcport 0 0
ip link set vx0 type vxlan noudpcsum
ip link set vx0 type vxlan udp6zerocsumtx
ip link set vx0 type vxlan noudp6zerocsumrx
ip link set vx0 type vxlan remcsumtx
ip link set vx0 type vxlan noremcsumrx
ip link set vx0 type vxlan gbp
ip link set vx0 type vxlan external
ip link set vx0 type vxlan ttl inherit
ip link set vx0 type vxlan tos 0x20 ageing 100
ip link set vx0 type vxlan remote 192.0.2.2
ip link set vx0 type vxlan remote 2001:db8::1
ip link set vx0 type vxlan local 192.0.2.9
ip link set vx0 type vxlan local 2001:db8::9
ip link set vx0 type vxlan group 239.0.0.1
ip link set vx0 type vxlan df set
ip -d link show vx0
ip link set vx0 mtu 1400 type vxlan ttl 3
ip link set vx0 type vxlan id 5 id 5
ip link set vx0 type vxlan dev veth0
ip -d link show vx0
ip link set vx0 type vxlan dev lo
ip -d link show vx0
ip link set vx0 type vxlan learning ttl 0 tos 0 df unset ageing 0
ip -d link show vx0
ip link set vx0 type vxlan remote 0.0.0.0
ip -d link show vx0
ip -4 link set vx0 type vxlan ttl 3
ip -d link show vx0
ip -6 link set vx0 type vxlan ttl 3
ip link set vx0 type veth
ip link set vx0 type bridge stp_state 1
ip link set veth0 type vxlan ttl 3
ip link set veth0 type vxlan
ip link add vx1 type vxlan id 6 dstport 4789
ip link set vx1 type vxlan local 192.0.2.3 remote 192.0.2.4
ip link add vx2 type vxlan id 6 dstport 4789 remote 192.0.2.7
ip link set vx1 type vxlan id 6 dstport 4789
ip -d link show vx1

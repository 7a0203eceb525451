# ip route get with its selectors: from, oif, iif, tos, mark, uid, and the
# kernel's source address selection.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.77/24 dev veth0
ip addr add 10.9.0.1/16 dev veth0
ip addr add 198.51.100.1/24 dev veth2
ip addr add 203.0.113.5/32 dev lo
ip addr add 2001:db8::1/64 dev veth0 nodad
ip addr add 2001:db8:2::1/64 dev veth2 nodad
ip route add default via 192.0.2.254
ip route add 10.50.0.0/16 via 198.51.100.254
ip route add 10.60.0.0/16 via 10.9.0.254
ip -6 route add default via 2001:db8::fe
ip route get 8.8.8.8
ip route get 10.50.1.1
ip route get 10.60.1.1
ip route get 192.0.2.9
ip route get 10.9.3.3
ip route get 198.51.100.9
ip route get 8.8.8.8 from 198.51.100.1
ip route get 8.8.8.8 from 192.0.2.77
ip route get 8.8.8.8 from 203.0.113.5
ip route get 8.8.8.8 from 9.9.9.9
ip route get 8.8.8.8 from 224.0.0.1
ip route get 8.8.8.8 from 0.0.0.0
ip route get 8.8.8.8 oif veth2
ip route get 8.8.8.8 oif veth0
ip route get 10.50.1.1 oif veth0
ip route get 10.50.1.1 oif lo
ip route get 8.8.8.8 oif veth1
ip route get 8.8.8.8 tos 0x10
ip route get 8.8.8.8 tos 0x10 mark 7
ip route get 8.8.8.8 mark 0x100
ip route get 8.8.8.8 uid 1000
ip route get 8.8.8.8 ipproto tcp sport 1000 dport 80
ip route get 0.0.0.0
ip route get 255.255.255.255
ip route get 224.0.0.1
ip route get 239.1.2.3
ip route get 203.0.113.5
ip route get 203.0.113.5 from 192.0.2.1
ip route get 192.0.2.0
ip route get 192.0.2.255
ip route get 10.9.255.255
ip -j route get 8.8.8.8
ip -j route get 192.0.2.1
ip -j -p route get 8.8.8.8 from 192.0.2.77 mark 5
ip route get 8.8.8.8 from 192.0.2.2 iif veth1
ip route get 192.0.2.1 from 192.0.2.2 iif veth0
ip route get 198.51.100.1 from 192.0.2.2 iif veth0
ip route get 192.0.2.255 from 192.0.2.2 iif veth0
sysctl -w net.ipv4.ip_forward=1
ip route get 8.8.8.8 from 192.0.2.2 iif veth0
ip route get 10.50.1.1 from 192.0.2.2 iif veth0
ip route get 10.50.1.1 from 192.0.2.2 iif veth0 mark 3
ip route get 198.51.100.9 from 192.0.2.2 iif veth0
ip route get 8.8.8.8 from 127.0.0.1 iif veth0
ip route get 8.8.8.8 iif veth0
ip -6 route get 2001:db8::5
ip -6 route get 2001:db8:2::5
ip -6 route get 2001:db9::5
ip -6 route get 2001:db8::1
ip -6 route get ::1
ip -6 route get fe80::1
ip -6 route get 2001:db9::5 from 2001:db8:2::1
ip -6 route get 2001:db9::5 oif veth2
ip -j -6 route get 2001:db8::5
ip route get fibmatch 8.8.8.8
ip route get fibmatch 10.50.1.1
ip route get fibmatch 192.0.2.1
ip route get fibmatch 192.0.2.9
ip route get fibmatch 127.0.0.1
ip route get fibmatch 192.0.2.255
ip route get fibmatch 8.8.8.8 oif veth2
ip route get fibmatch 0.0.0.0
ip -j route get fibmatch 10.50.1.1
ip route add 10.70.0.0/16 via 198.51.100.254 table 70
ip rule add to 10.70.0.0/16 table 70 pref 70
ip route get fibmatch 10.70.1.1
ip route get 10.70.1.1
ip route get fibmatch 192.0.2.1
ip -6 route get fibmatch 2001:db8::5
ip -6 route get fibmatch 2001:db9::5
ip -6 route get fibmatch ::1

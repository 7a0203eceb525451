# Routes through a veth pair: gateways, devices, metrics, kernel routes.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth1
ip route add 10.0.0.0/8 via 192.0.2.254
ip route add 10.0.0.0/8 via 192.0.2.254
ip route add 10.1.0.0/16 dev veth0
ip route add 10.0.0.0/24 dev veth0 metric 10
ip route add 10.0.0.0/24 dev veth0 metric 5
ip route append 10.0.0.0/24 dev veth0 metric 5
ip route prepend 10.0.0.0/24 via 192.0.2.3 metric 5
ip route append 10.0.0.0/24 via 198.51.100.9 metric 5
ip route add default via 192.0.2.254
ip route add 172.16.0.0/12 via 198.51.100.254 proto static
ip route add 172.16.0.0/16 via 198.51.100.254 proto 99 src 198.51.100.1
ip route add 172.17.0.0/16 dev veth1 scope host
ip route add 172.18.0.0/16 dev veth1 src 192.0.2.1
ip route add 172.19.0.0/16 dev veth1 src 203.0.113.1
ip route add 172.20.0.0/16 via 192.0.2.2 dev veth1
ip route add 172.20.0.0/16 via 192.0.2.2 dev veth1 onlink
ip route add 172.21.0.0/16 via 192.0.2.1
ip route add 172.22.0.0/16 via 10.1.2.3
ip route add 172.23.0.0/16 dev veth0 mtu 1400 advmss 1360
ip route add 172.24.0.0/16 dev veth0 mtu lock 1400 hoplimit 5 window 1000 rtt 80ms rttvar 2s
ip route
ip route show table all
ip route show table local
ip -j route
ip -j -p route show 172.16.0.0/16
ip route show dev veth1
ip route show via 192.0.2.254
ip route show src 198.51.100.1
ip route show proto static
ip route show scope link
ip route show scope host
ip route show type local table local
ip route show match 10.0.0.1
ip route show root 10.0.0.0/8
ip -d route show 10.1.0.0/16
ip -6 route
ip -6 route show table local
ip route get 10.0.0.5
ip route get 10.2.3.4
ip route get 172.16.5.5
ip route get 172.17.5.5
ip route get 172.20.0.1
ip route get 8.8.8.8
ip route get 192.0.2.1
ip route get 192.0.2.255
ip route get 198.51.100.1
ip route get 127.0.0.1
ip route get 127.1.2.3
ip route del 10.0.0.0/24 via 198.51.100.9 metric 5
ip route del 10.0.0.0/24 dev veth0 metric 5
ip route del 10.0.0.0/24 dev veth1
ip route del 10.0.0.0/24
ip route
ip route flush dev veth1
ip route
ip link set veth1 down
ip route
ip route show table all
ip link set veth1 up
ip route
ip route change 10.1.0.0/16 via 192.0.2.9
ip route replace 10.1.0.0/16 via 192.0.2.10 metric 7
ip route
ip route flush proto boot
ip route
ip -s route flush table main
ip route

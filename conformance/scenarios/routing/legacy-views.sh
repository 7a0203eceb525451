# The legacy net-tools views of the IPv4 routing table: route and netstat -r.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 192.0.2.1/24 dev veth0
route -n
netstat -rn
ip route add default via 192.0.2.254
ip route add 10.0.0.0/8 via 192.0.2.3 metric 100
ip route add 10.1.2.3 dev veth0
ip route add blackhole 198.51.100.0/24
ip route add unreachable 198.51.100.128/25
ip route add prohibit 203.0.113.0/24
ip route add 172.16.0.0/12 via 192.0.2.4 mtu 1400 window 1000 rtt 80ms advmss 1300
ip route add 172.16.0.0/16 via 192.0.2.4 table 100
ip route add 10.9.0.0/16 nexthop via 192.0.2.5 nexthop via 192.0.2.6
ip route add 10.9.0.0/16 via 192.0.2.7 metric 3
route -n
route
route -ne
route -nee
route -neee
route -nC
route -C
route -n -4
route -n -A inet
route --numeric --extend
netstat -rn
netstat -r
netstat -rne
netstat -rnee
netstat -rnC
netstat -nr -4
route -n foo
route -nx
route -h

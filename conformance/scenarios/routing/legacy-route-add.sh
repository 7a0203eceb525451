# net-tools route(8) changing the FIB (SIOCADDRT/SIOCDELRT), and the
# IPv4 views with -e/-ee, as route -n and netstat -rn show them.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth1
route add -net 10.0.0.0 netmask 255.0.0.0 gw 192.0.2.2
route add -net 10.1.0.0/16 gw 192.0.2.3 metric 5
route add -host 10.2.0.1 dev veth1
route add -host 10.2.0.2 gw 198.51.100.9 dev veth1
route add -net 10.3.0.0 netmask 255.255.0.0 reject
route add -net 10.4.0.0/16 dev veth0 metric 7 mss 1400 window 8192 irtt 300
route add default gw 192.0.2.254
route add -net 172.16.0.0/12 veth1
route add 10.5.0.1 gw 192.0.2.2
route add -net 10.6.0.0 netmask 255.255.255.0 gw 192.0.2.2 dev veth0
route -n
route -ne
route -nee
netstat -rn
netstat -rne
netstat -rnee
ip route
ip -d route show 10.4.0.0/16
route add -net 10.0.0.0 netmask 255.0.0.0 gw 192.0.2.2
route add -net 10.7.0.0 netmask 255.255.0.0 gw 203.0.113.1
route add -net 10.8.0.0 netmask 255.255.0.0 dev nosuch
route add -net 10.9.0.1 netmask 255.255.0.0 gw 192.0.2.2
route add -net 10.9.0.0 netmask 255.0.255.0 gw 192.0.2.2
route add -net 10.9.0.0/33 gw 192.0.2.2
route add -net 10.9.0.0 netmask
route add -net 10.9.0.0 netmask 255.255.0.0 gw
route add -net 10.9.0.0 netmask 255.255.0.0 metric
route add -net 10.9.0.0 netmask 255.255.0.0 bogus
route add -host 10.9.0.1 netmask 255.255.255.0 dev veth0
route add
route add -net
route del
route del -net 10.0.0.0 netmask 255.0.0.0
route del -net 10.1.0.0/16 gw 192.0.2.3 metric 5
route del -host 10.2.0.1
route del -net 10.3.0.0 netmask 255.255.0.0 reject
route del -net 10.3.0.0 netmask 255.255.0.0
route del default
route del default
route del -net 10.99.0.0/16
route del -host 10.2.0.2 gw 198.51.100.9
route -n
route flush
route foo
route -n -A inet
route -n -4
route -C -n
route -F -n
route -h
route -V
route add -net 10.0.0.0/8 dev veth0:1
ip addr add 192.0.2.9/24 dev veth0 label veth0:1
route add -net 10.0.0.0/8 dev veth0:1
route add -net 10.1.0.0/16 gw 192.0.2.2 mss 10
route add -net 10.1.0.0/16 gw 192.0.2.2 window 10
route add -net 10.1.0.0/16 gw default
route add -net 10.1.0.0/16 gw 192.0.2.1
route add -net 10.11.0.0/16 gw 0.0.0.0
route add 10.2.0.0/16 gw 192.0.2.2
route add -net 10.3.0.0/32 gw 192.0.2.2
route add -net 10.3.0.1/32 gw 192.0.2.2
route add -net 10.4.0.0/0 gw 192.0.2.2
route add -net 10.5.0.0 gw 192.0.2.2 gw 192.0.2.3
route add -net 10.6.0.0 netmask 255.255.0.0 netmask 255.255.0.0 gw 192.0.2.3
route add -net 10.7.0.0 netmask 255.255.0.0 dev veth0 dev veth0
route add -net 10.8.0.0 netmask 255.255.0.0 metric x dev veth0
route add -net 10.9.0.0/16 dev veth0 mod dyn reinstate
route add -net 10.10.0.0 dev veth0
route add -host 10.12.0.1 reject
route add -net 10.13.0.0/16 gw 192.0.2.2 metric 3
route add -net 10.13.0.0/16 gw 192.0.2.2 metric 4
route del -net 10.13.0.0/16 metric 4
route add -net 10.14.0.0/16 gw 192.0.2.2 mtu 1500 irtt 40
route add -C -net 10.15.0.0/16 gw 192.0.2.2
route -n
ip route
route del -net 10.0.0.0/8 dev veth0:1
route del -host 10.12.0.1 reject
route -n

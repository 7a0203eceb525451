# ECMP on the input path (forwarding): ip route get ... iif picks a next hop
# with the flow hash as the output path does (hash policies 0 and 1), and an
# ip rule on the protocol or ports sees the packet's own.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link add veth4 address 02:00:00:00:00:05 type veth peer name veth5 address 02:00:00:00:00:06
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip link set veth4 up
ip link set veth5 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth2
ip addr add 203.0.113.1/24 dev veth4
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.fib_multipath_hash_seed=4242
ip route add 10.0.0.0/8 nexthop via 192.0.2.2 nexthop via 198.51.100.2
ip route get 10.0.0.1 from 203.0.113.7 iif veth4
ip route get 10.0.0.2 from 203.0.113.7 iif veth4
ip route get 10.0.0.3 from 203.0.113.7 iif veth4
ip route get 10.0.0.4 from 203.0.113.7 iif veth4
ip route get 10.0.0.5 from 203.0.113.8 iif veth4
ip route get 10.0.0.6 from 203.0.113.9 iif veth4
ip route get 10.7.0.1 from 203.0.113.10 iif veth4
ip route get 10.8.0.1 from 203.0.113.11 iif veth4
sysctl -w net.ipv4.fib_multipath_hash_policy=1
ip route get 10.0.0.1 from 203.0.113.7 iif veth4
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 ipproto tcp sport 1000 dport 80
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 ipproto tcp sport 1001 dport 80
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 ipproto tcp sport 1002 dport 80
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 ipproto udp sport 1003 dport 53
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 ipproto udp sport 1004 dport 53
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 sport 1005 dport 53
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 sport 1006 dport 53
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 ipproto icmp
ip route add 10.9.0.0/16 via 203.0.113.2 table 100
ip rule add ipproto tcp dport 80 iif veth4 lookup 100
ip route get 10.9.0.1 from 203.0.113.7 iif veth4 ipproto tcp dport 80
ip route get 10.9.0.1 from 203.0.113.7 iif veth4 ipproto tcp dport 81
ip route get 10.9.0.1 from 203.0.113.7 iif veth4 dport 80
ip route get 10.9.0.1 iif veth4 from 203.0.113.7 ipproto tcp dport 80 uid 1000
ip rule add ipproto udp iif veth4 lookup 100
ip route get 10.9.0.1 from 203.0.113.7 iif veth4
ip link set veth2 down
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 ipproto tcp sport 1000 dport 80
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 ipproto tcp sport 1001 dport 80
ip route get 10.0.0.1 from 203.0.113.7 iif veth4 ipproto tcp sport 1002 dport 80

# A route's lookup follows its nexthop object: after `ip nexthop replace`
# (new device, blackhole, group and back), `ip route get` answers from the
# object as it is now, as do devices going down and up under it.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth2 addrgenmode none
ip link set veth3 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth2
ip nexthop add id 1 via 192.0.2.2 dev veth0
ip nexthop add id 2 via 198.51.100.2 dev veth2
ip route add 10.1.0.0/16 nhid 1
ip route add 10.2.0.0/16 nhid 1
ip route add 10.1.2.0/24 via 198.51.100.9
ip route get 10.1.0.1
ip route get 10.2.0.1
ip route get fibmatch 10.2.0.1
ip nexthop replace id 1 via 198.51.100.3 dev veth2
ip route get 10.1.0.1
ip route get 10.2.0.1
ip route get fibmatch 10.2.0.1
ip route get 10.1.2.1
ip nexthop replace id 1 blackhole
ip route get 10.1.0.1
ip route get 10.2.0.1
ip route
ip nexthop add id 3 group 2
ip nexthop replace id 1 dev veth0
ip route get 10.1.0.1
ip route get 10.2.0.1 oif veth0
ip route get 10.2.0.1 oif veth2
ip link set veth2 down
ip route get 10.1.2.1
ip route get 10.1.0.1
ip link set veth2 up
ip route get 10.1.2.1
ip route add 10.1.2.0/24 via 198.51.100.9
ip route get 10.1.2.1
ip link set veth3 down
ip route get 10.1.2.1
ip route get 10.1.2.1 oif veth2
ip -4 route show table all
ip nexthop del id 1
ip route get 10.1.0.1
ip route

# The last ip route get flags: notify (RTM_F_NOTIFY) and "as" (RTA_NEWDST),
# on IPv4 and IPv6.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 2001:db8::1/64 dev veth0 nodad
ip route add 10.0.0.0/8 via 192.0.2.2
ip -6 route add 2001:db8:5::/48 via 2001:db8::2
ip route get 10.0.0.1 notify
ip route get 10.0.0.1 not
ip -j route get 10.0.0.1 notify
ip route get 192.0.2.1 notify
ip route get 10.0.0.1 from 192.0.2.1 notify
ip route get 10.0.0.1 iif veth0 from 192.0.2.9 notify
ip route get fibmatch 10.0.0.1 notify
ip route get 10.9.0.1 notify
ip -6 route get 2001:db8:5::1 notify
ip -6 route get fibmatch 2001:db8:5::1 notify
ip route get 10.0.0.1 as 10.1.1.1
ip route get 10.0.0.1 as to 10.1.1.1
ip route get 10.0.0.1 as
ip route get 10.0.0.1 as 2001:db8::1
ip route get 10.0.0.1 as bogus
ip -6 route get 2001:db8:5::1 as 2001:db8::7
ip route get as 10.1.1.1 10.0.0.1

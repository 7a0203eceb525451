# ip -echo route/rule: the RTM_NEWROUTE/RTM_DELROUTE and FIB rule notifications echoed back.
ip link add d1 type veth peer name d2
ip link set d1 up
ip addr add 10.0.0.1/24 dev d1
ip addr add 2001:db8::1/64 dev d1 nodad
ip -echo route add 10.1.0.0/16 via 10.0.0.254
ip -echo -j route add 10.2.0.0/16 via 10.0.0.254
ip -echo -o route add 10.4.0.0/16 dev d1
ip -echo route add 2001:db8:1::/48 via 2001:db8::2
ip -echo -j route add 2001:db8:2::/48 via 2001:db8::2
ip -echo route add 10.5.0.0/16 via 10.0.0.254 table 100 metric 5 proto static
ip -echo route add blackhole 10.6.0.0/16
ip -echo route add 10.7.0.0/16 nexthop via 10.0.0.2 nexthop via 10.0.0.3
ip -echo route replace 10.3.0.0/16 dev d1
ip -echo route replace 10.3.0.0/16 dev d1 metric 7
ip -echo route append 10.3.0.0/16 dev d1 tos 4
ip -echo route change 10.3.0.0/16 dev d1 metric 7 mtu 1300
ip -echo route prepend 10.3.0.0/16 via 10.0.0.9
ip -echo route del 10.1.0.0/16
ip -echo -j route del 10.2.0.0/16
ip -echo route del 2001:db8:1::/48
ip -echo route del 10.5.0.0/16 table 100
ip -echo route del 10.7.0.0/16
ip -echo route del 10.99.0.0/16
ip -echo route add 10.1.0.0/16 via 10.9.9.9
ip -echo route flush table 100
ip -echo route show
ip -echo route get 10.0.0.2
ip -echo rule add from 10.0.0.0/8 table 100
ip -echo -j rule add to 10.9.0.0/16 fwmark 3 lookup 5 pref 300
ip -echo -6 rule add from 2001:db8::/32 table 7
ip -echo rule add from all iif d1 goto 300 pref 200
ip -echo rule del from 10.0.0.0/8 table 100
ip -echo -j rule del pref 300
ip -echo -6 rule del from 2001:db8::/32 table 7
ip -echo rule del pref 12345
ip -echo rule show

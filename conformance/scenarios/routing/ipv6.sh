# IPv6 routes through devices: gateways (global and link-local), metrics,
# replace/append, get with source selection, deletion.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 2001:db8:1::1/64 dev veth0 nodad
ip addr add 2001:db8:2::1/64 dev veth2 nodad
ip -6 route add 2001:db8:10::/48 via 2001:db8:1::2
ip -6 route add 2001:db8:11::/48 via fe80::2 dev veth0
ip -6 route add 2001:db8:11::/48 via fe80::3 dev veth2
ip -6 route add 2001:db8:12::/48 dev veth2 metric 100
ip -6 route add 2001:db8:12::/48 dev veth0 metric 50
ip -6 route add 2001:db8:13::/48 via 2001:db8:9::1
ip -6 route add 2001:db8:14::/48 via fe80::2
ip -6 route add default via 2001:db8:2::fe
ip -6 route add 2001:db8:15::/48 dev veth0 pref high
ip -6 route add 2001:db8:16::/48 dev veth0 pref low metric 7
ip -6 route add 2001:db8:17::1/48 dev veth0
ip -6 route
ip -6 route show table all
ip -j -6 route show 2001:db8:12::/48
ip -6 route show dev veth0
ip -6 route show via 2001:db8:1::2
ip -6 route show metric 100
ip -6 route get 2001:db8:10::1
ip -6 route get 2001:db8:11::1
ip -6 route get 2001:db8:12::1
ip -6 route get 2001:db8:99::1
ip -6 route get 2001:db8:1::5
ip -6 route get 2001:db8:1::1
ip -6 route get fe80::5 oif veth2
ip -6 route get 2001:db8:10::1 from 2001:db8:2::1
ip -6 route replace 2001:db8:10::/48 via 2001:db8:2::2
ip -6 route replace 2001:db8:18::/48 dev veth2
ip -6 route append 2001:db8:10::/48 via 2001:db8:1::3
ip -6 route
ip -6 route del 2001:db8:12::/48 dev veth2
ip -6 route del 2001:db8:12::/48 metric 50
ip -6 route del 2001:db8:12::/48
ip -6 route del 2001:db8:10::/48 via 2001:db8:1::9
ip -6 route del 2001:db8:10::/48
ip -6 route
ip link set veth2 down
ip -6 route
ip -6 route flush dev veth0
ip -6 route show table all

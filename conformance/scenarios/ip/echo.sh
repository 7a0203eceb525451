# ip -echo: the kernel's answer to a change, printed (links and IPv4 addresses);
# an answer that is only an ack prints nothing ("[{}]" with -j).
ip -echo link add br0 type bridge
ip -echo link add d1 type veth peer name d2
ip -echo -j link add d3 type veth peer name d4
ip -echo link set d1 up
ip -echo -j link set d1 mtu 1400
ip -echo link add d5 up type veth peer name d6
ip -echo link add br1 up type bridge
ip -echo link add d7 address 02:00:00:00:00:07 master br0 type veth peer name d8
ip -echo -br link add d9 type veth peer name d10
ip -echo -o link add d11 type veth peer name d12
ip -echo -d link add d13 type veth peer name d14
ip -echo -N link add d15 type veth
ip -echo -s -d -j link add d17 type veth peer name d18
ip -echo link add d19 group 5 type veth peer name d20
ip -echo -j link add d21 group 5 type veth peer name d22
ip -echo link add d23 alias foo type veth peer name d24
ip link add d25 type veth peer name d26 up
ip -echo link add d1 type veth
ip netns add ns1
ip -echo link add d27 netns ns1 type veth peer name d28
ip -echo -j link add d29 netns ns1 type veth peer name d30
ip -echo link add d31 type veth peer name d32 netns ns1
ip -echo link set br0 up
ip -echo link del br0
ip -echo link del d1
ip -echo link del d5
ip -echo -j link del d3
ip -echo link del d19
ip -echo link del d31
ip -echo link property add dev d7 altname foo
ip -echo link del foo
ip link del group 0
ip link del group 9
ip link set d9 group 9
ip link del group 9
ip link show d9
ip link set lo up
ip -echo -j addr add 10.1.0.1/24 dev lo
ip -echo -br addr add 10.1.0.2/24 dev lo
ip -echo addr add 10.1.0.3/24 dev d13
ip -echo addr add 10.1.0.4/24 peer 10.1.0.5 dev d13
ip -echo addr add 10.1.0.6/24 brd + dev d13 label d13:x
ip -echo addr add 10.1.0.7/24 brd + dev d13 metric 30 noprefixroute
ip -echo addr add 10.1.0.8 dev d13 scope link
ip -echo -o addr add 10.1.0.9/24 dev d13
ip -echo addr add 2001:db8::5/64 dev d13
ip -echo -j addr add 2001:db8::6/64 dev d13 nodad valid_lft 100 preferred_lft 30
ip -echo addr replace 10.1.0.3/24 dev d13 valid_lft 300 preferred_lft 200
ip -echo addr replace 10.1.0.3/24 dev d13
ip -echo addr add 10.1.0.3/24 dev d13
ip -echo addr change 10.1.0.99/24 dev d13
ip -echo addr del 10.1.0.3/24 dev d13
ip -echo addr del 10.1.0.4/24 peer 10.1.0.5 dev d13
ip -echo addr del 2001:db8::5/64 dev d13
ip -echo -j addr del 2001:db8::6/64 dev d13
ip -echo addr del 10.1.0.8 dev d13
ip -echo -j addr del 10.1.0.2/24 dev lo
ip -echo addr del 10.1.0.6/24 dev d13
ip -echo addr add 0.0.0.0/24 dev d13
ip -echo addr show dev d13
ip -echo neigh add 10.1.0.77 lladdr 02:00:00:00:00:07 dev d13
ip -echo addr flush dev d13
ip -e link show lo
ip -ec link show lo

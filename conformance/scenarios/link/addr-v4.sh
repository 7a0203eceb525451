# IPv4 addresses: primaries, secondaries, brd, peer, scope, label, metric.
ip link add veth0 type veth peer name veth1
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.2/24 dev veth0
ip addr add 192.0.2.3/24 brd + dev veth0
ip addr add 198.51.100.1/25 broadcast 198.51.100.127 dev veth0
ip addr add 10.0.0.1 peer 10.0.0.2 dev veth0
ip addr add 203.0.113.1/24 dev veth0 label veth0:one
ip addr add 203.0.113.9/24 dev veth0 scope link
ip addr add 172.16.0.1/16 dev veth0 metric 100
ip addr add 172.17.0.1/16 dev veth0 noprefixroute
ip addr add 127.1.0.1/8 dev veth0
ip addr show veth0
ip -j addr show veth0
ip -br addr show veth0
ip -o addr show veth0
ip -4 -o addr
ip addr show dev veth0 scope link
ip addr show dev veth0 secondary
ip addr show dev veth0 primary
ip addr show label veth0:one
ip addr show to 192.0.2.0/24
ip addr show to 192.0.2.2
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.1/25 dev veth0
ip addr del 192.0.2.1/24 dev veth0
ip addr show dev veth0
ip addr del 192.0.2.9/24 dev veth0
ip addr del 192.0.2.2 dev veth0
ip addr show dev veth0
ip addr flush dev veth0 secondary
ip addr show dev veth0
ip addr flush dev veth0
ip addr show dev veth0
ip addr flush
ip addr add 192.0.2.1/24 dev nosuch
ip addr add 192.0.2.1/24
ip addr add 300.0.2.1/24 dev veth0
ip addr add 192.0.2.1/33 dev veth0
ip addr add 192.0.2.1/24 dev veth0 scope nonsense
ip addr add 192.0.2.1/24 dev veth0 label other
ip addr add 192.0.2.1/24 dev veth0 brd + brd -
ip addr add dev veth0 192.0.2.1/24 192.0.2.5/24
ip addr show dev nosuch
ip addr foo
ip addr help

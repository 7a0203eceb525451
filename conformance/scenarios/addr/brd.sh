# Broadcast addresses: none, brd +, explicit, and small prefixes.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.1.1/24 brd + dev veth0
ip addr add 10.0.2.1/24 broadcast 10.0.2.200 dev veth0
ip addr add 10.0.3.1/31 brd + dev veth0
ip addr add 10.0.4.1/32 brd + dev veth0
ip addr add 10.0.5.1/24 brd - dev veth0
ip addr add 10.0.6.1/30 brd + dev veth0
ip addr add 10.0.7.1/24 broadcast + dev veth0
ip addr show veth0
ip route show table local
ip -j addr show veth0

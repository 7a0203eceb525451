# Address scopes.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0 scope global
ip addr add 10.0.1.1/24 dev veth0 scope link
ip addr add 10.0.2.1/24 dev veth0 scope host
ip addr add 10.0.3.1/24 dev veth0 scope site
ip addr add 10.0.4.1/24 dev veth0 scope 100
ip addr add 10.0.5.1/24 dev veth0 scope nowhere
ip addr add 10.0.6.1/24 dev veth0 scope bogus
ip addr show veth0
ip addr show dev veth0 scope link
ip addr show dev veth0 scope host
ip route show table all
ip addr add 127.0.0.2/8 dev lo
ip addr show lo

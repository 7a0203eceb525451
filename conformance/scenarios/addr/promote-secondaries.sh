# promote_secondaries=1: the first secondary becomes primary.
ip link add veth0 type veth peer name veth1
sysctl -w net.ipv4.conf.veth0.promote_secondaries=1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0
ip addr add 10.0.0.3/24 dev veth0
ip addr del 10.0.0.1/24 dev veth0
ip addr show veth0
ip route show table all
sysctl -w net.ipv4.conf.all.promote_secondaries=1
ip link add veth2 type veth peer name veth3
sysctl net.ipv4.conf.veth2.promote_secondaries
ip addr add 10.1.0.1/24 dev veth2
ip addr add 10.1.0.2/24 dev veth2
ip addr del 10.1.0.1/24 dev veth2
ip addr show veth2
sysctl -w net.ipv4.conf.default.promote_secondaries=1
ip link add veth4 type veth peer name veth5
sysctl net.ipv4.conf.veth4.promote_secondaries

# Address labels.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0 label veth0:one
ip addr add 10.0.0.2/24 dev veth0 label veth0:two
ip addr add 10.0.1.1/24 dev veth0 label other
ip addr add 10.0.1.2/24 dev veth0 label veth0:thisistoolong
ip addr add 10.0.1.3/24 dev veth0 label veth0
ip addr show veth0
ip addr show label veth0:one
ip addr show label 'veth0:t'
ip -br addr
ip -o addr show veth0
ip addr del 10.0.0.2/24 dev veth0 label veth0:one
ip addr del 10.0.0.2/24 dev veth0 label veth0:two
ip addr show veth0

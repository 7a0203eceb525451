# ip addr flush by device, family, scope, label and prefix.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0
ip addr add 10.0.1.1/24 dev veth0 scope link
ip addr add 10.0.2.1/24 dev veth0 label veth0:x
ip addr add 2001:db8::1/64 dev veth0 nodad
ip addr add 10.9.0.1/24 dev veth2
ip addr flush
ip addr flush dev nosuch
ip addr flush dev veth0 scope link
ip addr show veth0
ip addr flush dev veth0 label veth0:x
ip addr show veth0
ip -6 addr flush dev veth0
ip addr show veth0
ip addr flush to 10.0.0.2/32
ip addr show veth0
ip addr flush dev veth0
ip addr show
ip route show table all
ip -s addr flush dev veth2
ip -s -s addr flush dev veth2

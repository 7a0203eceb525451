# disable_ipv6: default versus all versus a device.
sysctl -w net.ipv6.conf.default.disable_ipv6=1
ip link add veth0 type veth peer name veth1
sysctl net.ipv6.conf.veth0.disable_ipv6
ip link set veth0 up
ip link set veth1 up
ip -6 addr
ip addr add 2001:db8::1/64 dev veth0 nodad
sysctl -w net.ipv6.conf.default.disable_ipv6=0
sysctl -w net.ipv6.conf.veth0.disable_ipv6=0
ip -6 addr
sysctl -w net.ipv6.conf.all.disable_ipv6=1
sysctl net.ipv6.conf.veth0.disable_ipv6 net.ipv6.conf.veth1.disable_ipv6 net.ipv6.conf.default.disable_ipv6
ip -6 addr
ip addr add 2001:db8::1/64 dev veth0 nodad

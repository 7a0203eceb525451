# A device's per-device sysctls across a move to another namespace.
ip netns add ns1
ip netns exec ns1 sysctl -w net.ipv4.conf.default.rp_filter=2
ip netns exec ns1 sysctl -w net.ipv6.conf.default.accept_dad=0
ip link add veth0 type veth peer name veth1
sysctl -w net.ipv4.conf.veth0.rp_filter=1
sysctl -w net.ipv4.conf.veth0.forwarding=1
sysctl -w net.ipv6.conf.veth0.forwarding=1
sysctl -w net.ipv6.conf.veth0.disable_ipv6=1
ip link set veth0 netns ns1
ip netns exec ns1 sysctl net.ipv4.conf.veth0.rp_filter net.ipv4.conf.veth0.forwarding net.ipv6.conf.veth0.forwarding net.ipv6.conf.veth0.disable_ipv6 net.ipv6.conf.veth0.accept_dad
sysctl net.ipv4.conf.veth0.rp_filter
ip netns exec ns1 sysctl -w net.ipv4.conf.all.forwarding=1

# Sysctls belong to a namespace; a new namespace starts from defaults.
sysctl -w net.ipv4.ip_forward=1
sysctl -w net.ipv4.conf.default.rp_filter=2
ip netns add ns1
ip netns exec ns1 sysctl net.ipv4.ip_forward net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter
ip netns exec ns1 sysctl -w net.ipv4.conf.all.forwarding=1
sysctl net.ipv4.conf.all.forwarding
ip netns exec ns1 sysctl net.ipv4.ip_forward

# conf/default seeds devices created later; conf/all forwarding reaches every device.
sysctl -w net.ipv4.conf.default.rp_filter=1
sysctl -w net.ipv6.conf.default.accept_dad=0
ip link add veth0 type veth peer name veth1
sysctl net.ipv4.conf.veth0.rp_filter net.ipv6.conf.veth0.accept_dad net.ipv4.conf.lo.rp_filter
sysctl -w net.ipv4.conf.all.forwarding=1
sysctl net.ipv4.ip_forward net.ipv4.conf.veth0.forwarding net.ipv4.conf.lo.forwarding net.ipv4.conf.default.forwarding
sysctl -w net.ipv4.ip_forward=0
sysctl net.ipv4.conf.all.forwarding net.ipv4.conf.veth0.forwarding net.ipv4.conf.default.forwarding
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl net.ipv6.conf.veth0.forwarding net.ipv6.conf.default.forwarding net.ipv6.conf.lo.forwarding
sysctl -w net.ipv4.conf.veth0.forwarding=0
sysctl net.ipv4.conf.all.forwarding
sysctl -w net.ipv4.conf.default.forwarding=1
ip link add veth2 type veth peer name veth3
sysctl net.ipv4.conf.veth2.forwarding
sysctl -w net.ipv4.conf.all.rp_filter=2
sysctl net.ipv4.conf.veth0.rp_filter net.ipv4.conf.all.rp_filter

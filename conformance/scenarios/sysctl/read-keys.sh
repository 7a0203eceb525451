# Reading sysctls.
sysctl net.ipv4.ip_forward
sysctl -n net.ipv4.ip_forward
sysctl net.ipv4.ip_forward net.ipv4.conf.all.forwarding net.ipv6.conf.all.forwarding
sysctl -n net.ipv4.conf.default.rp_filter net.ipv4.conf.lo.rp_filter
sysctl net/ipv4/ip_forward
sysctl net.ipv4.conf.lo.accept_local
sysctl net.ipv6.conf.lo.accept_dad
sysctl net.ipv6.conf.default.accept_dad
sysctl net.ipv4.fib_multipath_hash_policy
sysctl net.ipv6.fib_multipath_hash_policy
sysctl net.ipv4.ip_local_port_range
sysctl net.ipv4.conf.all.arp_ignore net.ipv4.conf.all.arp_announce
sysctl -N net.ipv4.ip_forward
sysctl -b net.ipv4.ip_forward

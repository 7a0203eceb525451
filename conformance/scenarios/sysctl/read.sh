# Reading keys: the forms sysctl(8) accepts and its errors.
sysctl net.ipv4.ip_forward
sysctl -n net.ipv4.ip_forward
sysctl -N net.ipv4.ip_forward
sysctl -b net.ipv4.ip_forward
sysctl net/ipv4/ip_forward
sysctl net.ipv4.conf.lo.rp_filter net.ipv6.conf.lo.disable_ipv6
sysctl net.ipv4.foo
sysctl -e net.ipv4.foo
sysctl -q net.ipv4.foo
sysctl a.b c.d
sysctl -e a.b net.ipv4.ip_forward
sysctl ''
sysctl net.ipv4.route
sysctl net.ipv4.route.flush
sysctl net.ipv6.conf.lo.stable_secret
sysctl -n net.ipv4.ip_local_port_range net.ipv4.tcp_rmem
sysctl net.ipv4.neigh.lo.retrans_time net.ipv6.neigh.lo.retrans_time net.ipv4.neigh.lo.base_reachable_time
sysctl net..ipv4.ip_forward
sysctl net/ipv4.conf/lo/forwarding
sysctl -N -q net.ipv4.ip_forward
sysctl -r forward net.ipv4.ip_forward net.ipv4.ip_default_ttl
sysctl -N -r ttl net.ipv4

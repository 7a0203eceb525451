# Writing sysctls.
sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.ip_forward
sysctl net.ipv4.ip_forward=0
sysctl -q -w net.ipv4.ip_forward=1
sysctl -n net.ipv4.ip_forward
sysctl -w net.ipv4.conf.lo.rp_filter=2
sysctl -w 'net.ipv4.ip_local_port_range=20000 30000'
sysctl net.ipv4.ip_local_port_range
sysctl -w net.ipv4.ip_local_port_range='10000    20000'
sysctl net.ipv4.ip_local_port_range
sysctl -w net/ipv4/conf/lo/accept_local=1
sysctl net.ipv4.conf.lo.accept_local
sysctl -w net.ipv4.ip_forward=1 net.ipv4.conf.lo.rp_filter=0
sysctl -n -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.conf.all.rp_filter = 1

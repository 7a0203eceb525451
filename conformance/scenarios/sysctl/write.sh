# Writing keys: the forms, the value parser of proc_dointvec() and friends, errors.
sysctl -w net.ipv4.ip_forward=1
sysctl net.ipv4.ip_forward=0
sysctl -w net/ipv4/ip_forward=1
sysctl -w 'net.ipv4.ip_forward = 0'
sysctl -w net.ipv4.ip_forward=abc
sysctl -w net.ipv4.ip_forward=1abc
sysctl -w net.ipv4.ip_forward=+3
sysctl -w net.ipv4.ip_forward=
sysctl -w 'net.ipv4.ip_forward=1 2'
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=0x10
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=010
sysctl net.ipv4.ip_forward
sysctl -w net.ipv4.ip_forward=08
sysctl -w net.ipv4.ip_forward=2147483648
sysctl -w net.ipv4.ip_forward=-2147483648
sysctl -w net.ipv4.ip_forward=0
sysctl -w net.ipv4.foo=1
sysctl -e -w net.ipv4.foo=1
sysctl -w net.ipv4.ip_forward
sysctl -w a
sysctl -w net.netfilter.nf_conntrack_count=5
sysctl -w net.netfilter.nf_conntrack_max=100
sysctl -w net.ipv4.conf=1
sysctl -w net.ipv4.tcp_available_congestion_control=reno
sysctl -q -w net.ipv4.ip_default_ttl=65
sysctl -N -w net.ipv4.ip_default_ttl=66
sysctl -n -w net.ipv4.ip_default_ttl=67
sysctl -b -w net.ipv4.ip_default_ttl=68
sysctl --dry-run -w net.ipv4.ip_default_ttl=1000
sysctl net.ipv4.ip_default_ttl
sysctl -w net.ipv4.ip_default_ttl=0
sysctl -w net.ipv4.ip_default_ttl=256
sysctl -w net.ipv4.ip_default_ttl=255
sysctl -w -- -net.ipv4.ip_default_ttl=64 -a.b=2
sysctl -w net..ipv4.ip_default_ttl=64
sysctl -w net.ipv4.ip_forward=1 net.netfilter.nf_conntrack_count=5 net.ipv4.conf.lo.forwarding=0 net.ipv4
sysctl -w net.ipv4.route.flush=1 net.ipv6.route.flush=1
sysctl -w net.ipv6.route.flush=x
sysctl -w net.ipv4.tcp_congestion_control=foo
sysctl -w net.ipv4.tcp_congestion_control=reno
sysctl net.ipv4.tcp_congestion_control

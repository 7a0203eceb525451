# Value validation per key: booleans, ranges, multi-value keys, jiffies.
sysctl -w net.ipv4.conf.all.rp_filter=3
sysctl -w net.ipv4.conf.all.rp_filter=-1
sysctl -w net.ipv4.conf.all.rp_filter=0
sysctl -w net.ipv4.tcp_syncookies=2
sysctl -w net.ipv4.tcp_syncookies=256
sysctl -w net.ipv4.icmp_echo_ignore_all=2
sysctl -w net.ipv4.icmp_echo_ignore_all=1
sysctl -w net.ipv4.fib_multipath_hash_policy=3
sysctl -w net.ipv4.fib_multipath_hash_policy=4
sysctl -w net.ipv6.conf.lo.hop_limit=0
sysctl -w net.ipv6.conf.default.hop_limit=255
sysctl -w net.ipv6.conf.lo.mtu=1279
sysctl -w net.ipv6.conf.lo.mtu=65537
sysctl -w net.ipv6.conf.lo.mtu=1500
sysctl -w net.ipv6.conf.all.mtu=70000
sysctl -w net.ipv6.conf.default.mtu=1000
sysctl -w net.bridge.bridge-nf-call-iptables=7
sysctl net.bridge.bridge-nf-call-iptables
sysctl -w net.ipv4.neigh.lo.base_reachable_time_ms=1001
sysctl net.ipv4.neigh.lo.base_reachable_time_ms net.ipv4.neigh.lo.base_reachable_time
sysctl -w net.ipv4.neigh.lo.retrans_time=7
sysctl net.ipv4.neigh.lo.retrans_time_ms net.ipv4.neigh.lo.retrans_time
sysctl -w net.ipv6.neigh.lo.retrans_time=7
sysctl net.ipv6.neigh.lo.retrans_time_ms
sysctl -w net.ipv4.neigh.default.locktime=7
sysctl net.ipv4.neigh.default.locktime
sysctl -w 'net.ipv4.tcp_rmem=4096 87380'
sysctl net.ipv4.tcp_rmem
sysctl -w 'net.ipv4.tcp_wmem=0 1 2'
sysctl -w 'net.ipv4.ip_local_port_range=1000 2000'
sysctl -w 'net.ipv4.ip_local_port_range=2000 1500'
sysctl -w 'net.ipv4.ip_local_port_range=10000 20000'
sysctl -w net.ipv4.ip_local_port_range=15000
sysctl net.ipv4.ip_local_port_range
sysctl -w net.ipv4.ip_unprivileged_port_start=16000
sysctl -w net.ipv4.ip_unprivileged_port_start=80
sysctl -w 'net.ipv4.ping_group_range=0 2147483647'
sysctl net.ipv4.ping_group_range
sysctl -w 'net.ipv4.ping_group_range=5 1'
sysctl net.ipv4.ping_group_range
sysctl -w net.ipv6.conf.all.stable_secret=::1
sysctl -w net.ipv6.conf.lo.stable_secret=2001:db8::1
sysctl -w net.ipv6.conf.lo.stable_secret=bogus
sysctl net.ipv6.conf.lo.stable_secret

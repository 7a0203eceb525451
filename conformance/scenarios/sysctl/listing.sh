# A real sysctl -a also lists abi, crypto, dev, fs, kernel, user and vm
# (iplab models /proc/sys/net only).
sysctl -a -r '^net\.ipv4\.conf\.'
sysctl -a -N -r '^net\.ipv6\.conf\.lo\.'
sysctl -a -n -r '^net\.ipv4\.ip_'
sysctl -a -r 'neigh\.lo\.(retrans|base_reachable)_time'
sysctl -a --deprecated -r 'neigh\.lo\.(retrans|base_reachable)_time'
sysctl -a -r '^net\.(core|unix|mptcp)\.'
sysctl -A -r '^net\.netfilter\.nf_conntrack_(max|count|buckets)'
sysctl -X -r 'route\.'
sysctl -a -r '[unclosed'
sysctl net.ipv4.conf
sysctl net.ipv6.conf.lo
sysctl -r 'stable_secret|mtu' net.ipv6.conf.lo
# iplab-differs: iplab models /proc/sys/net only; a real host lists kernel.* too
sysctl -a -N -r '^kernel\.(ostype|osrelease)$'
# iplab-differs: iplab models /proc/sys/net only (kernel.ostype is unknown)
sysctl kernel.ostype

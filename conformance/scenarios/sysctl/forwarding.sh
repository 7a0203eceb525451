# ip_forward is conf/all/forwarding; writing it reaches default and every
# device and flips all.accept_redirects (inet_forward_change()).
sysctl -a -r '\.forwarding|ip_forward|accept_redirects'
sysctl -w net.ipv4.ip_forward=1
sysctl -a -r '\.forwarding|ip_forward|accept_redirects'
sysctl -w net.ipv4.conf.lo.forwarding=0
sysctl -w net.ipv4.conf.default.forwarding=0
sysctl -w net.ipv4.conf.all.forwarding=2
sysctl -a -r '\.forwarding|ip_forward|accept_redirects'
sysctl -w net.ipv4.conf.all.forwarding=0
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl -a -r 'ipv6.*\.forwarding'
sysctl -w net.ipv6.conf.lo.forwarding=0
sysctl -w net.ipv6.conf.all.forwarding=1
sysctl -a -r 'ipv6.*\.forwarding'
sysctl -w net.ipv6.conf.default.forwarding=0
sysctl -a -r 'ipv6.*\.forwarding'

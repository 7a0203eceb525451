# sysctl -p from standard input.
sysctl -p - <<'EOF2'
# a comment
; another comment
net.ipv4.ip_forward = 1
net.ipv4.conf.all.rp_filter=2

net.ipv4.nosuchkey = 1
-net.ipv4.nosuchkey2 = 1
net.ipv6.conf.all.forwarding = 1
EOF2
sysctl net.ipv4.ip_forward net.ipv4.conf.all.rp_filter net.ipv6.conf.all.forwarding
sysctl -e -p - <<'EOF2'
net.ipv4.nosuchkey = 1
net.ipv4.ip_forward = 0
EOF2
sysctl -q -p - <<'EOF2'
net.ipv4.ip_forward = 1
EOF2
sysctl -p /nonexistent/sysctl.conf
sysctl -p - <<'EOF2'
this line has no equals sign
net.ipv4.ip_forward=abc
EOF2

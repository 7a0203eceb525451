# sysctl -p: files, comments, invalid lines, -key, globs with exclusions.
sysctl -p /nonexistent/sysctl.conf
sysctl -p - <<'EOF'
# a comment
; another comment
net.ipv4.ip_forward = 1
  net.ipv4.ip_default_ttl=70  
net.ipv4.nosuchkey = 1
-net.ipv4.nosuchkey2 = 1
this line is invalid
net.ipv4.conf.all.rp_filter = 9x
x

net.ipv4.conf.*.rp_filter = 2
-net.ipv4.conf.lo.rp_filter
net.ipv4.conf.default.rp_filter = 1
EOF
sysctl -a -r 'rp_filter|ip_forward|ip_default_ttl'
sysctl -q -p - <<'EOF'
net.ipv4.ip_forward = 0
EOF
sysctl -r ttl -p - <<'EOF'
net.ipv4.ip_forward = 1
net.ipv4.ip_default_ttl = 64
EOF
sysctl net.ipv4.ip_forward

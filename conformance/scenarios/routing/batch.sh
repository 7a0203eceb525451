# ip -batch and ip -force -batch: comments, continuation, quoting, failures.
ip -batch - <<'EOF'
# a comment
route add blackhole 10.0.0.0/8
route add unreachable 10.1.0.0/16   # trailing comment
route add prohibit \
  10.2.0.0/16
route add "blackhole" '10.3.0.0/16'

route show
route add blackhole 10.0.0.0/8
route add blackhole 10.9.0.0/16
EOF
ip route
ip -force -batch - <<'EOF'
route add blackhole 10.0.0.0/8
route add blackhole 10.4.0.0/16
route del 10.99.0.0/16
route add blackhole 10.5.0.0/16
foo bar
route get 10.5.0.1
route get 10.6.0.1
route show
EOF
ip -batch - <<'EOF'
route add blackhole 10.7.0.0/16
route add blackhole 10.8.0.0/16 metric foo
route add blackhole 10.9.0.0/16
EOF
ip route
ip -force -batch - <<'EOF'
route add blackhole 10.10.0.0/16 metric foo
route add blackhole 10.11.0.0/16
EOF
ip -6 -batch - <<'EOF'
route add blackhole 2001:db8::/32
route show
EOF
ip -batch /nonexistent/file
ip -batch
ip -force -batch - <<'EOF'
route add blackhole 10.12.0.0/16 dev nosuch
route add blackhole 10.13.0.0/16
route get 10.13.0.1 oif nosuch
route get
route flush
route add 'blackhole 10.14.0.0/16
EOF
ip route
ip -j -batch - <<'EOF'
route show
route get 10.13.0.1
EOF

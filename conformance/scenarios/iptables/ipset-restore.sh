# ipset restore: lines are ipset commands; the first failing line stops it.
ipset restore <<'EOF'
create a hash:ip
add a 10.0.0.1
add a 10.0.0.1
add a 10.0.0.2
EOF
ipset list a
ipset restore <<'EOF'
# a comment
create b hash:net

add b 10.0.0.0/8
add b 10.0.0.0/40
EOF
ipset list b
ipset restore <<'EOF'
create a hash:ip
EOF
ipset restore -exist <<'EOF'
create a hash:ip
add a 10.0.0.1
add a 10.0.0.3 timeout 5
EOF
ipset restore <<'EOF'
add nope 10.0.0.1
EOF
ipset restore <<'EOF'
list a
EOF
ipset restore <<'EOF'
flush a
destroy b
COMMIT
EOF
ipset save

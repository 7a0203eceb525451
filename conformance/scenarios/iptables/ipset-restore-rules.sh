# iptables-restore with set matches: a missing set fails the line at parse
# time, the set's family is checked, and rules hold references once committed.
ipset create allow hash:net
ipset create allow6 hash:net family inet6
iptables-restore <<'EOF'
*filter
:INPUT DROP [0:0]
-A INPUT -m set --match-set allow src -j ACCEPT
-A INPUT -m set --match-set missing src -j ACCEPT
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT DROP [0:0]
-A INPUT -m set --match-set allow6 src -j ACCEPT
COMMIT
EOF
iptables-restore -t <<'EOF'
*filter
-A INPUT -m set --match-set allow src -j ACCEPT
COMMIT
EOF
ipset list -t allow
iptables-restore <<'EOF'
*filter
:INPUT DROP [0:0]
:SETS - [0:0]
-A INPUT -j SETS
-A SETS -m set --match-set allow src,src -j ACCEPT
-A SETS -j SET --add-set allow src --exist
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
-A INPUT -m set --match-set allow6 dst -j ACCEPT
COMMIT
EOF
ipset list -t allow
ipset list -t allow6
iptables-save
ip6tables-save
ipset destroy allow
iptables -F SETS
ipset destroy allow
ipset destroy
ip6tables -F
ipset destroy
ipset list -n

# iptables-restore: flush vs noflush, counters, comments, errors with line numbers
iptables -A INPUT -j ACCEPT
iptables-restore <<'EOF'
# a comment
*filter
:INPUT DROP [10:200]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:MYCHAIN - [0:0]
[5:300] -A INPUT -i lo -j ACCEPT
-A INPUT -j MYCHAIN
-A MYCHAIN -p tcp -m tcp --dport 22 -j ACCEPT
COMMIT
EOF
iptables-save
iptables-save -c
iptables -L -v -x
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [10:200]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [3:4]
[5:300] -A INPUT -i lo -j ACCEPT
-A INPUT -c 7 8 -s 10.0.0.1 -j ACCEPT
COMMIT
EOF
iptables-save -c
iptables -L -v -x -n
iptables -Z INPUT
iptables-save -c
iptables-restore --noflush <<'EOF'
*filter
-A INPUT -s 10.0.0.2 -j DROP
-I INPUT -s 10.0.0.3 -j DROP
COMMIT
*nat
:POSTROUTING ACCEPT [0:0]
-A POSTROUTING -o eth0 -j MASQUERADE
COMMIT
EOF
iptables-save
iptables-restore <<'EOF'
*filter
-A INPUT -j NOPE
COMMIT
EOF
iptables-restore <<'EOF'
*filter
-A INPUT -p tcp --dport 99999 -j ACCEPT
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:0]
-A INPUT -j ACCEPT
EOF
iptables-restore <<'EOF'
*bogus
COMMIT
EOF
iptables-restore <<'EOF'
-A INPUT -j ACCEPT
EOF
iptables-restore <<'EOF'
*filter
:FOO BAR [0:0]
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT BAR [0:0]
COMMIT
EOF
iptables-restore -T nat <<'EOF'
*filter
-A INPUT -j DROP
COMMIT
*nat
-A OUTPUT -j ACCEPT
COMMIT
EOF
iptables-restore -t <<'EOF'
*filter
-A INPUT -j DROP
COMMIT
EOF
iptables-save
iptables-restore /nonexistent
iptables-restore --bogus
iptables-save -t bogus
iptables-save -t mangle
iptables-restore <<'EOF'
*filter
-X
-N NEW
-A NEW -j RETURN
-A INPUT -j NEW
COMMIT
EOF
iptables-save

# ip route save/restore/showdump and ip rule save/restore: the failure paths
# and the dumps whose bytes are all ASCII (the recorder reads stdout as text).
# The binary dumps themselves are compared byte for byte in
# test/route-dump.test.ts against files the real ip wrote.
ip route save
ip -6 route save
ip route save table 100
ip -6 route save table 100
ip route save table all dev nosuch
ip route save table bogus
ip route showdump
ip route restore
ip route restore <<'EOF'
hello
EOF
ip route showdump <<'EOF'
$1E
EOF
ip rule restore <<'EOF'
not a dump
EOF
ip rule restore
ip rule save all
ip -6 rule save lookup main
ip route sa
ip route rest <<'EOF'
x
EOF
ip route
ip rule

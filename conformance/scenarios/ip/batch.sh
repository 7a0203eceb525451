# ip -batch reads commands from standard input.
ip -batch - <<'EOF2'
link add veth0 type veth peer name veth1
addr add 10.0.0.1/24 dev veth0
# a comment
link set veth0 up

addr show veth0
EOF2
ip -batch - <<'EOF2'
link set veth1 up
link add veth0 type veth peer name veth1
addr add 10.0.0.2/24 dev veth1
EOF2
ip -br addr
ip -force -batch - <<'EOF2'
link add veth0 type veth peer name veth1
addr add 10.0.0.3/24 dev veth1
link set nosuch up
addr add 10.0.0.4/24 dev veth1
EOF2
ip -br addr
ip -batch /nonexistent/batch.file
ip -b - <<'EOF2'
netns add ns1
-n ns1 link
link show lo
EOF2
ip -batch - <<'EOF2'
bogus command
EOF2
ip -batch - <<'EOF2'
link show lo
"quoted arg
EOF2

# A bad link-layer address is a returned failure (ll_addr_a2n), not exit():
# with -force the batch reports it and goes on.
ip link add v0 address 02:00:00:00:05:01 type veth peer name v1 address 02:00:00:00:05:02
ip -force -batch - <<'EOF'
link set v0 address zz:00:00:00:00:01
link set v0 mtu 1300
neigh add 10.0.0.9 lladdr 0g:00:00:00:00:09 dev v0
link set v0 mtu 1280
link set v0 address 02:00:00:00:05:7
EOF
ip link show v0
ip neigh show dev v0
ip link set v0 address 1:2:3:4:5:666
ip link set v0 address +a:2:3:4:5:6
ip link show v0

# lo up: 127.0.0.1/8 and ::1/128 appear, state UNKNOWN.
ip link set lo up
ip link
ip -br link
ip addr
ip -br addr
ip -br -4 addr
ip -br -6 addr
ip -o addr
ip -o -4 addr show lo
ip -j addr
ip -j -p addr show dev lo
ip -c addr
ip -c -br addr
ip -4 addr show lo
ip -6 addr show lo
ip addr show up
ip link show up
ip -d link show lo
ip link set lo down
ip addr
ip link set dev lo up
ip addr show lo

# ip addr show: text, brief, one-line, JSON, family and filters.
ip link set lo up
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 10.0.0.2/24 dev veth0
ip addr add 192.0.2.1/25 dev veth1
ip addr add 2001:db8::1/64 dev veth0 nodad
ip addr
ip address show
ip a
ip addr list
ip -br addr
ip -br -4 addr
ip -br -6 addr
ip -o addr
ip -o -4 addr
ip -4 addr
ip -6 addr
ip -j addr
ip -j -p addr show dev veth1
ip addr show dev veth0
ip addr show veth1
ip addr show nosuch
ip addr show up
ip addr show to 10.0.0.0/24
ip addr show to 10.0.0.2
ip -4 addr show primary
ip -4 addr show secondary
ip addr show type veth
ip -br addr show master nosuch

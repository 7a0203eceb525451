# ip link/addr show filters and -4/-6/-0 with several devices.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth0 master br0
ip addr add 192.0.2.1/24 dev veth0
ip addr add 2001:db8::1/64 dev veth1 nodad
ip addr add 198.51.100.1/24 dev br0
ip -4 addr
ip -6 addr
ip -0 addr
ip -4 link
ip -6 link
ip -br -4 addr
ip -br -6 addr
ip -br -0 addr
ip addr show master br0
ip addr show nomaster
ip addr show type veth
ip addr show type bridge
ip link show nomaster
ip -o link show type veth
ip -4 -j addr
ip -6 -o addr
ip addr show dev veth0 up
ip link set veth0 group 3
ip link show group 3
ip addr show group 3
ip link show group default
ip link show group nosuchgroup
ip link show master nosuch
ip addr show to 2001:db8::/32
ip -6 addr show to 2001:db8::1/128
ip addr show scope host
ip addr show scope 253
ip addr show scope all

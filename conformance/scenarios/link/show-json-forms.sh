# JSON, pretty JSON, oneline and colour forms with addresses and details.
ip link set lo up
ip link add veth0 type veth peer name veth1
ip link set veth0 alias "to peer"
ip addr add 192.0.2.1/24 dev veth0
ip addr add 192.0.2.9/24 dev veth0
ip addr add 2001:db8::1/64 dev veth0 nodad
ip -j addr show veth0
ip -j -p addr show veth0
ip -j -p link show veth0
ip -j -d link show veth0
ip -j -s link show veth0
ip -j -s -s link show veth0
ip -j -br addr
ip -j -br link
ip -j -o addr
ip -o -d link show veth0
ip -o addr show veth0
ip -c addr show veth0
ip -c -br addr
ip -c -br link
ip -c -4 addr
ip -color=always -br link show lo
ip -color=never -br link show lo
ip -c -j link show lo
ip -s link show veth0
ip -s -h link show veth0
ip -s -s addr show veth0
ip -d addr show veth0
ip -br -d link
ip -4 -br -o addr

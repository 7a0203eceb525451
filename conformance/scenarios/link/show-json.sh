# ip link show as JSON.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth0 alias 'json alias'
ip link set veth1 master br0
ip -j link
ip -j -p link
ip -json -pretty link show veth0
ip -j link show dev nosuch
ip -j -br link
ip -j -o link
ip -j link show type veth
ip -j link set lo up
ip -j -p link show lo

# Counters on links that carry nothing.
ip link add veth0 type veth peer name veth1
ip -s link show lo
ip -s -s link show lo
ip -s link show veth0
ip -statistics link show veth1
ip -s -br link
ip -s -j link show veth0
ip -s -o link show lo

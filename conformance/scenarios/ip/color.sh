# Colours forced on (output is not a terminal).
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip -c link
ip -color=always addr
ip -c -br addr
ip -c=auto link show lo
ip -color=bogus link show lo

# Link aliases.
ip link add veth0 type veth peer name veth1
ip link set veth0 alias uplink
ip link show veth0
ip link set veth0 alias 'to the other side'
ip link show veth0
ip -j link show veth0
ip -br link show veth0
ip link set veth0 alias ''
ip link show veth0
ip link set lo alias loopback
ip link show lo
ip link add v2 alias made-at-birth type veth peer name v3
ip link show v2

# Alternative names.
# iplab-skip: link alternative names (ip link property) are in no issue yet (iplab says they are not supported)
ip link add veth0 type veth peer name veth1
ip link property add dev veth0 altname uplink
ip link show veth0
ip link show uplink
ip link set uplink mtu 1400
ip -j link show veth0
ip link property add dev veth1 altname uplink
ip link property add dev veth0 altname veth1
ip link property del dev veth0 altname uplink
ip link show veth0
ip link property del dev veth0 altname uplink

# Link-local autoconfiguration once a link has carrier.
ip link add veth0 type veth peer name veth1
ip -6 addr
ip link set veth0 up
ip -6 addr
ip link set veth1 up
ip -6 addr
ip -6 addr show scope link
ip -6 addr show scope global
ip -6 route show table all dev veth0
ip -6 route show table all dev veth1
ip link set veth0 down
ip -6 addr
ip -6 route show table all dev veth0
ip -6 route show table all dev veth1
ip link set veth0 up
ip -6 addr
ip -j -6 addr show veth0

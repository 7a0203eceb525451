# Link-local addresses added by hand, next to the automatic one.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip addr add fe80::1/64 dev veth0
ip addr add fe80::2/64 dev veth0 nodad
ip -6 addr show veth0
ip link set veth0 up
ip link set veth1 up
ip -6 addr show veth0
ip -6 route show table all dev veth0
ip addr del fe80::1/64 dev veth0
ip addr add fe80::1/64 dev veth0
ip addr add fe80::1/64 dev veth0
ip -6 addr show veth0
ip addr add fe80::200:ff:fe00:1/64 dev veth0
ip addr add fe80::3/10 dev veth0 nodad
ip -6 addr show veth0
ip -6 route show table all dev veth0

# "ifN" as a device name: ll_name_to_index() reads the index out of it;
# a link get asks by name, everything else by that index.
ip link show if1
ip link show if9
ip link show dev if9
ip -br link show if1
ip -j link show if1
ip link show up if1
ip addr show dev if1
ip addr show if1
ip -br addr show dev if9
ip addr show dev if9
ip -4 addr show if1
ip addr add 10.0.0.1/24 dev if9
ip -6 addr add 2001:db8::1/64 dev if9
ip addr del 10.0.0.1/24 dev if9
ip -6 addr del 2001:db8::1/64 dev if9
ip addr add 10.0.0.1/24 dev if1
ip link set if9 up
ip link set dev if9 mtu 1400 name foo
ip link set if1 up
ip link del if9
ip link property add dev if9 altname x
ip addr flush dev if9
ip link show if0
ip link show ifx
ip -br addr
ip link add veth0 type veth peer name if7
ip link show if7
ip link set if7 up
ip -br link

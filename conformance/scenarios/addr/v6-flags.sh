# IPv6 address flags set by hand.
ip link add veth0 type veth peer name veth1
ip link set veth0 up
ip link set veth1 up
ip addr add 2001:db8::1/64 dev veth0 nodad home
ip addr add 2001:db8::2/64 dev veth0 nodad mngtmpaddr
ip addr add 2001:db8::3/64 dev veth0 nodad preferred_lft 0
ip addr add 2001:db8::4/64 dev veth0 nodad optimistic
ip addr add 2001:db8::5/64 dev veth0 nodad noprefixroute
ip -6 addr show veth0
ip -6 addr show dev veth0 deprecated
ip -6 addr show dev veth0 -deprecated
ip -6 addr show dev veth0 permanent
ip -6 addr show dev veth0 home
ip -j -6 addr show veth0

# ip link help and bad commands.
ip link help
ip link add help
ip link set help
ip link foo
ip link show foo bar
ip link set
ip link set veth0
ip link add
ip link add veth0 type veth help
ip link add br0 type bridge help
ip link add mv0 type macvlan help
ip link frobnicate veth0

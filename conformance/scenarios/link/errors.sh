# Argument errors and help texts of ip link.
ip link help
ip link foo
ip link add
ip link add foo
ip link add type veth
ip link add foo type nosuchkind
ip link add foo type veth garbage
ip link add name a dev b type veth
ip link add lo type veth
ip link del
ip link del nosuch
ip link del lo
ip link set
ip link set lo
ip link set lo mtu
ip link set lo txqueuelen -1
ip link show lo extra
ip link show dev lo dev lo
ip link add x/y type veth
ip link add "a b" type veth
ip link add 0123456789abcdef type veth
ip link add 0123456789abcde type veth
ip -br link
ip link add veth%d type veth
ip -br link
ip li sh
ip lin s lo
ip l ls
ip link help veth
ip link help bridge
ip link add br0 type bridge foo
ip -br link

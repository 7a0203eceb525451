# Without a peer name the kernel picks vethN.
ip link add veth0 type veth
ip link add foo type veth
ip link add bar type veth peer name baz
ip link add qux type veth
ip -br link
ip -o link

# Without a peer name the kernel picks vethN.
# iplab-pending: a veth add that fails with File exists still consumes an ifindex on the kernel
ip link add veth0 type veth
ip link add foo type veth
ip link add bar type veth peer name baz
ip link add qux type veth
ip -br link
ip -o link

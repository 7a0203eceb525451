# Link groups.
ip link add veth0 type veth peer name veth1
ip link add veth2 type veth peer name veth3
ip link set veth0 group 5
ip link set veth2 group 5
ip link show group 5
ip link show group default
ip link set group 5 up
ip -br link
ip link set veth0 group default
ip link show veth0
ip link set veth0 group nosuchgroup
ip link set veth0 group 4294967295
ip link show veth0
ip link del group 5
ip -br link

# Interface indexes: allocation and explicit choice.
ip link add veth0 type veth peer name veth1
ip link add index 10 veth2 type veth peer name veth3
ip link add index 10 veth4 type veth peer name veth5
ip link add veth6 type veth peer name veth7
ip link del veth0
ip link add veth8 type veth peer name veth9
ip -o link
ip link add index 0 v0 type veth peer name v1
ip link add index -1 v2 type veth
ip -br link

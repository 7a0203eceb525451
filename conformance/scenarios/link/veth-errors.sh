# Creating veth pairs that cannot be created.
ip link add veth0 type veth peer name veth1
ip link add veth0 type veth peer name veth2
ip link add veth2 type veth peer name veth1
ip link add veth3 type veth peer name veth3
ip link add thisnameistoolong0 type veth
ip link add veth4 type veth peer name thisnameistoolong1
ip link add veth5 type veth peer name veth6 netns nosuchns
ip link add type veth peer name veth7
ip link add veth8 type veth peer
ip link add veth9
ip link add veth9 type
ip link add 'bad name' type veth
ip link add lo type veth
ip -br link

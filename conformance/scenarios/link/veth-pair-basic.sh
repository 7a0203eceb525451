# A veth pair in the sandbox, brought up: carrier, operstate, link-local.
ip link add veth0 type veth peer name veth1
ip link
ip link set veth0 up
ip -br link
ip link set veth1 up
ip -br link
ip addr
ip -6 route show table all dev veth0
ip -6 route show table all dev veth1
ip route show table local dev veth1

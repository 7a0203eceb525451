# ip addr change and replace.
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr change 10.0.0.1/24 dev veth0 label veth0:c
ip addr show veth0
ip addr change 10.0.0.9/24 dev veth0
ip addr replace 10.0.0.9/24 dev veth0
ip addr replace 10.0.0.1/24 dev veth0 scope link
ip addr show veth0
ip addr replace 2001:db8::1/64 dev veth0 nodad
ip addr replace 2001:db8::1/64 dev veth0 nodad preferred_lft 0
ip addr show veth0
ip route show table all

# disable_ipv6 removes IPv6 addresses and routes; enabling brings link-local back.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 2001:db8::1/64 dev veth0 nodad
ip -6 addr
sysctl -w net.ipv6.conf.veth0.disable_ipv6=1
ip -6 addr
ip -6 route show table all
ip addr add 2001:db8::2/64 dev veth0 nodad
sysctl -w net.ipv6.conf.veth0.disable_ipv6=0
ip -6 addr
ip -6 route show table all
sysctl -w net.ipv6.conf.all.disable_ipv6=1
ip -6 addr
sysctl net.ipv6.conf.veth0.disable_ipv6 net.ipv6.conf.lo.disable_ipv6 net.ipv6.conf.default.disable_ipv6
sysctl -w net.ipv6.conf.all.disable_ipv6=0
ip -6 addr
ip -6 route show table all

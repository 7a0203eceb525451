# disable_ipv6 removes every IPv6 address and route of the device; turning it
# off brings ::1 and the link-local addresses back (dev_disable_change()).
ip link set lo up
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set v0 up
ip link set v1 up
ip -6 addr add 2001:db8::1/64 dev v0
ip -6 addr show
ip -6 route show table all
sysctl -w net.ipv6.conf.v0.disable_ipv6=1
ip -6 addr show
ip -6 route show table all
sysctl -w net.ipv6.conf.all.disable_ipv6=1
ip -6 addr show
ip -6 route show table all
sysctl -a -r 'disable_ipv6'
sysctl -w net.ipv6.conf.all.disable_ipv6=0
ip -6 addr show
ip -6 route show table all
sysctl -w net.ipv6.conf.v0.disable_ipv6=0
ip -6 addr show
sysctl -w net.ipv6.conf.default.disable_ipv6=1
ip link add v2 address 02:00:00:00:00:03 type veth peer name v3 address 02:00:00:00:00:04
ip link set v2 up
ip link set v3 up
ip -6 addr show
sysctl -a -r 'disable_ipv6'

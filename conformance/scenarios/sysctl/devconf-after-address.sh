# Once an IPv4 address is added to a device (rtm_to_ifaddr → ipv4_devconf_setall),
# the device no longer follows later writes to net.ipv4.conf.default.
ip link add v0 address 02:00:00:00:04:01 type veth peer name v1 address 02:00:00:00:04:02
sysctl -w net.ipv4.conf.default.rp_filter=1
sysctl net.ipv4.conf.v0.rp_filter net.ipv4.conf.v1.rp_filter
ip addr add 10.0.0.1/24 dev v0
sysctl -w net.ipv4.conf.default.rp_filter=2
sysctl -w net.ipv4.conf.default.accept_local=1
sysctl net.ipv4.conf.v0.rp_filter net.ipv4.conf.v1.rp_filter net.ipv4.conf.v0.accept_local net.ipv4.conf.v1.accept_local
ip addr add 10.0.0.1/24 dev v1
ip addr add 10.0.0.1/24 dev v1
sysctl -w net.ipv4.conf.default.rp_filter=0
sysctl net.ipv4.conf.v0.rp_filter net.ipv4.conf.v1.rp_filter

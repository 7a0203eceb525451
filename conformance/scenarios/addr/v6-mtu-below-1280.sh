# IPv6 needs an MTU of at least 1280: below it the kernel drops the device's
# IPv6 addresses and routes; above it again, link-local comes back.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 2001:db8::1/64 dev veth0 nodad
ip addr add 10.0.0.1/24 dev veth0
ip -6 addr show veth0
ip link set veth0 mtu 1279
ip addr show veth0
ip -6 route show table all
ip addr add 2001:db8::2/64 dev veth0 nodad
ip link set veth0 mtu 1280
ip addr show veth0
ip -6 route show table all
sysctl net.ipv6.conf.veth0.mtu
ip link set veth0 mtu 1400
sysctl net.ipv6.conf.veth0.mtu
sysctl -w net.ipv6.conf.veth0.mtu=1300
sysctl -w net.ipv6.conf.veth0.mtu=1500
sysctl -w net.ipv6.conf.veth0.mtu=1000
sysctl net.ipv6.conf.veth0.mtu

# Per-device keys appear and disappear with the device.
sysctl net.ipv4.conf.veth0.forwarding
ip link add veth0 type veth peer name veth1
sysctl net.ipv4.conf.veth0.forwarding net.ipv6.conf.veth0.forwarding
sysctl -w net.ipv4.conf.veth0.forwarding=1
ip link set veth0 name uplink
sysctl net.ipv4.conf.uplink.forwarding
sysctl net.ipv4.conf.veth0.forwarding
ip link del uplink
sysctl net.ipv4.conf.uplink.forwarding

# addr_gen_mode is the link's addrgenmode: default seeds new devices, a
# write on an up device makes its link-local anew, old addresses stay.
sysctl -w net.ipv6.conf.default.addr_gen_mode=1
ip link add v0 address 02:00:00:00:00:01 type veth peer name v1 address 02:00:00:00:00:02
ip link set v0 up
ip link set v1 up
ip -6 addr
ip -d link show v0
ip link set v1 addrgenmode eui64
sysctl net.ipv6.conf.v1.addr_gen_mode
sysctl -w net.ipv6.conf.v0.addr_gen_mode=0
ip -6 addr show dev v0
ip -d -br link show v0
sysctl -w net.ipv6.conf.v0.addr_gen_mode=1
ip -6 addr show dev v0
sysctl -w net.ipv6.conf.v0.addr_gen_mode=4
sysctl -w net.ipv6.conf.all.addr_gen_mode=0
sysctl -a -r 'addr_gen_mode'
ip -6 addr
sysctl -w net.ipv6.conf.v0.addr_gen_mode=3
sysctl -w net.ipv6.conf.v0.addr_gen_mode=2
sysctl -w net.ipv6.conf.default.addr_gen_mode=2
sysctl -w net.ipv6.conf.v1.stable_secret=2001:db8::5
sysctl -w net.ipv6.conf.v1.addr_gen_mode=2
ip -d -br link
sysctl -w net.ipv6.conf.all.addr_gen_mode=-1

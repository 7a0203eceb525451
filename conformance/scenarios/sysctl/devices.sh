# Device keys come and go with devices, follow renames and start from default.
sysctl -w net.ipv4.conf.default.rp_filter=2 net.ipv6.conf.default.accept_ra=0 net.ipv4.conf.default.forwarding=1
ip link add v0 type veth peer name v1
ip link add a.b type veth peer name c
sysctl -a -r 'conf\.(v0|v1|a/b|c)\.(rp_filter|accept_ra|forwarding|mtu)$'
sysctl net.ipv4.conf.a/b.rp_filter net/ipv4/conf/a.b/rp_filter
sysctl -w net.ipv4.conf.v1.rp_filter=1 net.ipv4.conf.default.rp_filter=0
sysctl -a -r 'ipv4\.conf\..*\.rp_filter'
ip link set v1 mtu 1400
sysctl net.ipv6.conf.v1.mtu
sysctl -w net.ipv6.conf.v1.mtu=1401
sysctl -w net.ipv6.conf.v1.mtu=1300
ip link set v1 name w1
sysctl -a -r 'ipv4\.conf\..*\.rp_filter'
sysctl net.ipv4.conf.v1.rp_filter
ip link del v0
sysctl -N -a -r 'ipv4\.conf\..*\.rp_filter'
sysctl -w net.ipv4.conf.all.forwarding=1
ip link add v2 type veth peer name v3
sysctl -a -r 'ipv4\.conf\..*\.forwarding'

# sysctl errors: unknown keys, bad values, missing devices.
sysctl net.ipv4.nosuchkey
sysctl -n net.ipv4.nosuchkey
sysctl -e net.ipv4.nosuchkey
sysctl -q net.ipv4.nosuchkey
sysctl -w net.ipv4.nosuchkey=1
sysctl -e -w net.ipv4.nosuchkey=1
sysctl -w net.ipv4.ip_forward=abc
sysctl -w net.ipv4.ip_forward=
sysctl -w net.ipv4.ip_forward
sysctl -w net.ipv4.conf.all.rp_filter=7
sysctl -w net.ipv6.conf.all.disable_ipv6=2
sysctl -w net.ipv4.ip_local_port_range='30000 20000'
sysctl net.ipv4.conf.nosuchdev.forwarding
sysctl -w net.ipv4.conf.nosuchdev.forwarding=1
sysctl net.ipv4.conf
sysctl -w net.ipv4.conf=1
sysctl net.ipv4.ip_forward net.ipv4.nosuchkey net.ipv4.conf.lo.forwarding
sysctl
sysctl -z
sysctl net..ipv4
sysctl ''

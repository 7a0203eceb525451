# ip tuntap: persistent tun and tap devices as `ip tuntap add` makes them,
# how ip link shows them (tun: link/none, point-to-point, qlen 500), and
# `ip tuntap show` (sysfs tun_flags, owner, group). No process ever attaches
# in a lab, so the carrier stays off: NO-CARRIER, state DOWN once up.
# (ip -d tuntap show globs /proc/*/fd: processes of the recorder come and go
# meanwhile, so its -d form is checked by test/kinds.test.ts instead.)
ip tuntap add t0 mode tun
ip tuntap add t1 mode tap
ip tuntap add dev t2 mode tap user 0 group 0 one_queue pi vnet_hdr
ip tuntap add t3 mode tun multi_queue
ip tuntap add t4 mode tun user root group nogroup
ip tuntap add t5 mode tap user nobody group daemon
ip tuntap add t6 mode tun user 65534 group 1
ip tuntap add mode tun
ip tuntap add mode tap
ip link
ip -d link show
ip -d -j link show
ip -br link
ip -br -j link
ip tuntap
ip tuntap show
ip tuntap list
ip tuntap lst
ip tuntap l
ip tuntap s
ip -j tuntap show
ip -j -p tuntap show
ip tap
ip tuntap show dev t2
ip link show type tun
ip link set t0 up
ip link set t1 up
ip link set t3 up
ip link show
ip -s -s link show t0
ip addr add 10.0.0.1/24 dev t0
ip addr add 10.0.1.1 peer 10.0.1.2 dev t0
ip addr add 2001:db8::1/64 dev t1
ip addr
ip route
ip -6 route
ip link set t0 down
ip link show t0

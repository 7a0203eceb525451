# ip route get ... iif: source validation (fib_validate_source()) with
# rp_filter strict and loose, accept_local, a local source, and what each
# failure answers (EINVAL since Linux 6.13; 6.1 said EXDEV for rp_filter).
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 198.51.100.1/24 dev veth2
ip route add 10.5.0.0/16 via 198.51.100.2
ip route get 198.51.100.1 from 198.51.100.9 iif veth0
ip route get 198.51.100.1 from 192.0.2.1 iif veth0
sysctl -w net.ipv4.conf.veth0.rp_filter=1
ip route get 198.51.100.1 from 198.51.100.9 iif veth0
ip route get 198.51.100.1 from 192.0.2.9 iif veth0
ip route get 198.51.100.1 from 10.5.1.1 iif veth0
ip route get 198.51.100.1 from 10.9.9.9 iif veth0
sysctl -w net.ipv4.ip_forward=1
ip route get 10.5.1.1 from 198.51.100.9 iif veth0
ip route get 10.5.1.1 from 192.0.2.9 iif veth0
ip route get 10.9.9.9 from 192.0.2.9 iif veth0
sysctl -w net.ipv4.conf.veth0.rp_filter=2
ip route get 198.51.100.1 from 10.5.1.1 iif veth0
ip route get 198.51.100.1 from 10.9.9.9 iif veth0
ip route get 10.5.1.1 from 10.9.9.9 iif veth0
sysctl -w net.ipv4.conf.all.rp_filter=1
ip route get 198.51.100.1 from 10.5.1.1 iif veth0
sysctl -w net.ipv4.conf.veth0.rp_filter=0
sysctl -w net.ipv4.conf.all.rp_filter=0
ip route get 198.51.100.1 from 198.51.100.1 iif veth0
sysctl -w net.ipv4.conf.veth0.accept_local=1
ip route get 198.51.100.1 from 198.51.100.1 iif veth0
ip route get 198.51.100.1 from 10.5.1.1 iif veth0 uid 7

# ip tuntap: parse errors, the TUNSETIFF answers (an existing name is busy,
# deleting needs the same type and queue mode), delete of a missing device
# (created and destroyed again: its ifindex is used up), and what ip link
# refuses for tun devices.
ip tuntap add t0 mode tun
ip tuntap add t1 mode tap multi_queue
ip link add br0 type bridge
ip link add veth0 type veth peer name veth1
ip tuntap add t9
ip tuntap add t9 mode foo
ip tuntap add t9 mode tun mode tap
ip tuntap add t9 mode tap mode tun
ip tuntap add t9 mode
ip tuntap add t9 mode tun user nosuchuser
ip tuntap add t9 mode tun group nosuchgroup
ip tuntap add t9 t8 mode tun
ip tuntap add t9 mode tun foo
ip tuntap add t9 mode tun name t8
ip tuntap add t9 mode tun persist
ip tuntap add aaaaaaaaaaaaaaaaaaaaaa mode tun
ip tuntap add dev aaaaaaaaaaaaaaaaaaaaaa mode tun
ip tuntap add name
ip tuntap add help
ip tuntap add dev t9
ip tuntap add t0 mode tun
ip tuntap add t0 mode tap
ip tuntap add veth0 mode tap
ip tuntap add br0 mode tun
ip tuntap add lo mode tun
ip tuntap help
ip tuntap foo
ip tuntap del t0
ip tuntap del t0 mode tap
ip tuntap del t1 mode tap
ip tuntap del br0 mode tun
ip tuntap del veth0 mode tap
ip tuntap del lo mode tun
ip tuntap del t0 mode tun user 0
ip tuntap del nosuch mode tun
ip tuntap del mode tap
ip tuntap add t7 mode tun user 1 user 2
ip tuntap add t8 mode tun dev t9
ip tuntap a t10 mode tun
ip tuntap d t10 mode tun
ip tuntap add t11 m tu p o v mu
ip -br link
ip tuntap show
ip tuntap del t1 mode tap multi_queue
ip tuntap del t0 mode tun pi vnet_hdr
ip link add t12 type tun
ip link add t12 type tap
ip link add t12 type tun foo
ip link add t7 type tun
ip link set t7 type tun
ip link set t7 type tun foo bar
ip link set t7 address 02:00:00:00:00:01
ip link set t7 arp on
ip link set t7 mtu 65535
ip link set t7 mtu 67
ip link set t7 master br0
ip tuntap add t13 mode tap
ip link set t13 master br0
ip link set t13 mtu 65521
ip link set t13 mtu 65522
ip link set t13 address 02:00:00:00:00:13
ip -br link
ip link del t7
ip link del t13
ip -br link show type tun
ip link help tun

# ip link set: mtu, address, alias, txqlen, rename, group, flags.
ip link add veth0 type veth peer name veth1
ip link set veth0 mtu 9000
ip link set veth0 mtu 67
ip link set veth0 mtu 65536
ip link set veth0 mtu 68
ip link set veth0 mtu abc
ip link set veth0 address 02:11:22:33:44:55
ip link set veth0 address 02:11:22:33:44
ip link set veth0 address zz:11:22:33:44:55
ip link set veth0 address ff:ff:ff:ff:ff:ff
ip link set veth0 alias "uplink port"
ip link set veth0 txqueuelen 500
ip link set veth0 qlen 100
ip link set veth0 txqlen 0
ip link show veth0
ip -j link show veth0
ip link set veth0 name eth0
ip link show eth0
ip link set eth0 name veth1
ip link set eth0 name averyveryverylongname
ip link set eth0 group 5
ip link show group 5
ip link set eth0 arp off
ip link set eth0 multicast off
ip link set eth0 promisc on
ip link set eth0 allmulticast on
ip link show eth0
ip -d link show eth0
ip link set eth0 arp on multicast on promisc off allmulticast off
ip link set eth0 up
ip link set eth0 name eth1
ip link set eth0 down
ip link set eth0 alias ""
ip link show eth0
ip link set lo mtu 1000
ip link set lo mtu 70000
ip link show lo
ip link set nosuch up
ip link set dev nosuch up
ip link set eth0 arp maybe

# ip link set corner cases: repeated words, kind checks, addrgenmode, arp/multicast flags.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up down
ip -br link show veth0
ip link set veth0 mtu 1500 mtu 1400
ip link set veth0 name a name b
ip link set veth0 type bridge
ip link set veth0 type veth
ip link del veth0 type bridge
ip link set veth0 nomaster
ip link set veth0 master veth0
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode random
ip -d link show veth0
ip link set veth0 up
ip link set veth1 up
ip -6 addr
ip link set veth0 down
ip link set veth0 addrgenmode eui64
ip link set veth0 up
ip -6 addr show veth0
ip link set veth0 addrgenmode bogus
ip link set lo address 02:00:00:00:00:05
ip link set veth0 multicast off arp off
ip -br link show veth0
ip link set veth0 dynamic on trailers off
ip link show veth0
ip link set veth0 carrier off
ip link set veth0 txqueuelen abc
ip link set veth0 numtxqueues 4
ip link add veth2 numtxqueues 4 numrxqueues 3 type veth peer name veth3
ip -d link show veth2
ip -d link show veth3
ip link set veth0 gso_max_size 30000 gso_max_segs 100 gro_max_size 40000
ip -d link show veth0

# ip link set flags and attributes a lab types, and the filters of ip link show.
ip link add veth0 type veth peer name veth1
ip link add br0 type bridge
ip link set veth0 arp off
ip link set veth0 multicast off
ip link set veth0 allmulticast on
ip link set veth0 promisc on
ip link set veth0 dynamic on
ip link set veth0 trailers on
ip link show veth0
ip -d link show veth0
ip link set veth0 arp on multicast on allmulticast off promisc off dynamic off trailers off
ip link show veth0
ip link set veth0 arp maybe
ip link set veth0 promisc
ip link set veth0 carrier on
ip link set veth0 carrier off
ip link set br0 carrier on
ip link set veth0 protodown on
ip link set veth0 protodown off
ip link set veth0 protodown maybe
ip link set br0 protodown on
ip link set lo protodown on mtu 1000
ip link show lo
ip link set veth0 group 7
ip link set veth1 group 7
ip link show group 7
ip -br link show group 7
ip link set group 7 mtu 1500 txqlen 900
ip link set group 7 up
ip -br link
ip link show up
ip link show type veth
ip link show type bridge
ip link show type bridge_slave
ip link set veth0 master br0
ip link show master br0
ip link show nomaster
ip link show type bridge_slave
ip -br link show vrf br0
ip link set veth0 txqueuelen 500
ip link set veth0 txqlen 600
ip link set veth0 qlen 700
ip link show veth0
ip link set veth0 name eth0 alias uplink
ip link show eth0
ip link set eth0 alias ''
ip link show eth0
ip link set eth0 address 02:00:00:00:00:01 broadcast 02:ff:ff:ff:ff:ff
ip link show eth0
ip link set eth0 addrgenmode none
ip -d link show eth0
ip link add s0 type veth peer name s1
ip -s link show s0
ip -s -s link show s0
ip -s -s -j link show s0
ip -h -s -s link show s1
ip -o link show eth0
ip -o -s link show s0
ip -ts link show lo
ip -t -o link show lo
ip link set eth0 netns 99999
ip link set eth0 nomaster
ip link del br0
ip link set eth0 down
ip link show eth0
ip link set veth0 carrier o
ip link set veth0 carrier maybe
ip link set veth0 carrier 
ip link set veth0 protodown of

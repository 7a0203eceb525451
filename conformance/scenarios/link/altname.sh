# Alternative names: ip link property add|del, shown by ip link/addr, usable as the device name.
ip link add veth0 type veth peer name veth1
ip link property add dev veth0 altname uplink
ip link show veth0
ip link show uplink
ip link set uplink mtu 1400
ip -j link show veth0
ip link property add dev veth1 altname uplink
ip link property add dev veth0 altname veth1
ip link property del dev veth0 altname uplink
ip link show veth0
ip link property del dev veth0 altname uplink
ip link property add dev veth0 altname uplink altname up2
ip addr show veth0
ip -o link show veth0
ip -br link show uplink
ip -d link show up2
ip addr add 10.0.0.1/24 dev uplink
ip -4 addr show dev uplink
ip -j addr show up2
ip link set up2 alias the-uplink
ip link show veth0
ip -s link show veth0
ip link property add dev veth0 altname 'a b'
ip link property add dev veth0 altname a/b
ip link property add dev veth0 altname ''
ip link property add dev veth0 altname veth0
ip link property add dev veth0
ip link property add altname x1
ip link property add dev nosuch altname x1
ip link property add dev veth0 dev veth1
ip link property add dev veth0 altname
ip link property
ip link property foo
ip link property help
ip link property del dev veth0 altname nosuch
ip link property del dev veth0 altname veth0
ip link property del dev veth1 altname uplink
ip link prop add dev veth1 alt peerlink
ip link add uplink type veth
ip link add name z1 type veth peer name up2
ip link set veth1 name up2
ip link set veth1 name newname
ip link show peerlink
ip link set peerlink name peerlink
ip link show peerlink
ip link property add dev veth0 altname y1 altname y2 altname y1 altname y3
ip link show veth0
ip link property del dev veth0 altname y1 altname nosuch altname y2
ip link show veth0
ip link property add dev veth0 altname ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc
ip link property add dev veth0 altname bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
ip link property add dev veth0 altname y4 altname bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
ip link show ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc
ip link property add dev lo altname loopback
ip link show loopback
ip route add 10.9.0.0/16 dev loopback
ip link set loopback up
ip route add 10.9.0.0/16 dev loopback
ip route show dev loopback
ip neigh add 10.9.0.1 lladdr 02:00:00:00:00:01 dev loopback
ip netns add ns1
ip netns add ns2
ip -n ns1 link add y4 type veth peer name y5
ip link set y2 netns ns1
ip -n ns1 link property del dev y4 altname y4
ip -n ns1 link del y4
ip link set y2 netns ns1
ip -n ns1 link show y2
ip -n ns1 link set veth0 name renamed
ip -n ns1 link show up2
ip -n ns2 link add y6 type veth
ip -n ns1 link set up2 netns ns2 name y6
ip -n ns1 link set up2 netns ns2 name y7
ip -n ns2 link show y7
ip -n ns2 -br link
ip link add sameid type veth peer name y4peer
ip link property add dev sameid altname y4
ip link show y4
ip link del y4
ip link show
ip -n ns2 link del uplink
ip link show

# Objects and commands abbreviated as iproute2 resolves them.
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip addr add 10.0.0.1/24 dev veth0
ip a
ip ad
ip addr
ip addre
ip address
ip addresss
ip a s
ip a sh dev veth0
ip a l
ip l
ip li
ip l sh
ip l s veth0 up
ip l ls
ip lin lst
ip r
ip ro
ip r s table all
ip netn
ip netns l
ip netns s
ip -br a
ip -b a
ip -j l sh lo
ip -4 a
ip -6 a
ip l sh dev veth1

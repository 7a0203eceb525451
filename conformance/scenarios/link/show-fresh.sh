# A fresh namespace: only lo, down; every output form of ip link / ip addr.
ip link
ip l
ip link show
ip link list
ip link lst
ip link show lo
ip link show dev lo
ip link show nosuch
ip link show dev nosuch
ip -d link
ip -s link
ip -s -s link
ip -j link
ip -j -p link
ip -j -d link show lo
ip -j -s link
ip -br link
ip -br -j link
ip -o link
ip -o -d link
ip -c link
ip -c -br link
ip addr
ip a
ip address show
ip -br addr
ip -o addr
ip -j addr
ip -4 addr
ip -6 addr
ip -s addr
ip -d addr
ip link show up
ip addr show up

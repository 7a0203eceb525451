# ip route get ... connected: iproute2 prints the answer, then (with a
# source in it) asks again and prints the second answer; without "from"
# only. A route whose answer has no source fails to "connect".
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link add veth2 address 02:00:00:00:00:03 type veth peer name veth3 address 02:00:00:00:00:04
ip link set veth0 addrgenmode none
ip link set veth1 addrgenmode none
ip link set veth2 addrgenmode none
ip link set veth3 addrgenmode none
ip link set veth0 up
ip link set veth1 up
ip link set veth2 up
ip link set veth3 up
ip addr add 192.0.2.1/24 dev veth0
ip addr add 2001:db8::1/64 dev veth0 nodad
ip route add 10.0.0.0/8 via 192.0.2.2
ip route add 10.1.0.0/16 dev veth2
ip route add 10.2.0.0/16 via 192.0.2.3 src 192.0.2.1
ip route add blackhole 10.3.0.0/16
ip -6 route add 2001:db8:5::/48 via 2001:db8::2
ip route get 10.0.0.1 connected
ip route get 10.1.0.1 connected
ip route get 10.2.0.1 connected
ip route get 10.3.0.1 connected
ip route get 10.0.0.1 from 192.0.2.1 connected
ip route get 10.0.0.1 connected oif veth0
ip route get 10.9.9.9 connected oif veth2
ip route get 192.0.2.1 connected
ip route get 127.0.0.1 connected
ip route get 10.0.0.1 conn
ip route get connected 10.0.0.1 mark 7
ip route get fibmatch 10.0.0.1 connected
ip -j route get 10.0.0.1 connected
ip -j -p route get 10.0.0.1 connected
ip -j route get 10.1.0.1 connected
ip -6 route get 2001:db8:5::1 connected
ip -6 route get 2001:db8::9 connected
ip -6 route get 2001:db8:7::1 connected
ip route get 10.0.0.1 iif veth0 connected
ip route get 10.0.0.1 iif veth0 from 198.51.100.9 connected
ip -o route get 10.0.0.1 connected
ip route get fibmatch 10.2.0.1 connected
ip -j route get fibmatch 10.0.0.1 connected
ip -j -p route get fibmatch 10.0.0.1 connected
ip -6 route get fibmatch 2001:db8:5::1 connected
ip -batch - <<'X'
route get 10.0.0.1 connected
route get fibmatch 10.0.0.1 connected
route get 10.1.0.1 connected
X

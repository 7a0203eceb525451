# ip -r/-resolve: addresses through gethostbyaddr(), i.e. the hosts table
# (/etc/hosts of the recording host: "127.0.0.1 localhost", nothing for ::1);
# nothing else resolves in a fresh namespace (no route to any name server).
ip -r addr show lo
ip link set lo up
ip -r addr show lo
ip -resolve -br addr show lo
ip -r -j addr show lo
ip -r -o -4 addr show lo
ip link add veth0 type veth peer name veth1
ip addr add 10.0.0.1/24 dev veth0
ip addr add 127.0.0.1 peer 127.0.0.1/32 dev veth1
ip addr add 10.0.0.2/24 brd 127.0.0.1 dev veth1
ip -r addr show veth1
ip -r route show table local
ip -r route show table all type local
ip -r -6 route show table local
ip -r route get 127.0.0.1
ip -r route get 127.0.0.1 from 127.0.0.1
ip link set veth0 up
ip route add 127.0.0.1 dev veth0 table 7
ip -r route show
ip -r route show table 7
ip -r -j route show table 7
ip rule add from 127.0.0.1 to 127.0.0.1 table 7
ip -r rule show
ip neigh add 127.0.0.1 lladdr 02:00:00:00:00:01 dev veth0
ip neigh add 10.0.0.9 lladdr 02:00:00:00:00:09 dev veth0
ip -r neigh show dev veth0
ip -r -j neigh show dev veth0
ip -r link show lo
ip -r -4 -o addr
ip -r addr flush dev veth1
ip -r -s -s addr flush dev veth0
ip -r -echo addr add 127.0.0.1/8 dev veth0
ip link set veth1 up
ip addr del 127.0.0.1/8 dev lo
ip addr del 127.0.0.1/8 dev veth0
ip route add 10.9.0.0/16 via 127.0.0.1 dev veth0 onlink
ip route add 10.8.0.0/16 nexthop via 127.0.0.1 dev veth0 onlink nexthop via 10.0.0.7 dev veth0 onlink
ip -r route show
ip -r -j route show
ip -r route get 10.9.0.1
ip -r -6 addr show lo

# ip neigh: static entries, states, proxies, show filters, flush, get, errors.
ip link set lo up
ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
ip link set veth0 up
ip link set veth1 up
ip addr add 192.0.2.1/24 dev veth0
ip neigh
ip neigh add 192.0.2.2 lladdr 02:00:00:00:00:99 dev veth0
ip neigh add 192.0.2.2 lladdr 02:00:00:00:00:99 dev veth0
ip neigh add 192.0.2.3 lladdr 02:00:00:00:00:98 dev veth0 nud reachable
ip neigh add 192.0.2.4 dev veth0 nud noarp lladdr 02:00:00:00:00:97
ip neigh add 192.0.2.5 dev veth0 nud stale lladdr 02:00:00:00:00:96
ip neigh add 192.0.2.6 dev veth0 nud failed
ip neigh add 192.0.2.7 dev veth0
ip neigh add 192.0.2.8 lladdr 02:00:00:00:00:95 dev veth0 router
ip neigh add 2001:db8::2 lladdr 02:00:00:00:00:94 dev veth0
ip neigh add 10.0.0.1 lladdr 02:00:00:00:00:93 dev veth1
ip neigh add 192.0.2.9 lladdr zz dev veth0
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:92
ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:92 dev nosuch
ip neigh add proxy 192.0.2.50 dev veth0
ip neigh
ip -4 neigh
ip -6 neigh
ip neigh show dev veth0
ip neigh show nud permanent
ip neigh show 192.0.2.2
ip -j neigh show 192.0.2.2
ip neigh show proxy
ip neigh replace 192.0.2.2 lladdr 02:00:00:00:00:aa dev veth0
ip neigh change 192.0.2.2 lladdr 02:00:00:00:00:bb dev veth0 nud stale
ip neigh change 192.0.2.99 lladdr 02:00:00:00:00:bb dev veth0
ip neigh show 192.0.2.2
ip neigh del 192.0.2.2 dev veth0
ip neigh del 192.0.2.2 dev veth0
ip neigh del 192.0.2.2
ip neigh get 192.0.2.3 dev veth0
ip neigh flush dev veth0
ip neigh
ip neigh flush all
ip neigh
# iplab-differs: -s shows seconds of wall time since use/confirm/update; iplab's clock does not move
ip -s neigh
# iplab-differs: the kernel also holds NOARP entries for the IPv6 multicast groups it sent MLD, router solicitation and DAD packets to; iplab sends no packets
ip neigh show nud all
# iplab-differs: as above (multicast NOARP entries from packets the kernel sent)
ip neigh show nud noarp
ip neigh add 192.0.2.20 lladdr 02:00:00:00:00:20 dev veth0 nud foo
ip neigh add 192.0.2.21 lladdr 2:0:0:0:0:21 dev veth0
ip neigh add 192.0.2.22 lladdr 02:00:00:00:00:22 dev veth0 protocol static
ip -j neigh
ip neigh show to 192.0.2.0/24
ip neigh show 192.0.2.21
ip neigh flush
ip neigh foo
ip neigh del proxy 192.0.2.50 dev veth0
ip neigh show proxy
ip -s neigh flush nud permanent
ip neigh

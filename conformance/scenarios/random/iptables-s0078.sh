# Random iptables/ip6tables rule set, seed 78 (conformance/generators/iptables.ts)
iptables -A OUTPUT -p tcp -m statistic --mode random --probability 0.1 -j REJECT
iptables -t filter -A INPUT -i docker0 -p icmp -m comment --comment docker -j ACCEPT
iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [5:309]
:RCHAIN - [0:0]
-A FORWARD -s 127.253.103.29 -d 127.198.120.41/30 -o cni0 -p sctp -m mark --mark 0x10/0xf0 -m comment --comment docker -j ACCEPT
COMMIT
EOF
iptables -t filter -A FORWARD -i docker0 -p icmp -j DROP
iptables -t filter -D FORWARD 4
iptables -D INPUT -p tcp -j NFLOG --nflog-group 1
iptables -t nat -A POSTROUTING -p tcp ! --sport 1024 -m statistic --mode nth --every 2 --packet 1
ip6tables -t mangle -N DOCKER
ip6tables -R INPUT 2 -p tcp -j LOG --log-prefix "IN: "
ip6tables -P FORWARD DROP
ip6tables -L -v
ip6tables -A INPUT -s ::1 -i br0 -p all -j ACCEPT
ip6tables -t mangle -I INPUT 2 ! -d fd00:: -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j DOCKER
ip6tables -t raw -A OUTPUT -o cni0 -j LOG
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [1:935]
:KUBE-SERVICES - [0:0]
-A PREROUTING ! -d 2001:db8:1::1 -p tcp
-A PREROUTING -d fd00:a:b::
-A OUTPUT -p udp -j TRACE
[2:411] -A PREROUTING -s 2001:db8:1::1/32 -p tcp -m addrtype ! --dst-type UNICAST -j CT --zone-orig 2
COMMIT
EOF
iptables -t raw -A OUTPUT -p 47 -m limit --limit 5/min --limit-burst 5 -m owner ! --uid-owner 65534 -j CONNMARK --restore-mark
iptables -t filter -A FORWARD ! -o eth+ -p 47 -m mac --mac-source 02:00:00:00:00:20 -m limit --limit 3/s -j RETURN
iptables -t mangle -C PREROUTING -s 10.75.77.73 -d 198.45.180.209/16 -m pkttype --pkt-type unicast -m state ! --state INVALID -j DROP
iptables -nvL
iptables -A INPUT -p tcp -m comment --comment "kubernetes service portals"
iptables -t mangle -S -v
ip6tables -A INPUT -p tcp -j DROP
ip6tables -t filter -A FORWARD ! -d 2001:db8::/48 -o eth1 -p tcp -m hl --hl-gt 81 -j MARK --set-mark 0x1
ip6tables-save
ip6tables -t security -A FORWARD ! -s ::1 -d 2001:db8:1::1 -m mac --mac-source 02:00:00:00:00:22 -m addrtype --dst-type LOCAL -j CONNMARK --restore-mark --mask 0xff
iptables -t raw -I OUTPUT -d 198.202.199.150 -p tcp --tcp-flags FIN,ACK FIN -m physdev --physdev-is-bridged -j TRACE
iptables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER -d 127.123.196.245/0 -p tcp -m owner --uid-owner 65534 -m statistic --mode nth --every 10 --packet 1 -j RETURN
-A DOCKER -s 127.70.194.166 -d 192.132.227.127/30 -i eth0 -j ACCEPT
-A INPUT -p tcp
-A DOCKER ! -d 198.127.84.170/24 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
ip6tables -t filter -A FORWARD -s 2001:db8:: -p ipv6-icmp -m conntrack --ctstate INVALID -m physdev --physdev-out eth+ -j REJECT --reject-with tcp-reset
ip6tables -t filter -A NOPE ! -o eth1 -j ACCEPT
ip6tables-save
ip6tables -A INPUT -d fe80::1 -i docker0 ! -p tcp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m length --length 1500 -j TRACE
ip6tables -D FORWARD 1
ip6tables -t security -F
ip6tables -t nat -A POSTROUTING -m addrtype --dst-type BROADCAST -m pkttype --pkt-type unicast -j ACCEPT
ip6tables -A OUTPUT -d 2001:db8::/64 -o eth+ -p all -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t mangle -A POSTROUTING -p tcp --syn -j MARK --set-xmark 0x4000/0x4000
ip6tables -t raw -A PREROUTING ! -d fe80::1/48 -m addrtype --src-type LOCAL -j LOG
iptables -t nat -L -v
iptables -t filter -A NOPE -s 172.209.90.61 -m comment --comment "kubernetes service portals" -j TRACE
iptables -t nat -A NOPE ! -d 127.4.116.141/8 -p icmp -m addrtype --src-type UNICAST -j DNAT --to-destination 172.17.0.2
iptables -t nat -D OUTPUT 4
iptables -t security -X
iptables -t nat -L
iptables -P INPUT ACCEPT
ip6tables -t raw -Z KUBE-SERVICES
ip6tables -t raw -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t raw -A PREROUTING -s 198.106.99.185/24 ! -i docker0
iptables -t mangle -E RCHAIN RCHAIN-2
iptables -A OUTPUT -d 192.88.5.138 -m addrtype --src-type LOCAL -j CONNMARK --set-mark 0x2
iptables -t mangle -I FORWARD 3 -j RCHAIN-2
ip6tables -t security -A OUTPUT -o docker0 -p tcp -j DROP
ip6tables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [1:728]
:DOCKER - [0:0]
[4:35] -A POSTROUTING -p ipv6-icmp -j TRACE
COMMIT
EOF
iptables-restore <<'EOF'
*raw
:PREROUTING DROP [1:782]
:DOCKER - [0:0]
-A OUTPUT -d 172.44.238.163 -m addrtype --src-type UNICAST -j LOG --log-prefix "x y"
COMMIT
EOF
iptables -t raw -X DOCKER
iptables -A OUTPUT -o cni0
iptables -A OUTPUT -s 127.168.217.141/16 -p udp -g DOCKER
iptables -t security -S -v
iptables -t nat -A INPUT -p udp -m statistic --mode nth --every 10 --packet 1 -j DROP
iptables -t filter -L FORWARD
ip6tables -Z
iptables -A OUTPUT ! -o cni0 -p all -m addrtype --dst-type UNICAST -m addrtype --src-type UNICAST -j ACCEPT
iptables -A DOCKER -m addrtype --src-type UNICAST
iptables -t nat -A POSTROUTING -p sctp -j CONNMARK --restore-mark --mask 0xff
iptables -A FORWARD -p icmp -m connmark --mark 5/0xff -g DOCKER
iptables -A DOCKER -o eth1 -m physdev --physdev-out eth+ -j DOCKER
iptables -L -n -v
iptables -t security -A FORWARD -p all -m limit --limit 5/min --limit-burst 20 -m comment --comment "kubernetes service portals" -j RETURN
iptables -D OUTPUT -m pkttype --pkt-type multicast -j DOCKER
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [7:666]
:KUBE-SERVICES - [0:0]
-A INPUT -m iprange --dst-range 10.0.0.1-10.0.0.71 -j RETURN
-A KUBE-SERVICES ! -o eth1 -j KUBE-SERVICES
-A OUTPUT -s 192.216.131.48 -d 172.101.133.221/30 -m statistic --mode random --probability 1 -m statistic --mode nth --every 10 --packet 1 -j DNAT --to-destination 192.0.2.1-192.0.2.9
COMMIT
EOF
iptables -t security -L -x -v -n
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 50 (conformance/generators/iptables.ts)
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:673]
:RCHAIN - [0:0]
-A INPUT -i veth+ -p udp -m owner --uid-owner 65534
COMMIT
EOF
ip6tables -t raw -L -n --line-numbers
iptables -t security -R INPUT 2 -d 198.13.144.37/12 -i br0 -p icmp --icmp-type destination-unreachable -m connmark ! --mark 0x1 -j LOG --log-prefix "drop" --log-level info
iptables -A OUTPUT ! -d 192.145.180.41/32 ! -o eth1 -j LOG --log-prefix "drop" --log-level 4
ip6tables -t filter -I INPUT 1 ! -s 2001:db8:: -d ::1 -i br0 -p ipv6-icmp -m hl --hl-eq 225
ip6tables -t mangle -A NOPE -d ::1 -o cni0 -p tcp --syn -m conntrack --ctstate UNTRACKED
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [5:985]
:KUBE-SERVICES - [0:0]
[1:410] -A OUTPUT -s fd00:: -p all -j LOG --log-prefix "IN: "
[0:250] -A PREROUTING ! -s fd00::/64 -i eth0 -p all
-A PREROUTING -i veth+ -p sctp -g KUBE-SERVICES
COMMIT
EOF
ip6tables -t mangle -A OUTPUT -p udp -m state --state ESTABLISHED,RELATED -j ACCEPT
ip6tables -t security -P INPUT DROP
ip6tables -A RCHAIN ! -o cni0 -m comment --comment "kubernetes service portals" -m addrtype --dst-type MULTICAST -j RETURN
ip6tables -t raw -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t mangle -A PREROUTING -s fe80::1/64 -p tcp -m limit --limit 3/s
iptables -A INPUT -i br0 -p all
iptables-save
iptables -t filter -A OUTPUT -d 10.180.88.215 -p sctp -j DROP
iptables -t filter -nvL
iptables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -s 192.200.42.11 -i br0 -p tcp -j REJECT
-A DOCKER ! -o cni0 -p tcp -m addrtype --dst-type LOCAL -m limit --limit 5/min -j DOCKER
COMMIT
EOF
iptables -t filter -P FORWARD RETURN
iptables -t mangle -A OUTPUT -p all -j CONNMARK --set-mark 0x2
iptables -A INPUT ! -s 198.67.117.116/0 -d 10.225.49.34 -p sctp -m mac --mac-source 02:00:00:00:00:66 -j NFLOG --nflog-group 2
iptables -t filter -R OUTPUT 1 -d 192.107.164.111 -o eth1 -m statistic --mode nth --every 10 --packet 0 -g DOCKER
iptables -t filter -A OUTPUT ! -o docker0 -m comment --comment docker -j DROP
iptables -t nat -F
iptables-save
iptables -t nat -A PREROUTING -p 47 -m addrtype --src-type LOCAL -j MASQUERADE
iptables-save
iptables -t security -X
iptables -t raw -D PREROUTING 4
iptables -t nat -F
ip6tables -t mangle -A PREROUTING ! -i br0 -m physdev --physdev-out eth+ -m state --state INVALID -j DROP
ip6tables -t filter -I OUTPUT 1 -p tcp --syn -j DROP
ip6tables -t mangle -L -x -v -n
ip6tables -t raw -L -n --line-numbers
ip6tables -t nat -A POSTROUTING ! -o eth1 -p 47 -j DROP
ip6tables -t nat -D INPUT 4
ip6tables-save -c
ip6tables -A INPUT -p tcp -m multiport --ports 53 -j RCHAIN
ip6tables -t nat -N f2b-sshd
ip6tables -t security -C OUTPUT -d fd00::/127 -o eth1 -m statistic --mode random --probability 0.5 -m state --state ESTABLISHED,RELATED -j RETURN
iptables -E DOCKER DOCKER-2
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:584]
:RCHAIN - [0:0]
[1:97] -A FORWARD -i lo -m pkttype --pkt-type multicast -m connmark --mark 0x1 -g RCHAIN
COMMIT
EOF
ip6tables -t security -L -n --line-numbers
ip6tables -t security -N LOGDROP
ip6tables -t mangle -N KUBE-SVC-ABC
ip6tables -t nat -E f2b-sshd f2b-sshd-2
ip6tables -t raw -N DOCKER
iptables -A INPUT -j DOCKER-2
ip6tables-save -c
ip6tables -F RCHAIN
ip6tables -t raw -A KUBE-SERVICES-2 -j NFLOG --nflog-group 2
ip6tables -t mangle -F KUBE-SVC-ABC
ip6tables -t raw -D OUTPUT 3
ip6tables -t raw -A NOPE -s 2001:db8:1::1/64 -i eth0 -o eth1 -p tcp -j CONNMARK --restore-mark --mask 0xff
ip6tables -I RCHAIN 1 -o eth1 -p tcp -j RCHAIN
ip6tables-save -t filter
ip6tables-save -c
ip6tables -P FOO RETURN
iptables -E DOCKER-2 DOCKER-2-2
ip6tables -t security -S -v
ip6tables -A OUTPUT -d fd00:a:b::/64 -m comment --comment "kubernetes service portals" -m hl --hl-eq 0 -j LOG
iptables-save
ip6tables-save

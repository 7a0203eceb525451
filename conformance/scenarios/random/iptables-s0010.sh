# Random iptables/ip6tables rule set, seed 10 (conformance/generators/iptables.ts)
iptables -D INPUT -i br0 -m connmark --mark 5/0xff -j REJECT --reject-with icmp-host-prohibited
iptables -t raw -R OUTPUT 3 -s 172.96.116.203/0 -d 127.127.124.20/32 -p all -m state --state ESTABLISHED,RELATED -m pkttype --pkt-type multicast -j ACCEPT
iptables -t security -A OUTPUT ! -o cni0 -m iprange --dst-range 10.0.0.1-10.0.0.197 -m state --state INVALID -j LOG
iptables -Z
iptables -t raw -D OUTPUT 2
iptables-save
iptables -t mangle -I POSTROUTING -m pkttype --pkt-type multicast -m comment --comment "kubernetes service portals" -j TRACE
iptables -t nat -S PREROUTING
iptables -t security -L
iptables -t nat -N DOCKER
iptables-restore --noflush -c <<'EOF'
*nat
:PREROUTING DROP [6:570]
:RCHAIN - [0:0]
-A PREROUTING -p icmp -m addrtype --src-type LOCAL -m state ! --state ESTABLISHED,RELATED -j SNAT --to-source 192.0.2.1-192.0.2.9 --random-fully
-A OUTPUT -s 198.49.200.53/30 ! -o cni0 -p 47 -m statistic --mode random --probability 1 -j LOG --log-prefix "IN: " --log-level debug
[1:395] -A INPUT ! -d 10.21.155.150/8 ! -i docker0 -p udp -m limit --limit 3/s --limit-burst 5 -m length --length 0:64 -j LOG --log-prefix "x y" --log-level 4
COMMIT
EOF
ip6tables -t nat -A POSTROUTING -j MASQUERADE
ip6tables -I INPUT -i br0 -p all -m physdev --physdev-out eth+ -m length --length 0:64 -j LOG --log-level 4
ip6tables -t filter -I OUTPUT 1 -p 47 -m connmark --mark 5/0xff -m limit --limit 3/s --limit-burst 5 -j NFLOG --nflog-group 4
ip6tables -A OUTPUT -d fd00:a:b:: -j REDIRECT
ip6tables -A INPUT -s fd00:a:b:: -p udp -m pkttype --pkt-type unicast -j RETURN
ip6tables -t security -P INPUT RETURN
iptables -t filter -D INPUT ! -d 127.74.210.34/8 -i eth0 -j MARK --set-mark 5/0xff
iptables -t filter -N KUBE-SEP-XYZ
iptables -D OUTPUT -o docker0 -p icmp -j TRACE
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:296]
:KUBE-SERVICES - [0:0]
-A FORWARD -o eth1 -p sctp -m physdev --physdev-is-bridged -j KUBE-SERVICES
-A KUBE-SERVICES -p udp -m iprange ! --dst-range 10.0.0.1-10.0.0.36 -m connmark --mark 0x1 -j KUBE-SERVICES
-A INPUT -j DROP
COMMIT
EOF
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [6:369]
:DOCKER - [0:0]
-A DOCKER -m state --state INVALID -j TRACE
-A OUTPUT -d ::1/64 -p tcp --sport 3000 -j NFLOG --nflog-group 3
-A POSTROUTING ! -d fd00:: -p udp -j TRACE
COMMIT
EOF
ip6tables -t filter -S -v
ip6tables -F
iptables-save -t filter
iptables -A NOPE -p tcp -m statistic --mode nth --every 10 --packet 1 -j REJECT --reject-with icmp-admin-prohibited
ip6tables -t security -P OUTPUT ACCEPT
ip6tables -N f2b-sshd
ip6tables -t filter -A OUTPUT -p all -j CONNMARK --restore-mark
ip6tables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
-A DOCKER -s fe80::1 -i docker0 -m state --state NEW -j NFLOG --nflog-group 4 --nflog-prefix p
[0:420] -A OUTPUT -s fd00:a:b::/32 -p udp -m udp ! --dport 443:1000 -j CONNMARK --save-mark
-A DOCKER ! -d 2001:db8:1::1/48 -m comment --comment docker -j MARK --set-mark 0x1
COMMIT
EOF
ip6tables -t filter -A OUTPUT -p tcp --syn -j ACCEPT
ip6tables -t filter -A FORWARD -i veth+ -o eth+ -p udp -m connmark --mark 0x1 -g f2b-sshd
ip6tables -D INPUT 1
ip6tables -t raw -E DOCKER DOCKER-2
iptables -t security -F
ip6tables-save
ip6tables -t filter -N MYCHAIN
iptables -t raw -A PREROUTING -d 192.179.161.78 -i lo -p tcp -m ttl --ttl-gt 182 -m multiport --ports 53 -j TRACE
iptables -t mangle -I PREROUTING -s 10.98.186.130 -m mark --mark 0x4000/0x4000 -j ACCEPT
ip6tables -A OUTPUT -d 2001:db8:1::1 -m hl --hl-eq 160 -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables-restore --noflush -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -p sctp -m hl --hl-eq 28 -m limit --limit 3/s -j f2b-sshd
-A OUTPUT -p sctp -m connmark ! --mark 5/0xff -m comment --comment x_y-z
-A INPUT -p tcp -m hl --hl-eq 46 -m statistic --mode random --probability 0.1 -j TRACE
-A FORWARD ! -o eth1 -p tcp --syn -m statistic --mode nth --every 3 --packet 1 -j LOG --log-level crit
COMMIT
EOF
ip6tables -X MYCHAIN
ip6tables -A MYCHAIN ! -d fd00::/64 -i docker0 -p ipv6-icmp -g f2b-sshd
ip6tables -L
iptables-save -c
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [7:441]
:RCHAIN - [0:0]
-A POSTROUTING -o eth+ -p tcp --sport 3000 -m state --state INVALID -j LOG --log-prefix "x y"
-A POSTROUTING -p icmp -m conntrack --ctstate INVALID -m statistic --mode random --probability 0.5 -j RCHAIN
COMMIT
EOF
iptables -t raw -F
iptables -t filter -I KUBE-SEP-XYZ -s 172.85.51.77/0 -d 198.158.190.172 -p icmp -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t nat -Z
iptables-save -c
iptables -t filter -D FORWARD -o docker0 -p tcp -j DROP
iptables -L -v
iptables -t mangle -N KUBE-SVC-ABC
iptables -t filter -A INPUT -p tcp -j REJECT
iptables -I OUTPUT 1 -o cni0 -p icmp -j CONNMARK --restore-mark --mask 0xff
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
[3:277] -A FORWARD -m addrtype --src-type LOCAL -j CONNMARK --save-mark
-A OUTPUT -m conntrack --ctstate NEW -j RCHAIN
-A RCHAIN -i br0 -p icmp -m pkttype --pkt-type multicast -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
COMMIT
EOF
iptables -t security -C INPUT -d 192.31.245.171 -p 47 -j TRACE
iptables-save
ip6tables -t filter -D RCHAIN -i docker0 -p 47 -j NFLOG --nflog-group 2
iptables -N DOCKER
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 140 (conformance/generators/iptables.ts)
iptables -t security -A INPUT -d 192.22.56.173 -i docker0 -p tcp -j MARK --set-mark 0x1
iptables -t filter -N MYCHAIN
ip6tables -Z
ip6tables -A FORWARD -c 499 50832 ! -i docker0 -j MARK --xor-mark 0x3
ip6tables -A OUTPUT -s fd00:a:b::/32 -o eth1 -p 47 -m comment --comment docker -j CONNMARK --restore-mark
ip6tables-save -c
iptables -t security -I OUTPUT 4 -s 198.167.13.186/8 -d 127.203.223.246/8 -o eth1 -p all -j LOG --log-level debug
iptables -t nat -A POSTROUTING -p all
iptables -t mangle -S
iptables -A OUTPUT -d 172.144.38.213/24 -p all -m conntrack --ctstate INVALID -j CONNMARK --save-mark
iptables -v -F
iptables -t nat -L INPUT 2 -n -v
iptables -t raw -P OUTPUT DROP
iptables -t raw -A PREROUTING -s 198.252.185.230/8 -p sctp -m iprange ! --dst-range 10.0.0.1-10.0.0.66 -m physdev ! --physdev-is-in
iptables-save
iptables -v -X
ip6tables -t nat -L -v -Z
ip6tables -t raw -N LOGDROP
ip6tables -v -I FORWARD 1 -o docker0 -p sctp -m limit --limit 10/second --limit-burst 5 -j TRACE
ip6tables -t nat -X POSTROUTING
ip6tables -L OUTPUT 2 -n -v
ip6tables-save -c
ip6tables-restore --noflush <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A OUTPUT -d fd00:a:b::/128 -p 47 -m connmark --mark 5/0xff -j LOG --log-prefix "IN: "
COMMIT
EOF
ip6tables -S FORWARD 3
ip6tables-save
ip6tables -A OUTPUT -d ::1/16 -p ipv6-icmp -m statistic --mode random --probability 1 -m length --length 1500 -j LOG --log-level debug
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [3:775]
:DOCKER - [0:0]
-A OUTPUT -p 47 -j RETURN
[0:235] -A PREROUTING -p ipv6-icmp -m connmark --mark 5/0xff -m statistic --mode random --probability 0.33333333349 -j DOCKER
-A DOCKER -o cni0 -p tcp -j NFLOG --nflog-group 2 --nflog-prefix p
-A PREROUTING ! -i br0 -p sctp -m mark --mark 0x4000/0x4000 -g DOCKER
COMMIT
EOF
ip6tables -F
ip6tables -t filter -D FORWARD -p sctp -m statistic --mode random --probability 1 -j MARK --set-xmark 0x4000/0x4000
ip6tables -v -F FORWARD
ip6tables -t mangle -L -n -v
ip6tables -X FORWARD
ip6tables -t security -A OUTPUT -s fd00:: -d 2001:db8::/48 -p udp -m statistic --mode random --probability 0.5 -j CONNMARK --save-mark
ip6tables -t mangle -v -F
ip6tables -t security -Z FORWARD 3
ip6tables -t security -nvL
iptables -t mangle -D POSTROUTING 1
ip6tables -A INPUT -p tcp -j DROP
ip6tables-save -c -t raw
ip6tables -t mangle -R INPUT 1 -i br0 -m limit --limit 10/second --limit-burst 5 -j DSCP --set-dscp-class EF
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:603]
:RCHAIN - [0:0]
-A INPUT -i veth+ -p 47 -m hl --hl-lt 47 -m length --length 1500 -j CONNMARK --save-mark
-A INPUT -i veth+ -p 47
COMMIT
EOF
iptables -D OUTPUT 4
iptables-restore <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 192.170.72.26 ! -d 192.181.120.92/32 -p icmp -m conntrack --ctstate RELATED,ESTABLISHED -m statistic --mode nth --every 10 --packet 1 -j CONNMARK --set-mark 0x2
-A INPUT -d 198.228.38.131/16 -i docker0 -p all -m statistic --mode nth --every 3 --packet 0 -m statistic --mode nth --every 2 --packet 0 -j SNAT --to-source 10.0.0.1
[4:282] -A PREROUTING -s 192.152.177.178 -j LOG --log-level info
COMMIT
EOF
iptables -t nat -D POSTROUTING -p all -m length ! --length 1500 -j LOG --log-level 7
ip6tables -v -A RCHAIN -s ::1/32 -j CONNMARK --set-mark 0x2
ip6tables -t nat -A PREROUTING -s fd00:a:b::/128 -d fd00::/16 -m hl --hl-lt 121 -m pkttype ! --pkt-type multicast -j RETURN
ip6tables -t mangle -v -I PREROUTING 3 -p tcp -m pkttype --pkt-type multicast -m addrtype --src-type LOCAL -j TCPMSS --set-mss 1400
ip6tables -v -I OUTPUT 1 -s 2001:db8:: -d 2001:db8:: -p all -m statistic --mode nth --every 3 --packet 1 -m owner ! --uid-owner 65534 -g RCHAIN
iptables -v -A FORWARD -p tcp -m conntrack --ctstate INVALID -m statistic --mode nth --every 10 --packet 0 -j RETURN
iptables -A FORWARD -i veth+ -p tcp -j ACCEPT
iptables -t security -D INPUT 3
iptables-save -c
iptables -t mangle -A OUTPUT -s 10.242.253.83 -p udp -m pkttype --pkt-type unicast -j DROP
iptables -t security -A INPUT -p sctp -m pkttype --pkt-type multicast -m comment --comment x_y-z -j DSCP --set-dscp-class EF
iptables -A FORWARD -i lo -p icmp -m pkttype ! --pkt-type multicast -m comment --comment "kubernetes service portals"
iptables -t filter -A OUTPUT -d 172.98.9.98 ! -o cni0 -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
ip6tables-save -c
ip6tables -A RCHAIN -s 2001:db8:1::1 -p sctp -m conntrack --ctstate UNTRACKED
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:536]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p tcp -m conntrack --ctstate UNTRACKED -j RCHAIN
COMMIT
EOF
ip6tables -t raw --list PREROUTING --numeric --line-numbers
ip6tables-save -c -t filter
ip6tables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A DOCKER ! -s 2001:db8:1::1 -d fe80::1/48 -m connmark --mark 5/0xff -j DOCKER
-A PREROUTING -i docker0 -p sctp -j NFLOG --nflog-group 4
-A OUTPUT -s ::1/64 -p udp -m addrtype --src-type LOCAL -m addrtype --src-type UNICAST -j CONNMARK --save-mark
-A PREROUTING -s fe80::1 -m statistic --mode random --probability 0.25000000000 -m hl --hl-gt 176 -j RETURN
COMMIT
EOF
ip6tables -t mangle -v -I OUTPUT 3 -d 2001:db8:1::1 -o docker0 -j DROP
ip6tables -t mangle -S -v
ip6tables -t raw -I OUTPUT -d fd00:a:b::/32 -p ipv6-icmp -j DROP
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [0:247]
:KUBE-SERVICES - [0:0]
[4:415] -A OUTPUT -m pkttype --pkt-type multicast -j NFLOG --nflog-group 2 --nflog-prefix p
-A OUTPUT -s fd00:: -p tcp
-A OUTPUT -s fe80::1/32 -m length --length 0:64 -j KUBE-SERVICES
COMMIT
EOF
ip6tables -F RCHAIN
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A FORWARD -o docker0 -p 47 -j DROP
-A KUBE-SERVICES -p tcp -m statistic --mode nth --every 10 --packet 1 -m tcp ! --dport 22 -j MARK --set-mark 0x1
-A INPUT -m connmark --mark 0x1 -m pkttype --pkt-type broadcast -g RCHAIN
-A KUBE-SERVICES -s 2001:db8:1::1 -d 2001:db8:1::1 -i br0 -p all
COMMIT
EOF
ip6tables -t security -A OUTPUT -p udp -j MARK --set-mark 0x1
iptables-save
iptables-save
ip6tables-save

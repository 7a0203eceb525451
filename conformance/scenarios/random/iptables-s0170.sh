# Random iptables/ip6tables rule set, seed 170 (conformance/generators/iptables.ts)
iptables -t filter -A FORWARD -p udp -m multiport --sports 80,443 -m conntrack --ctstate INVALID -j REJECT --reject-with icmp-net-unreachable
iptables -F
iptables-restore -c <<'EOF'
*mangle
:DOCKER - [0:0]
-A PREROUTING -s 198.8.14.72/16 -p tcp -j DSCP --set-dscp-class EF
-A OUTPUT -s 172.212.94.98/12 -p 47 -m statistic --mode nth --every 3 --packet 1 -j DROP
COMMIT
EOF
iptables -t mangle -A FORWARD -d 172.211.243.218/8 -p tcp --tcp-flags ALL NONE -j MARK --set-xmark 0x4000/0x4000
iptables -t mangle -L -x -v -n
iptables -t filter -Z
iptables -L FORWARD -n -v --line-numbers
iptables -A FORWARD -s 172.205.173.245 -p tcp --tcp-flags SYN,RST SYN -j DSCP --set-dscp 10
iptables -v -I FORWARD 1 -p 47 -j TRACE
ip6tables-save
ip6tables -t mangle -A INPUT -p sctp -j HL --hl-dec 1
ip6tables -t mangle -I OUTPUT 4 -p udp -m pkttype --pkt-type multicast -m udp --dport 8080 -j LOG --log-prefix "x y"
ip6tables -t security -A FORWARD -s fe80::1/64 -p 47 -m mark ! --mark 0x4000/0x4000 -m limit --limit 1/hour --limit-burst 1 -j LOG --log-prefix "IN: "
ip6tables -F
ip6tables -t filter -L INPUT 2 -n -v
ip6tables -L OUTPUT 2 -n -v
ip6tables -t filter -A INPUT -p udp -m udp --dport 53 -m limit --limit 1/hour -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t nat -N KUBE-SVC-ABC
ip6tables-restore -c <<'EOF'
*filter
:DOCKER - [0:0]
[0:122] -A DOCKER -i veth+ -p all -j REJECT
COMMIT
EOF
ip6tables -t filter -P FORWARD ACCEPT
ip6tables -v -F INPUT
ip6tables -A FORWARD -s fd00:a:b::/127 ! -d fd00:a:b::/128 -i eth0 -p all -j NFLOG --nflog-group 4
ip6tables -t filter -N KUBE-SVC-ABC
ip6tables -L -n
ip6tables -t nat -X KUBE-SVC-ABC
ip6tables -A KUBE-SVC-ABC -p sctp -m statistic --mode random --probability 0.25000000000 -m limit --limit 100/day -j DROP
ip6tables -I INPUT 2 -m mac --mac-source 02:00:00:00:00:20 -j CONNMARK --save-mark
ip6tables -t mangle -I INPUT -s fd00::/32 -i eth0 -p ipv6-icmp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m conntrack --ctstate UNTRACKED -j RETURN
ip6tables -t security -L OUTPUT 3 -n -v
ip6tables -L -n
ip6tables -A DOCKER -d 2001:db8:: -p udp -m limit --limit 10/second --limit-burst 1 -j NFLOG --nflog-group 3
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [3:3]
:DOCKER - [0:0]
-A DOCKER -o eth1 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --xor-mark 0x3
-A INPUT -s fd00:a:b::/16 -i br0 -p all -m pkttype --pkt-type multicast -m mac --mac-source 02:00:00:00:00:68 -j RETURN
-A INPUT -i eth0 -p ipv6-icmp -j RETURN
COMMIT
EOF
ip6tables -C FORWARD ! -s fd00::/16 -p 47 -m mac --mac-source 02:00:00:00:00:75 -m addrtype --dst-type LOCAL -j DOCKER
ip6tables -t mangle --list OUTPUT --numeric --line-numbers
iptables -A OUTPUT -s 10.222.208.85/12 -p icmp
iptables -t mangle -Z
iptables -t filter -L INPUT
iptables -t nat -N DOCKER
iptables -N LOGDROP
ip6tables -I DOCKER 2 ! -d ::1/64 -i lo ! -p udp -j TRACE
iptables -A LOGDROP -p tcp -m comment --comment "kubernetes service portals" -g LOGDROP
iptables -t nat -S
iptables -t security -D OUTPUT -p 47 -m addrtype ! --dst-type BROADCAST -m physdev --physdev-in veth0 -j MARK --xor-mark 0x3
ip6tables -I DOCKER 2 -s fe80::1/48 -p tcp -m conntrack --ctstate INVALID -j DROP
ip6tables -A DOCKER -c 920 74121 -d fd00:: -i lo -p tcp -m owner --uid-owner 0 -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -A INPUT -p 47 -m connmark --mark 0x1 -m iprange --src-range 2001:db8::1-2001:db8::9 -j REJECT
ip6tables -t mangle -A PREROUTING -s ::1 -p 47 -j HL --hl-set 64
ip6tables -t security -A INPUT -p sctp -j TRACE
ip6tables -t security -D INPUT -s ::1 -p all -j RETURN
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[2:99] -A OUTPUT -s 10.150.213.90/32 -p icmp -m connmark ! --mark 5/0xff -j CONNMARK --set-mark 0x2
[1:396] -A OUTPUT -s 192.145.251.108/30 ! -o cni0 -p all -m statistic --mode nth --every 2 --packet 1 -j LOGDROP
COMMIT
EOF
iptables-save -c
iptables -v -I KUBE-SERVICES 3 -i br0 -p tcp -m statistic --mode nth --every 2 --packet 0 -m limit --limit 1/hour -j LOG --log-prefix "x y"
iptables -t filter -v -I KUBE-SERVICES 1 -d 10.145.223.34/24 ! -i br0 ! -p tcp -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -N KUBE-SERVICES
iptables -t raw -v -I OUTPUT 2 ! -d 127.163.149.63 -m physdev ! --physdev-is-in -j NOTRACK
ip6tables -t mangle -X
ip6tables-save -t nat
ip6tables -t filter -D DOCKER 3
ip6tables -X DOCKER
ip6tables -t raw -C PREROUTING -s 2001:db8:1::1 -d 2001:db8:: -p ipv6-icmp -j RETURN
ip6tables -t nat -D OUTPUT 3
ip6tables -t nat -A KUBE-SVC-ABC -p tcp -m tcp ! --dport 3000 -m mark --mark 0x10/0xf0 -j CONNMARK --restore-mark
ip6tables -t mangle -L
ip6tables -t raw -A OUTPUT -p udp -m connmark --mark 5/0xff -m udp --dport 65535 -j ACCEPT
ip6tables -v -A NOPE -s 2001:db8:1::1 -d ::1/32 -p sctp -m mark --mark 0xffffffff -j MARK --set-mark 0x1
ip6tables -L -n -v
ip6tables -t filter -Z FORWARD 1
ip6tables -t raw -A PREROUTING -p udp -j MARK --set-mark 0x1
ip6tables -t nat -v -F
ip6tables -A DOCKER -s fd00:a:b:: -p 47 -j LOG
iptables-save
ip6tables-save

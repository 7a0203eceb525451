# Random iptables/ip6tables rule set, seed 109 (conformance/generators/iptables.ts)
iptables-restore --noflush <<'EOF'
*security
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p icmp -m ttl --ttl-eq 106 -m comment --comment "kubernetes service portals" -j NFLOG --nflog-group 4 --nflog-prefix p
[3:18] -A FORWARD -s 192.186.203.193/12 -p tcp -m mac ! --mac-source 02:00:00:00:00:27 -m statistic --mode nth --every 2 --packet 1 -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t nat -C NOPE -d 127.254.80.144/16 -o cni0 -m addrtype --src-type LOCAL
iptables -A INPUT -d 10.194.85.243/8 -m mac ! --mac-source 02:00:00:00:00:38 -m length --length 1500 -j DROP
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [6:292]
:DOCKER - [0:0]
-A INPUT -i br0 -p all -m addrtype --dst-type UNICAST -m ttl --ttl-eq 13 -j DOCKER
-A FORWARD -j DOCKER
COMMIT
EOF
iptables -A NOPE -d 198.183.224.202/0 -i eth0 -p tcp --sport 443 -m ttl --ttl-lt 231 -j REJECT
iptables -t mangle -A POSTROUTING ! -o docker0 -p icmp -j DSCP --set-dscp-class EF
iptables-save -c -t filter
iptables -A INPUT -d 10.223.13.178/16 -o docker0 -p 47 -m limit --limit 100/day --limit-burst 20 -m connmark --mark 5/0xff -j REJECT
iptables -A DOCKER -d 127.246.24.211/24 -i br0 -p sctp -m ttl --ttl-lt 95 -j REJECT
iptables -t raw -A PREROUTING -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t nat -v -A POSTROUTING ! -d 127.185.226.114 -p 47 -m ttl --ttl-lt 4 -j DROP
ip6tables -t nat -v -F
iptables -t raw -L -n --line-numbers
iptables-save
ip6tables -t mangle -L
ip6tables -t mangle -R PREROUTING 2 -s 2001:db8:1::1/127 -j TRACE
ip6tables -t nat -S -v
ip6tables -t raw -Z PREROUTING
ip6tables -t mangle -C OUTPUT -o eth1 -p sctp -m mark --mark 0x4000/0x4000 -m addrtype --src-type UNICAST -j ACCEPT
iptables -t mangle -v -F PREROUTING
iptables -t security -Z INPUT 3
ip6tables -t filter -N KUBE-SVC-ABC
iptables -t mangle -C PREROUTING ! -d 172.202.50.117/8 -i br0 -m statistic --mode random --probability 1 -m comment --comment docker -j TRACE
iptables-save
iptables -t security -X INPUT
iptables -S OUTPUT 1
iptables -t security -X INPUT
iptables -t filter -C FORWARD -o docker0 -p tcp -m tcp --dport 53:1000
iptables -t raw -N KUBE-SVC-ABC
ip6tables -t raw -L -n --line-numbers
ip6tables -N MYCHAIN
ip6tables -I KUBE-SVC-ABC 1 -p tcp --sport 1024 -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -S INPUT 3
iptables -t filter -A FORWARD ! -o eth1 -p icmp -m length --length 1500 -j LOG
iptables -t mangle -Z PREROUTING
iptables -t raw --list PREROUTING --numeric --line-numbers
iptables -t nat -L -v -Z
iptables -D DOCKER 3
iptables -I INPUT -s 127.29.196.39/30 -i docker0 -p udp -m limit --limit 100/day --limit-burst 20 -j ACCEPT
ip6tables -t filter -I INPUT 4 -d fe80::1 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m state --state ESTABLISHED,RELATED -j DROP
iptables -t mangle -v -X
iptables -t filter -X INPUT
ip6tables -t raw -P OUTPUT DROP
ip6tables -t mangle -I PREROUTING 2 -i docker0 -j MARK --and-mark 0xff
ip6tables-restore -c <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -p sctp -m addrtype --src-type LOCAL -j CONNMARK --save-mark
COMMIT
EOF
ip6tables -t raw -L -v -Z
ip6tables -A OUTPUT -p sctp -m mark --mark 0xffffffff -j CONNMARK --restore-mark --mask 0xff
ip6tables -A KUBE-SERVICES ! -i br0 -p tcp -j RETURN
ip6tables -t filter -L -n
ip6tables -t raw -R PREROUTING 3 -p 47 -m limit --limit 5/min -j CONNMARK --restore-mark --mask 0xff
iptables -t filter -v -A OUTPUT ! -s 192.1.251.14 ! -d 198.189.163.140/12 -o eth+ -p tcp -j SNAT --to-source 192.0.2.1-192.0.2.9
iptables -A OUTPUT -c 573 25060 -p sctp -j TRACE
iptables -N KUBE-SERVICES
iptables -t filter -F DOCKER
iptables -t security -v -I OUTPUT 2 -s 10.77.113.217 -o eth1 -p udp -m comment --comment x_y-z -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t security -A FORWARD -p udp -m limit --limit 10/second -j MARK --xor-mark 0x3
iptables -A FORWARD -p tcp -m addrtype --dst-type UNICAST -j DOCKER
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t filter -v -F KUBE-SERVICES
ip6tables -t nat -A INPUT -c 435 86782 -p all -j CONNMARK --set-mark 0x2
iptables -v -I OUTPUT 1 -d 127.213.26.147 -o cni0 -p icmp -m statistic --mode nth --every 2 --packet 0 -m comment --comment x_y-z -j KUBE-SERVICES
iptables -t filter -v -A FORWARD -s 192.134.229.52/8 -d 10.149.81.73/8 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t mangle -A INPUT -c 48 36998 -p icmp -j RETURN
iptables -C OUTPUT -o eth1 -p tcp -m conntrack --ctstate RELATED,ESTABLISHED -m comment --comment docker -g DOCKER
iptables -t filter -v -A INPUT -p all -m connmark --mark 5/0xff -m statistic --mode random --probability 0.5 -j KUBE-SERVICES
iptables -A INPUT ! -d 198.144.246.97/16 -m connmark --mark 0x1 -m length --length 0:64 -g DOCKER
iptables -t nat -L -v
iptables -v -A DOCKER ! -d 172.77.125.202 -m physdev --physdev-out eth+ -j MARK --or-mark 0x8
iptables-save
iptables -t nat -C PREROUTING ! -i docker0 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.109 -j DNAT --to-destination 172.17.0.2:80
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 130 (conformance/generators/iptables.ts)
iptables-save -c
iptables -A OUTPUT -p tcp -m ttl --ttl-lt 13 --syn
iptables -t mangle -R INPUT 1 -d 10.56.114.36 -p icmp -m conntrack --ctstate INVALID -m conntrack --ctstate INVALID -j TTL --ttl-inc 2
iptables -t nat -L OUTPUT 1 -n -v
iptables --list INPUT --numeric --line-numbers
ip6tables -t security -N DOCKER-USER
ip6tables -t mangle -D FORWARD 2
ip6tables -D FORWARD 3
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:242]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d 192.168.125.178/24 -p udp -m mark --mark 0xffffffff -j LOG --log-level 4
-A FORWARD -i docker0 -p icmp -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
iptables -t nat -S OUTPUT 3
ip6tables -A OUTPUT -i docker0 -p tcp
ip6tables -t filter -L -v -Z
ip6tables-save -c
ip6tables -t filter -I OUTPUT 4 -p udp -j NFLOG --nflog-group 0
ip6tables -t mangle -D POSTROUTING 4
iptables -t filter -L -v -Z
iptables -t mangle -L -v -Z
iptables -A KUBE-SERVICES -p udp -j TRACE
iptables -t raw -L -x -v -n
iptables -t raw -F
iptables-save -c
iptables -t security -L -n -v
iptables -t raw -A PREROUTING -c 236 16883 -s 127.12.38.18/16 ! -d 127.36.33.166 -m conntrack ! --ctstate RELATED,ESTABLISHED -j DROP
iptables-save
ip6tables -A FORWARD -m addrtype --src-type UNICAST -m statistic --mode random --probability 0.25000000000
iptables -N KUBE-SERVICES
iptables -t nat -Z POSTROUTING 1
iptables -t filter -A OUTPUT -p 47 -m connmark --mark 5/0xff -m mark --mark 0x4000/0x4000 -j RETURN
iptables -A FORWARD -d 127.0.169.161/30 -p all -m comment --comment docker
iptables -A KUBE-SERVICES -d 192.167.157.160/24 -p 47 -j MARK --set-mark 5/0xff
iptables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t mangle -S PREROUTING
ip6tables-save -c
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [5:86]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p 47 -m statistic --mode nth --every 3 --packet 0 -j RETURN
COMMIT
EOF
iptables-save
iptables -t raw -P PREROUTING ACCEPT
iptables-restore -c <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A FORWARD -i lo -p tcp -j ACCEPT
[4:396] -A INPUT -p udp -m connmark --mark 5/0xff -j LOG --log-prefix "x y"
COMMIT
EOF
iptables -t security -P INPUT DROP
iptables -t nat -v -I POSTROUTING 2 -d 198.161.247.87/12 -p tcp -m comment --comment x_y-z -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -L -n -v
iptables -t security -L -v -Z
iptables -t security -P FOO ACCEPT
iptables -t raw -F
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [2:914]
:DOCKER - [0:0]
-A FORWARD -p tcp -m statistic --mode random --probability 0.25000000000 -m connmark --mark 5/0xff
COMMIT
EOF
iptables -t filter -L INPUT
iptables -t filter -A INPUT -s 198.6.229.207/30 -m mac --mac-source 02:00:00:00:00:25 -j CONNMARK --set-mark 0x2
iptables -t raw -A PREROUTING -p udp -m conntrack --ctstate RELATED,ESTABLISHED -m comment --comment docker -j NFLOG --nflog-group 0
ip6tables -S OUTPUT 2
ip6tables -A FORWARD -p tcp -j ACCEPT
ip6tables -L OUTPUT 3 -n -v
ip6tables -Z NOPE 3
iptables -t filter -A INPUT -p icmp -m addrtype --src-type LOCAL -j MARK --or-mark 0x8
iptables -t security -S FORWARD 2
iptables -t raw -N KUBE-SEP-XYZ
iptables -t nat -I OUTPUT -s 10.157.5.233 -p tcp -m comment --comment x_y-z -m mac --mac-source 02:00:00:00:00:14 -j TRACE
iptables -t raw -A PREROUTING ! -s 198.245.239.159/24 -p sctp -m addrtype --src-type LOCAL -j NOTRACK
iptables -A OUTPUT -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
iptables -N DOCKER
iptables -t filter -R DOCKER 2 -p tcp -j DROP
iptables -S INPUT 1
iptables -t filter -A DOCKER ! -d 198.237.81.148/32 -i eth0 -p udp -m addrtype --dst-type MULTICAST -m addrtype --src-type UNICAST -j LOG --log-prefix "IN: "
iptables -t filter -P FOO ACCEPT
iptables -t filter -Z FORWARD
iptables -t nat -v -F POSTROUTING
iptables -t nat -D OUTPUT -s 192.26.67.31/24 -d 10.116.249.148/30 -p tcp -m addrtype --src-type UNICAST -m physdev --physdev-out eth+ -j RETURN
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:177]
:KUBE-SERVICES - [0:0]
-A OUTPUT ! -s 172.117.244.44/16 -p all -j LOG
-A OUTPUT -d 127.156.96.40/8 -p 47 -j CONNMARK --restore-mark
-A INPUT -i br0 -p tcp -m state ! --state INVALID -m state --state INVALID -j MARK --xor-mark 0x3
-A INPUT -p tcp -j RETURN
COMMIT
EOF
iptables -t filter -w 1 --append INPUT -p sctp -j TRACE
iptables -S OUTPUT 3
iptables -t raw -A OUTPUT -p tcp -m comment --comment "kubernetes service portals" -j LOG --log-prefix "drop"
iptables -X OUTPUT
iptables-save
ip6tables-save

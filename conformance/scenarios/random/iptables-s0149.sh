# Random iptables/ip6tables rule set, seed 149 (conformance/generators/iptables.ts)
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [6:73]
:DOCKER - [0:0]
-A DOCKER -s 172.38.95.133 -d 127.252.71.128 -i lo -p 47 -j CONNMARK --set-mark 0x2
-A FORWARD -s 127.104.135.123 -d 127.57.123.178/16 -p all -j DOCKER
-A DOCKER -d 198.68.150.103/16 -p tcp -m statistic --mode random --probability 0.5 -m state --state NEW -j REJECT
COMMIT
EOF
iptables -E DOCKER DOCKER-2
iptables -t raw -I PREROUTING -d 198.69.95.79 -i docker0 ! -o cni0 -j RETURN
iptables -t raw -L -x -v -n
iptables -t filter -E DOCKER-2 DOCKER-2-2
iptables -t filter -A OUTPUT -p udp -m physdev --physdev-is-bridged -m iprange --dst-range 10.0.0.1-10.0.0.11 -j DROP
iptables -t filter -X OUTPUT
iptables -Z FORWARD 2
iptables -t raw -S OUTPUT 1
iptables -t filter -A FORWARD -d 127.130.230.78/16 -p tcp -g DOCKER-2-2
iptables -I INPUT 4 -p icmp -j NFLOG --nflog-group 3
iptables -D OUTPUT -p icmp -j TRACE
iptables -t mangle -R POSTROUTING 2 -p tcp -m multiport --dports 22,80:90,8080 -m length --length 0:64 -j ACCEPT
ip6tables -t mangle -A POSTROUTING -j DSCP --set-dscp 10
ip6tables -t filter -A INPUT -s fd00::/127 -p tcp -m mark --mark 0x4000/0x4000 -j CONNMARK --restore-mark
iptables -v -A INPUT -s 198.146.174.169/24 -p 47 -j DROP
iptables -D INPUT 3
iptables -N KUBE-SEP-XYZ
iptables -A KUBE-SEP-XYZ ! -s 172.84.242.206 -i br0 -p all -m limit --limit 1/hour --limit-burst 5 -m addrtype --src-type LOCAL -j CT --notrack
iptables -t nat -A INPUT -p all -j TRACE
iptables-save -c
iptables-restore -c <<'EOF'
*nat
:PREROUTING DROP [3:264]
:DOCKER - [0:0]
-A POSTROUTING -o cni0 -p icmp -m length --length 1500 -m mark --mark 0xffffffff -j RETURN
-A OUTPUT -d 127.170.74.190/0 -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 0
-A INPUT -d 127.206.129.31/30 -p udp
[0:381] -A POSTROUTING ! -s 127.99.212.3/16 -p tcp -j MASQUERADE
COMMIT
EOF
iptables -t mangle --list INPUT --numeric --line-numbers
iptables-save -c -t nat
iptables -t raw -L -v -Z
iptables -t mangle -v -F
ip6tables -t raw -C OUTPUT -p all -m hl --hl-lt 50 -j NFLOG --nflog-group 4
iptables-save -c
iptables -t mangle -A POSTROUTING -p 47 -j CONNMARK --restore-mark --mask 0xff
iptables -t filter -S -v
iptables -L -v -Z
iptables -t filter -S DOCKER-2-2 3
iptables -v -A FORWARD -p tcp -j DOCKER-2-2
iptables -t raw -I PREROUTING 2 -p tcp --sport 80 -j LOG --log-prefix "drop"
iptables -C KUBE-SEP-XYZ ! -s 192.8.38.233 -p icmp -j CONNMARK --save-mark
iptables -A INPUT -s 198.162.93.96/16 -m statistic --mode nth --every 3 --packet 1 -m addrtype --src-type LOCAL -j TRACE
iptables -t mangle -v -F
iptables -E DOCKER-2-2 DOCKER-2-2-2
iptables -t raw -N KUBE-SEP-XYZ
iptables -Z NOPE 1
iptables -t filter -X FORWARD
ip6tables -L -n --line-numbers
iptables-save -t filter
iptables -t raw -L -v -Z
iptables -t mangle -X OUTPUT
ip6tables -S INPUT 1
ip6tables -v -X
ip6tables -A FORWARD ! -s fe80::1 ! -o docker0 -p 47 -m conntrack --ctstate UNTRACKED -j ACCEPT
ip6tables -t filter -L
iptables -t filter -A INPUT -s 10.116.75.204/12 -d 10.199.185.83/0 -i br0 -p 47 -j TRACE
iptables -t security -A INPUT -s 192.57.218.22 -p tcp -j DROP
ip6tables -I INPUT -p 47 -m addrtype --dst-type MULTICAST -m limit --limit 5/min -j RETURN
ip6tables -t mangle -nvL
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [2:187]
:DOCKER - [0:0]
-A DOCKER ! -s fe80::1 -d fe80::1/48 -p tcp -m multiport --sports 53 -j LOG
-A OUTPUT -d fe80::1 -o cni0 -p all -m physdev --physdev-is-bridged -j NOTRACK
COMMIT
EOF
iptables-save
iptables -P FORWARD DROP
iptables -t mangle -v -X
iptables -R DOCKER-2-2-2 3 -o docker0 -p icmp -m statistic --mode nth --every 10 --packet 0 --icmp-type 0 -j CONNMARK --restore-mark
iptables -v -I DOCKER-2-2-2 1 ! -s 172.239.70.117/24 -i br0 -m comment --comment "kubernetes service portals" -m length --length 100:200 -j KUBE-SEP-XYZ
iptables -t nat -E DOCKER DOCKER-2
ip6tables -t mangle -L -v -Z
iptables-save
iptables -t mangle -A INPUT ! -d 198.253.215.144 -i eth0 -p tcp -j DROP
iptables -t security -S OUTPUT 1
iptables -t raw --list PREROUTING --numeric --line-numbers
ip6tables -F
iptables -t security -D FORWARD ! -i veth+ -p all -j TRACE
ip6tables -F
ip6tables-save -t raw
ip6tables -t mangle -Z FORWARD 1
iptables-save
ip6tables-save

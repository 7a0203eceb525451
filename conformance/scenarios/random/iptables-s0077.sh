# Random iptables/ip6tables rule set, seed 77 (conformance/generators/iptables.ts)
iptables-restore <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A PREROUTING -p icmp -j ACCEPT
-A KUBE-SERVICES -s 198.37.109.54/32 -p all -m ttl --ttl-gt 217 -m pkttype --pkt-type broadcast -j KUBE-SERVICES
[2:323] -A PREROUTING ! -d 198.101.74.191/12 ! -p tcp -j TRACE
COMMIT
EOF
iptables -t security -A FORWARD -i eth0 -p icmp -j ACCEPT
iptables -I FORWARD -s 198.139.91.124/30 -p sctp -m pkttype ! --pkt-type multicast -j CONNMARK --save-mark
iptables -t filter -N DOCKER-USER
iptables -A FORWARD -p 47 -j TRACE
iptables -t raw -C PREROUTING -p sctp -m length --length 1500 -j DROP
iptables -Z DOCKER-USER
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:553]
:DOCKER - [0:0]
-A OUTPUT -p icmp --icmp-type 0 -m comment --comment docker -j ACCEPT
-A DOCKER -i lo -o cni0 -m ttl --ttl-lt 199
COMMIT
EOF
iptables -N KUBE-SERVICES
ip6tables -t nat -L -n -v
ip6tables -t filter -I INPUT -j LOG --log-prefix "drop"
ip6tables -A OUTPUT -o eth1 -p ipv6-icmp -m statistic --mode nth --every 2 --packet 0 -j LOG --log-prefix "IN: "
ip6tables -A FORWARD ! -s fe80::1 -d fe80::1/127 -p all -m comment --comment docker -m comment --comment "kubernetes service portals" -j CONNMARK --restore-mark --mask 0xff
ip6tables -D OUTPUT 4
iptables -t nat -L -n
ip6tables -L -v
ip6tables -t filter -I FORWARD -i eth0 -o eth+ -p tcp -m addrtype ! --dst-type BROADCAST
ip6tables -t mangle -D POSTROUTING -s 2001:db8::/64 -j DSCP --set-dscp-class EF
ip6tables -I FORWARD 2 -o eth+ -p tcp -m tcp --dport 22:9000 -j LOG --log-prefix "x y"
iptables -A INPUT -s 198.244.88.24/16 -p udp -m conntrack --ctstate RELATED,ESTABLISHED
iptables-restore <<'EOF'
*filter
:INPUT DROP [4:391]
:RCHAIN - [0:0]
-A RCHAIN -s 172.52.232.69/32 -o cni0 -p udp -m addrtype --dst-type UNICAST -m multiport --dports 22,80:90,8080 -j LOG
-A OUTPUT -j MARK --and-mark 0xff
-A FORWARD -i br0 -m connmark --mark 0x1 -m state ! --state INVALID -j DROP
-A FORWARD -i docker0 -p 47 -m statistic --mode nth --every 10 --packet 0 -j DROP
COMMIT
EOF
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [6:634]
:DOCKER - [0:0]
-A OUTPUT -d 10.229.39.0/24 -o eth1 -p sctp -m physdev --physdev-out eth+ -j NFLOG --nflog-group 3
-A FORWARD ! -d 172.212.67.194/0 ! -i eth0 -o eth1 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.18 -m mark --mark 1
-A FORWARD -m statistic --mode random --probability 0.5 -j DOCKER
COMMIT
EOF
iptables -t filter -A INPUT ! -d 127.247.216.212 -i br0 -j TRACE
iptables-save -t mangle
iptables -t filter -A DOCKER -p udp -j REJECT --reject-with icmp-port-unreachable
iptables -t security -A INPUT -p tcp
iptables -t nat -L -n
ip6tables -nvL
ip6tables -t security -F
ip6tables -t filter -D FORWARD 1
ip6tables -X
ip6tables-save -c
ip6tables -A INPUT -m conntrack --ctstate INVALID
iptables -t security -X
iptables -F DOCKER
iptables -E DOCKER DOCKER-2
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:398]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 127.98.62.106/12 -d 192.34.86.76/32 -p 47 -m statistic --mode nth --every 10 --packet 0 -j DSCP --set-dscp-class EF
-A KUBE-SERVICES -p 47 -j LOG --log-prefix "drop"
COMMIT
EOF
iptables-save -c
iptables -A KUBE-SERVICES -s 10.179.41.186/30 -o eth+ -p sctp -m comment --comment x_y-z -j TRACE
ip6tables -t filter -A OUTPUT -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -j DROP
ip6tables -I OUTPUT -s fd00:a:b::/128 -p ipv6-icmp -m comment --comment docker -m addrtype --src-type LOCAL
ip6tables -t filter -D INPUT 3
iptables -A INPUT -s 127.142.244.75/0 -p 47 -m statistic --mode nth --every 3 --packet 1 -j KUBE-SERVICES
iptables -t mangle -N DOCKER-USER
iptables -t nat -C INPUT ! -s 127.233.191.130/8 -i docker0 -p udp -m statistic --mode nth --every 3 --packet 0 -m iprange --dst-range 10.0.0.1-10.0.0.116 -j TRACE
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [4:538]
:DOCKER - [0:0]
-A INPUT ! -s 172.243.113.211 -i veth+ -p tcp
[2:162] -A OUTPUT -o docker0 -p all
-A DOCKER -d 127.227.52.187/8 -o eth1 -p udp -m udp --dport 22 -j DOCKER
-A INPUT -s 10.197.176.226 -p udp -m length --length 1500 -j NFLOG --nflog-group 4 --nflog-prefix p
COMMIT
EOF
ip6tables -t raw -D OUTPUT -s ::1 -o cni0 -p all -m hl --hl-gt 62 -j NOTRACK
ip6tables -t raw -A PREROUTING -p tcp -m pkttype ! --pkt-type multicast --syn -j RETURN
ip6tables -t security -D FORWARD 1
ip6tables -A FORWARD -s fd00:a:b::/48 -o eth1 -p all -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -X
ip6tables -A FORWARD ! -s 2001:db8:1::1 -d 2001:db8:: -i eth0 -p sctp -m connmark ! --mark 0x1 -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -A OUTPUT -d fd00:a:b::/16 ! -o cni0 -j MARK --or-mark 0x8
iptables -R KUBE-SERVICES 1 -m pkttype --pkt-type multicast -m state ! --state ESTABLISHED,RELATED -j TRACE
iptables -t filter -Z
iptables -S
iptables -A KUBE-SERVICES -s 172.79.12.155 -m ttl --ttl-gt 217 -j KUBE-SERVICES
iptables -A FORWARD -p icmp -m addrtype --dst-type UNICAST -j CONNMARK --save-mark
iptables -t filter -F KUBE-SERVICES
ip6tables -t filter -A INPUT ! -s 2001:db8:: -i eth0 -p sctp -j LOG --log-prefix "x y"
ip6tables -A FORWARD -i eth0 -p 47 -m statistic --mode nth --every 2 --packet 1 -j ACCEPT
ip6tables -t filter -X
ip6tables -t nat -Z POSTROUTING
ip6tables -D INPUT -s fd00::/16 -d fd00::/64 -p udp -m statistic --mode random --probability 0.1 -m state --state INVALID -j ACCEPT
ip6tables -t nat -N KUBE-SVC-ABC
ip6tables -N f2b-sshd
iptables -t filter -N MYCHAIN
iptables -t filter -A KUBE-SERVICES -m addrtype --src-type UNICAST -m length ! --length 1500
ip6tables -t mangle -F
ip6tables -t nat -D INPUT -m iprange --src-range 2001:db8::1-2001:db8::9 -m physdev --physdev-out eth+ -g KUBE-SVC-ABC
iptables-save
ip6tables-save

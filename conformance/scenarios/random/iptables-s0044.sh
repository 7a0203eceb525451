# Random iptables/ip6tables rule set, seed 44 (conformance/generators/iptables.ts)
iptables-save
iptables-save -t nat
iptables -t filter -I INPUT 4 ! -d 10.11.32.199/32 -p all -m comment --comment "kubernetes service portals" -m iprange --dst-range 10.0.0.1-10.0.0.90 -j DROP
iptables -t mangle -A FORWARD -d 192.244.250.33 -i veth+ -j NFLOG --nflog-group 4
iptables -D OUTPUT -p icmp -m limit --limit 3/s --limit-burst 5 -j REJECT --reject-with icmp-host-prohibited
ip6tables -t mangle -D INPUT 3
ip6tables -R FORWARD 2 -d ::1 -i veth+ -o eth1 -m state --state INVALID -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -F
iptables -D INPUT 3
iptables -t mangle -X
ip6tables -t raw -A OUTPUT -m connmark --mark 5/0xff
iptables -t raw -D OUTPUT 2
iptables -P FORWARD DROP
iptables -t nat -L
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [1:340]
:DOCKER - [0:0]
-A INPUT -p all -m limit --limit 10/second -m comment --comment "kubernetes service portals" -j DOCKER
[3:371] -A POSTROUTING ! -s 172.19.36.211/12 -d 10.191.78.169/24 -p icmp -m conntrack --ctstate NEW -j MARK --and-mark 0xff
COMMIT
EOF
iptables -A INPUT -p udp -j TRACE
ip6tables -t nat -A OUTPUT -p tcp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m statistic --mode random --probability 1 -j RETURN
ip6tables -t nat -N LOGDROP
ip6tables-save -t security -c
ip6tables -t raw -A PREROUTING -j LOG --log-prefix "x y" --log-level debug
ip6tables -P FOO ACCEPT
iptables -t filter -A FORWARD -s 172.180.62.145/12 -i eth0 -p udp -m limit --limit 100/day --limit-burst 5 -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -L INPUT -n -v --line-numbers
iptables -t nat -N KUBE-SERVICES
iptables-save
iptables -R INPUT 1 -p tcp -m limit --limit 1/hour --limit-burst 20 -m iprange ! --dst-range 10.0.0.1-10.0.0.11 -j MARK --and-mark 0xff
iptables -t filter -F
iptables -N KUBE-SERVICES
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [5:379]
:RCHAIN - [0:0]
-A RCHAIN -o eth+ -p udp -j NFLOG --nflog-group 0 --nflog-prefix p
-A OUTPUT -d 10.96.138.117/24 -p sctp -j TRACE
-A FORWARD -s 127.98.162.183/0 -d 172.175.57.124/16 ! -i br0 -o cni0 -p sctp -m pkttype ! --pkt-type multicast -j MARK --and-mark 0xff
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[2:433] -A FORWARD ! -d 10.120.187.24/16 -p all -j LOG --log-level 7
-A FORWARD -p icmp -m conntrack --ctstate INVALID
-A OUTPUT -m pkttype ! --pkt-type multicast -m addrtype --src-type LOCAL -j TRACE
-A OUTPUT -p all -j RETURN
COMMIT
EOF
iptables -D RCHAIN -m length ! --length 1500 -j NFLOG --nflog-group 0
ip6tables -L -n -v
ip6tables -A INPUT -i eth0 -j NOTRACK
ip6tables -Z
ip6tables -P INPUT DROP
ip6tables -t nat -A INPUT -d fd00:a:b::/127 -p sctp -m limit --limit 100/day -j LOGDROP
ip6tables -t security -A INPUT -p sctp -j NFLOG --nflog-group 4
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:505]
:DOCKER - [0:0]
-A DOCKER -s ::1/127 ! -i veth+ -p tcp -j LOG --log-prefix "drop"
-A INPUT -d fe80::1 -i br0 -p tcp -m addrtype --src-type UNICAST -j CONNMARK --restore-mark
COMMIT
EOF
iptables -L -x -v -n
ip6tables -nvL
ip6tables -N KUBE-SEP-XYZ
ip6tables -t nat -X LOGDROP
ip6tables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [4:9]
:DOCKER - [0:0]
-A POSTROUTING -d fe80::1 -i eth0 -o cni0 -m length --length 0:64 -m statistic --mode random --probability 0.5 -j CONNMARK --restore-mark
-A POSTROUTING -p ipv6-icmp -m addrtype --dst-type UNICAST -g DOCKER
-A PREROUTING ! -s ::1/128 -p ipv6-icmp -m state --state NEW --icmpv6-type 128 -j DOCKER
-A OUTPUT -j ACCEPT
COMMIT
EOF
ip6tables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
-A PREROUTING -d ::1 -m pkttype --pkt-type unicast -j NFLOG --nflog-group 2
-A PREROUTING -p tcp ! --syn -j DOCKER
-A OUTPUT -p tcp -j CONNMARK --restore-mark --mask 0xff
[0:118] -A PREROUTING -d 2001:db8:1::1 -p all -m mac --mac-source 02:00:00:00:00:89 -m mac --mac-source 02:00:00:00:00:62 -g DOCKER
COMMIT
EOF
iptables -t nat -A DOCKER -s 192.216.39.180/8 -p icmp -m iprange ! --dst-range 10.0.0.1-10.0.0.134 -m limit --limit 10/second --limit-burst 5 -g KUBE-SERVICES
iptables -t filter -A FORWARD ! -o cni0 -p sctp -m mac --mac-source 02:00:00:00:00:53 -j RCHAIN
iptables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -s 172.157.84.177 ! -o eth+ -p icmp -m statistic --mode random --probability 0.5 -m length --length 100:200
COMMIT
EOF
iptables -t nat -N KUBE-SERVICES
iptables -t raw -F
iptables -N DOCKER
iptables -D RCHAIN -s 172.39.160.3 -m physdev --physdev-in veth0 -m statistic --mode nth --every 10 --packet 0 -j DROP
ip6tables -t filter -L FORWARD
ip6tables -t raw -A PREROUTING -i lo -p all -m statistic --mode random --probability 0.33333333349 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j NFLOG --nflog-group 0
ip6tables -A KUBE-SEP-XYZ -o docker0 -p udp -j KUBE-SEP-XYZ
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p tcp -j RETURN
COMMIT
EOF
iptables -t raw -I PREROUTING -d 127.95.98.10/0 -p udp -j DROP
iptables -t filter -L OUTPUT -n -v --line-numbers
iptables -R DOCKER 2 -p all -m addrtype --dst-type MULTICAST -j DOCKER
iptables -P FORWARD DROP
iptables -t nat -E KUBE-SERVICES KUBE-SERVICES-2
iptables-save
ip6tables-save

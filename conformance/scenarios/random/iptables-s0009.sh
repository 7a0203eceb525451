# Random iptables/ip6tables rule set, seed 9 (conformance/generators/iptables.ts)
iptables -L -x -v -n
iptables -t raw -N LOGDROP
ip6tables -t security -D OUTPUT 3
iptables -t raw -D PREROUTING -s 192.35.140.84 -d 10.12.188.232/24 -i lo -p udp -m conntrack --ctstate INVALID -j LOGDROP
iptables -t mangle -D OUTPUT 2
iptables -L -n
iptables -D NOPE -m state --state NEW -m statistic --mode nth --every 3 --packet 1
iptables -t mangle -D PREROUTING -p 47 -m comment --comment docker -j CONNMARK --restore-mark
iptables -t filter -A OUTPUT -j ACCEPT
iptables -t mangle -L -v
iptables -t raw -A PREROUTING -s 10.185.114.11/16 -p 47 -m conntrack --ctstate INVALID -j TRACE
iptables -X
iptables -t raw -A OUTPUT -p sctp -m iprange ! --dst-range 10.0.0.1-10.0.0.51 -m addrtype --dst-type MULTICAST -j LOG --log-level debug
iptables -t mangle -A PREROUTING -s 198.148.66.116 -p all -m pkttype --pkt-type multicast -m mac --mac-source 02:00:00:00:00:50 -j CONNMARK --restore-mark --mask 0xff
iptables -t filter -A OUTPUT -s 198.0.48.119/0 -p tcp -j LOG --log-prefix "IN: "
iptables -A INPUT -i lo -p tcp -m mark --mark 0x10/0xf0 -j REJECT --reject-with icmp-port-unreachable
iptables -t security -I OUTPUT -m pkttype --pkt-type multicast -j RETURN
iptables -t raw -D LOGDROP 2
ip6tables -A INPUT -p udp -j CONNMARK --restore-mark --mask 0xff
ip6tables -A INPUT -d fe80::1 ! -i eth0 -m statistic --mode nth --every 2 --packet 1
ip6tables -A OUTPUT -s fe80::1 -p sctp -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [1:414]
:DOCKER - [0:0]
-A INPUT -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -j CONNMARK --restore-mark --mask 0xff
-A FORWARD -s fe80::1/32 ! -o cni0 -p tcp -j TRACE
-A POSTROUTING -d 2001:db8:1::1 -p all -m length --length 0:64 -m comment --comment docker -j DOCKER
-A POSTROUTING ! -d fd00::/127 -o eth+ -p ipv6-icmp -m conntrack ! --ctstate UNTRACKED -m comment --comment "kubernetes service portals" -j DOCKER
COMMIT
EOF
ip6tables -t mangle -A FORWARD -s 2001:db8:1::1/16 ! -d fd00::/32 -p udp -m mark --mark 0x10/0xf0 -m addrtype --dst-type MULTICAST -j DSCP --set-dscp 10
ip6tables -t nat -A NOPE -s ::1/16 -o eth1 -p sctp -j ACCEPT
ip6tables -t raw -N DOCKER
ip6tables -t mangle -A PREROUTING ! -i veth+ -p udp -g DOCKER
ip6tables -D NOPE -o eth1 -p 47 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables-save -c
ip6tables -t filter -R FORWARD 2 -p 47 -m connmark --mark 5/0xff -j REJECT
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [3:180]
:DOCKER - [0:0]
-A OUTPUT -p udp -m pkttype --pkt-type multicast -j DROP
-A OUTPUT ! -d fd00:a:b::/64 -p tcp -g DOCKER
-A OUTPUT -s 2001:db8::/16 -d 2001:db8:1::1 -p udp -j NFLOG --nflog-group 0 --nflog-prefix p
COMMIT
EOF
ip6tables -t mangle -E DOCKER DOCKER-2
ip6tables -N f2b-sshd
ip6tables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A INPUT -s ::1 -d fe80::1 -p tcp -j DOCKER
-A FORWARD -m pkttype --pkt-type unicast -g DOCKER
-A FORWARD -s 2001:db8:1::1 ! -o cni0 -p tcp -m statistic --mode nth --every 2 --packet 1 -j f2b-sshd
COMMIT
EOF
iptables-restore --noflush -c <<'EOF'
*raw
:PREROUTING DROP [7:733]
:RCHAIN - [0:0]
-A RCHAIN -d 127.171.205.70 -o docker0 -j LOGDROP
-A OUTPUT -s 10.29.87.181 -p all -m ttl --ttl-gt 60 -m conntrack --ctstate RELATED,ESTABLISHED -g LOGDROP
COMMIT
EOF
iptables -t nat -F
iptables -Z FORWARD
iptables -I FORWARD 1 -s 172.225.206.28 -p all -m state ! --state ESTABLISHED,RELATED -j MARK --set-xmark 0x4000/0x4000
iptables -t raw -A PREROUTING -p udp -j RETURN
iptables -t mangle -L -x -v -n
iptables -L INPUT
iptables -N KUBE-SVC-ABC
iptables -t mangle -D POSTROUTING 2
iptables -Z FORWARD
iptables -t nat -S
iptables -t nat -X
iptables -t security -L -n
ip6tables -t nat -I POSTROUTING -s fd00::/127 -m pkttype --pkt-type unicast -j TRACE
iptables -t nat -I POSTROUTING 1 -p tcp -m addrtype ! --dst-type MULTICAST -j TTL --ttl-set 64
iptables -t nat -A PREROUTING ! -s 172.115.180.173 -d 172.192.129.104 -i lo -p udp -m length --length 100:200
iptables -t security -N MYCHAIN
ip6tables -t security -Z
ip6tables -X f2b-sshd
ip6tables -C DOCKER -d 2001:db8:1::1 -i eth0 -p udp -m state --state NEW -m mark --mark 0x4000/0x4000
ip6tables -nvL
ip6tables -A OUTPUT -d fd00::/64 -p all -j DOCKER
ip6tables -t raw -I PREROUTING 3 -i lo -p 47 -m mark --mark 0x4000/0x4000 -m mac --mac-source 02:00:00:00:00:60 -j CONNMARK --restore-mark
iptables -t raw -L -v
iptables -E KUBE-SVC-ABC KUBE-SVC-ABC-2
ip6tables -D OUTPUT -d 2001:db8:: -p sctp -m hl --hl-gt 244 -m state --state INVALID -j ACCEPT
iptables -X KUBE-SVC-ABC-2
iptables-save
ip6tables-save

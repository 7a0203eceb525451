# Random iptables/ip6tables rule set, seed 135 (conformance/generators/iptables.ts)
iptables -t mangle -L -v
iptables -t security -A OUTPUT -p tcp -j NFLOG --nflog-group 0
iptables -t raw -C PREROUTING -p tcp -j CONNMARK --save-mark
iptables -t filter -A FORWARD -m addrtype ! --dst-type MULTICAST -j DROP
iptables -t filter -S FORWARD 2
iptables -Z OUTPUT
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [8:541]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p sctp -j NFLOG --nflog-group 4 --nflog-prefix p
-A INPUT -s 2001:db8:1::1 -d fe80::1/16 -p sctp -j MARK --and-mark 0xff
COMMIT
EOF
ip6tables -A OUTPUT -o eth+ -p ipv6-icmp -m conntrack --ctstate NEW -j CONNMARK --restore-mark
ip6tables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A OUTPUT -o eth+ -p 47 -j RETURN
-A DOCKER -o eth1 -j RETURN
-A DOCKER -o cni0 -p ipv6-icmp -j CONNMARK --save-mark
-A DOCKER -j NFLOG --nflog-group 4 --nflog-prefix p
COMMIT
EOF
ip6tables -t mangle -F
ip6tables -A OUTPUT -c 177 77332 -p udp -j REJECT
ip6tables -t filter -X FORWARD
iptables-save
iptables -C INPUT -d 10.144.241.191/0 -p tcp -m tcp --dport 443 -j DROP
iptables -t security -D FORWARD 3
ip6tables -t security -R OUTPUT 3 -s 2001:db8:: ! -o eth1 -p ipv6-icmp -m statistic --mode nth --every 10 --packet 0 -m physdev --physdev-out eth+ -j MARK --and-mark 0xff
ip6tables -L -x -v -n
ip6tables -t filter -L
ip6tables -t raw -A OUTPUT -o eth1 -p ipv6-icmp -m addrtype --src-type LOCAL -j TRACE
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [6:584]
:RCHAIN - [0:0]
[0:277] -A FORWARD -s ::1 -d fe80::1 -p sctp -j NFLOG --nflog-group 2 --nflog-prefix p
-A INPUT ! -s fe80::1 ! -d fe80::1 -p ipv6-icmp -m conntrack --ctstate NEW -m limit --limit 100/day -j MARK --or-mark 0x8
COMMIT
EOF
ip6tables -t security -A FORWARD -d fd00:a:b:: -m statistic --mode nth --every 10 --packet 1 -m mac ! --mac-source 02:00:00:00:00:85 -j LOG --log-prefix "IN: " --log-level 4
ip6tables -X INPUT
iptables -L INPUT 1 -n -v
iptables -v -X
iptables -I INPUT 2 -s 127.24.132.96/32 ! -o docker0 -p udp -m statistic --mode nth --every 10 --packet 1 -m ttl --ttl-eq 213 -j CONNMARK --set-mark 0x2
iptables -t security -F
iptables -X OUTPUT
iptables -t filter -Z FORWARD
ip6tables -X KUBE-SERVICES
iptables -t filter -X
iptables-save -c
iptables -I INPUT 1 -p 47 -j DROP
iptables -t mangle -w 1 --append OUTPUT -d 172.39.47.140/16 -p udp -j DROP
ip6tables -D NOPE 2
ip6tables -t nat -X
ip6tables-save
ip6tables -t mangle -v -A POSTROUTING -p 47 -m state --state ESTABLISHED,RELATED -j LOG --log-level 4
ip6tables -S FORWARD 1
iptables -t filter --list OUTPUT --numeric --line-numbers
iptables -I INPUT -d 172.45.121.227 -p all -j LOG --log-level 7
iptables -t security -Z INPUT
ip6tables -t nat -S OUTPUT
ip6tables -t nat -L OUTPUT 2 -n -v
ip6tables -t security -A INPUT -c 659 64141 ! -s fd00:a:b:: -d 2001:db8::/16 -i eth0 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode nth --every 2 --packet 1 -j RCHAIN
ip6tables -t nat -L -v -Z
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [2:411]
:DOCKER - [0:0]
-A OUTPUT -s 172.31.218.67 -m comment --comment x_y-z -m limit --limit 1/hour -j CONNMARK --restore-mark
COMMIT
EOF
iptables -t raw -I PREROUTING 4 -d 127.156.37.217/16 -m addrtype --src-type LOCAL -m pkttype ! --pkt-type unicast
iptables -v -A OUTPUT -d 172.49.216.59 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80"
iptables -t nat -P PREROUTING RETURN
iptables -t filter -v -I FORWARD 3 ! -s 127.161.103.44/16 -i lo -o eth1 -m pkttype --pkt-type unicast -m state --state ESTABLISHED,RELATED -j REJECT
iptables -A INPUT -p tcp -m multiport --dports http,https -j CT --notrack
iptables-save
iptables -t filter -Z
iptables-save -c -t security
iptables -t filter -A FORWARD -p tcp --tcp-flags SYN,RST SYN -m pkttype --pkt-type multicast -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -I FORWARD 2 -p tcp -j REJECT
iptables -A OUTPUT -p tcp -m statistic --mode random --probability 1 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -v -I KUBE-SERVICES 2 -s 2001:db8:: -i eth0 -o docker0 -p tcp -m tcp --dport 0 --syn -j KUBE-SERVICES
iptables -t mangle -X
iptables -t mangle -A INPUT -p all -m ttl --ttl-gt 124 -m pkttype --pkt-type multicast -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -I INPUT ! -s 172.70.183.234 -d 192.178.226.96/0 -p 47 -m mac ! --mac-source 02:00:00:00:00:47 -j DSCP --set-dscp 0x2e
iptables -w 1 --append FORWARD -s 192.134.73.57/24 -m length --length 1500 -j TRACE
iptables -t raw --list PREROUTING --numeric --line-numbers
iptables -D FORWARD 4
iptables -t mangle -A POSTROUTING -s 198.220.96.96/24 -p 47 -j ACCEPT
iptables -t filter -F
iptables -t security -A FORWARD -i br0 -p tcp
iptables -t raw -v -I PREROUTING 1 -s 192.250.131.4/24 -p udp -m comment --comment docker --sport 65535:9000 -j LOG --log-level 4
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:992]
:DOCKER - [0:0]
[4:105] -A INPUT -p icmp -j MARK --set-mark 0x1
-A OUTPUT -p tcp -j DROP
[4:393] -A OUTPUT -s 10.81.93.46 -o eth1 -p sctp -j DOCKER
COMMIT
EOF
iptables -t raw -v -A PREROUTING -p udp -j CT --zone 3
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 165 (conformance/generators/iptables.ts)
iptables -A FORWARD -c 219 53648 -o cni0 -p 47 -j MARK --set-xmark 0x4000/0x4000
iptables -S INPUT 1
iptables -v -F INPUT
iptables -Z FORWARD
iptables -v -I INPUT 3 -s 10.108.76.139/24 -p tcp -m connmark --mark 0x1 -j ACCEPT
iptables -v -X
ip6tables -A OUTPUT -c 157 35169 -p udp -j RETURN
ip6tables -t filter -L NOPE
ip6tables -t security -A INPUT -s 2001:db8::/128 -d ::1/127 -p sctp -j DROP
ip6tables -D OUTPUT -s fd00:: -d 2001:db8:: -p all -m comment --comment "kubernetes service portals" -m comment --comment "kubernetes service portals" -j ACCEPT
ip6tables -R OUTPUT 3 -d fd00:a:b:: -p 47 -j DROP
iptables -t filter -v -F INPUT
iptables -P OUTPUT ACCEPT
iptables-restore <<'EOF'
*filter
:INPUT DROP [5:866]
:DOCKER - [0:0]
[3:335] -A INPUT -i lo -p udp -m multiport --sports 80,443 -m addrtype --dst-type LOCAL -j TRACE
[3:33] -A FORWARD -d 172.200.34.252 -i eth0 -p all -m iprange --dst-range 10.0.0.1-10.0.0.30 -g DOCKER
-A DOCKER -o eth+ -m state --state NEW -j DROP
[4:145] -A INPUT -i veth+ -p tcp
COMMIT
EOF
iptables -Z FORWARD 2
ip6tables -t filter -L OUTPUT 2 -n -v
ip6tables -t filter -A OUTPUT -s fd00:a:b:: -d 2001:db8:1::1/128 -p 47 -m comment --comment docker -m pkttype --pkt-type unicast -j RETURN
ip6tables -t filter -Z INPUT 3
ip6tables -L -n --line-numbers
ip6tables -t filter -L -x -v -n
ip6tables -R OUTPUT 2 -p tcp -m addrtype --src-type LOCAL -m addrtype --src-type LOCAL -j RETURN
ip6tables -t security -D FORWARD 3
ip6tables -F
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:392]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p udp -j RETURN
-A INPUT -p tcp -m pkttype --pkt-type multicast -j LOG
-A INPUT -s ::1 -p tcp -m statistic --mode nth --every 3 --packet 0 -j KUBE-SERVICES
-A FORWARD -s 2001:db8::/64 ! -o eth+ -p udp -m connmark --mark 0x1 -m addrtype --dst-type MULTICAST -j CONNMARK --restore-mark
COMMIT
EOF
ip6tables -t raw -F
ip6tables -nvL
ip6tables -t filter -X OUTPUT
ip6tables -A NOPE -m hl --hl-lt 131 -j ACCEPT
ip6tables -t filter -A KUBE-SERVICES ! -p udp -j ACCEPT
ip6tables-save -c -t filter
ip6tables -A INPUT -p all -j RETURN
iptables -t security -A FORWARD -d 127.118.156.8 -p 47 -m connmark --mark 5/0xff -m state --state INVALID -j DROP
iptables -t mangle -v -X
iptables -t nat -X PREROUTING
iptables-save -c
iptables -Z OUTPUT 1
ip6tables -A KUBE-SERVICES -c 124 48580 -i veth+ -p ipv6-icmp -j TRACE
ip6tables -t nat -v -I POSTROUTING 3 -m limit --limit 5/min
ip6tables-save -c
ip6tables -t raw -S
ip6tables -t security -A INPUT -d ::1 -p tcp -j LOG --log-prefix "x y" --log-level crit
ip6tables -t mangle -S FORWARD 2
ip6tables -t nat -I PREROUTING 3 -p ipv6-icmp -m pkttype --pkt-type unicast -m mac --mac-source 02:00:00:00:00:77 -j LOG --log-prefix "IN: " --log-level info
ip6tables -t security -L INPUT -n -v --line-numbers
ip6tables -t raw -A PREROUTING -d ::1/48 -p all -m statistic --mode random --probability 0.33333333349 -m pkttype ! --pkt-type unicast -j LOG --log-prefix "drop"
ip6tables -t security -I OUTPUT -p sctp -m mark ! --mark 0x4000/0x4000 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [4:793]
:DOCKER - [0:0]
-A OUTPUT -p ipv6-icmp -m statistic --mode nth --every 2 --packet 1 -j DOCKER
-A OUTPUT -s ::1/48 -d fd00::/32 -p sctp -m connmark ! --mark 5/0xff -m addrtype --src-type LOCAL -j RETURN
COMMIT
EOF
ip6tables -F
ip6tables -I NOPE 1 ! -s ::1 -p all -m physdev --physdev-is-bridged -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t security -A FORWARD -i eth0 -p all -m state --state ESTABLISHED,RELATED -m length --length 100:200 -j ACCEPT
ip6tables -v -F
iptables-restore <<'EOF'
*filter
:INPUT DROP [5:891]
:KUBE-SERVICES - [0:0]
[2:2] -A KUBE-SERVICES -d 192.26.39.184/32 -p udp
-A OUTPUT -j REJECT --reject-with icmp-admin-prohibited
[3:136] -A FORWARD -d 10.249.63.255/8 -m conntrack ! --ctstate RELATED,ESTABLISHED -m ttl --ttl-gt 184 -j KUBE-SERVICES
COMMIT
EOF
iptables -t nat -Z POSTROUTING 3
iptables -t raw -L OUTPUT
iptables -t raw -I PREROUTING 4 -p tcp -j TRACE
iptables -t filter -R OUTPUT 2 -s 198.250.189.148/16 -p 47 -m comment --comment "a/b:c -> 10.0.0.1:80" -m mark --mark 1 -j TRACE
iptables -t raw -X
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:22]
:KUBE-SERVICES - [0:0]
-A FORWARD -i docker0 -p 47 -m conntrack --ctstate INVALID -m length --length 1500 -j RETURN
[3:276] -A OUTPUT -o eth1 -p udp -j LOG
-A KUBE-SERVICES -j MARK --and-mark 0xff
COMMIT
EOF
ip6tables -v -X
ip6tables -A INPUT -s 2001:db8:1::1/32 ! -p tcp --tcp-flags ALL NONE -j ACCEPT
ip6tables -t security -A INPUT -s fd00:a:b::/16 -d fe80::1/16 -j NFLOG --nflog-group 0
ip6tables -t security -A INPUT -s fd00:a:b::/16 -p tcp -m statistic --mode random --probability 0.25000000000 -m length --length 0:64 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t nat -S INPUT
ip6tables -A KUBE-SERVICES ! -d fd00:a:b:: ! -i docker0 -p tcp -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t filter -v -X KUBE-SERVICES
iptables -t raw -A PREROUTING -d 198.58.8.75/30 -p icmp -j NOTRACK
iptables -C INPUT -i docker0 -p tcp -j CONNMARK --set-mark 0x2
iptables -t mangle -A POSTROUTING -o docker0 -p tcp -j TCPMSS --set-mss 1400
ip6tables-save
ip6tables -t nat -L -n
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 62 (conformance/generators/iptables.ts)
iptables -t mangle -N KUBE-SERVICES
iptables -t filter -F
iptables -R OUTPUT 3 -s 172.169.219.68/8 -p tcp -j DROP
iptables -t filter -F
iptables -A FORWARD -p 47 -m ttl --ttl-lt 92
iptables -t mangle -P OUTPUT ACCEPT
iptables-restore --noflush -c <<'EOF'
*security
:RCHAIN - [0:0]
[0:141] -A FORWARD ! -o docker0 -p 47 -m addrtype --src-type UNICAST -j CONNMARK --restore-mark
COMMIT
EOF
iptables -t filter -I INPUT -p sctp -m length --length 1500 -j RETURN
iptables -t raw -A OUTPUT -p all -m length --length 100:200 -m statistic --mode random --probability 0.25000000000 -j CONNMARK --set-mark 0x2
iptables -t filter -A OUTPUT -p all -m state --state NEW -m ttl --ttl-gt 197 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables-save
ip6tables -t filter -I OUTPUT -p ipv6-icmp -m addrtype --dst-type UNICAST --icmpv6-type neighbour-solicitation -j DROP
iptables -t mangle -A INPUT ! -s 192.134.20.157/12 ! -d 198.141.28.219/8 -p tcp -m connmark --mark 0x1 -m conntrack ! --ctstate INVALID -j DROP
iptables -t nat -A PREROUTING -i eth0 -p 47 -j MARK --set-mark 0x1
iptables -t filter -I INPUT 3 -m mark ! --mark 0x4000/0x4000 -m conntrack --ctstate NEW -j DROP
iptables-save -c
ip6tables -A OUTPUT ! -d fe80::1/128 ! -o eth1 -p udp -m addrtype --dst-type MULTICAST -m udp ! --dport 443 -j CONNMARK --restore-mark
ip6tables -A NOPE -m addrtype --src-type UNICAST -m state --state INVALID -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t nat -A INPUT -d 2001:db8:1::1 -i lo -p tcp -m pkttype ! --pkt-type unicast -j DROP
ip6tables -I INPUT 3 -p 47 -j DROP
iptables -t filter -D OUTPUT 1
iptables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A INPUT -p all -m mark --mark 0x10/0xf0
COMMIT
EOF
iptables -P INPUT RETURN
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [3:647]
:KUBE-SERVICES - [0:0]
-A FORWARD -d 10.159.62.63/32 -p tcp -m statistic --mode random --probability 0.33333333349 -j LOG
-A KUBE-SERVICES -i veth+ ! -o cni0 -p sctp -m ttl --ttl-eq 6 -m comment --comment x_y-z -j KUBE-SERVICES
-A FORWARD ! -o docker0 -p tcp -g KUBE-SERVICES
-A KUBE-SERVICES -d 10.61.52.200/24 -i lo -p tcp
COMMIT
EOF
iptables -N KUBE-SERVICES
ip6tables -t raw -F
ip6tables -t security -S -v
ip6tables -D FORWARD ! -s 2001:db8:: -o eth+ -p 47 -m statistic --mode nth --every 10 --packet 0 -j TRACE
ip6tables -F
ip6tables -t filter -P OUTPUT ACCEPT
ip6tables -A OUTPUT -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -m length ! --length 100:200 -j CONNMARK --set-mark 0x2
ip6tables -t nat -F
ip6tables -L -n
ip6tables -F
ip6tables -t mangle -I FORWARD -p 47 -m comment --comment x_y-z -m state --state NEW -j RETURN
ip6tables -t filter -S
ip6tables -t nat -A PREROUTING ! -d fd00::/16 -p tcp --syn -j DNAT --to-destination 2001:db8::1
ip6tables -t raw -N DOCKER-USER
ip6tables -t security -S
ip6tables -t security -Z
ip6tables -t nat -A PREROUTING ! -i lo -p tcp -j DNAT --to-destination '[fd00::3]:8080'
ip6tables -t filter -A NOPE ! -s fd00:a:b::/48 -d fd00:: -p tcp -j DROP
ip6tables -D OUTPUT -p 47 -m statistic --mode nth --every 3 --packet 1 -j TRACE
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [0:660]
:DOCKER - [0:0]
-A PREROUTING -s 2001:db8:1::1/32 -m conntrack --ctstate UNTRACKED -j TRACE
-A OUTPUT -s 2001:db8::/48 -o docker0 -m mark ! --mark 0x10/0xf0 -j RETURN
-A POSTROUTING ! -s 2001:db8:1::1/48 -o docker0 -m comment --comment x_y-z -j SNAT --to-source fd00::3
COMMIT
EOF
ip6tables -D INPUT 2
ip6tables -t nat -Z DOCKER
ip6tables -R INPUT 3 -p udp -m limit --limit 10/second --limit-burst 5 -m addrtype --src-type LOCAL -j MARK --or-mark 0x8
ip6tables -t security -A FORWARD -i lo -p tcp -m mark --mark 0xffffffff -j LOG --log-level info
iptables -N KUBE-SVC-ABC
ip6tables -t raw -S
ip6tables -A FORWARD -d 2001:db8:: -i br0 -p tcp -m state --state NEW -j CONNMARK --save-mark
ip6tables -t nat -N f2b-sshd
ip6tables -t nat -A POSTROUTING -p 47 -m conntrack --ctstate NEW -m pkttype --pkt-type broadcast -j TRACE
ip6tables -t raw -S
ip6tables -A FORWARD -s fd00:: -p ipv6-icmp -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -A NOPE -p tcp -m addrtype --src-type LOCAL -j DROP
ip6tables -D FORWARD 4
ip6tables -t nat -I PREROUTING -p tcp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m limit --limit 5/min -j TRACE
ip6tables -X
ip6tables-save
ip6tables -I INPUT 2 -s 2001:db8:1::1/48 -p all -m mac --mac-source 02:00:00:00:00:19 -m comment --comment "kubernetes service portals" -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t nat -A OUTPUT ! -p tcp -m pkttype --pkt-type multicast -j CONNMARK --restore-mark
ip6tables -I INPUT 2 ! -d fe80::1/48 -m mac --mac-source 02:00:00:00:00:88 -j TRACE
ip6tables -t security -A FORWARD -o eth+ -p 47
ip6tables -t security -X
ip6tables -D OUTPUT 1
iptables -t filter -Z
iptables -t security -I RCHAIN 3 -p tcp -m tcp --dport http -m conntrack --ctstate ESTABLISHED,RELATED,DNAT
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [8:997]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -i veth+ -p sctp -j ACCEPT
-A POSTROUTING -s 172.121.29.254 ! -d 198.82.6.227 -m statistic --mode random --probability 1 -m pkttype --pkt-type broadcast -j ACCEPT
-A POSTROUTING -s 10.131.40.104/12 -p 47 -m addrtype --dst-type MULTICAST -j SNAT --to-source 172.17.0.2
COMMIT
EOF
iptables -t nat -A INPUT ! -d 10.112.93.239/16 -i docker0 -j SNAT --to-source 10.0.0.1
iptables-save
ip6tables-save

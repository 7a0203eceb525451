# Random iptables/ip6tables rule set, seed 19 (conformance/generators/iptables.ts)
iptables -A INPUT -p icmp -j ACCEPT
iptables -t raw -X
iptables-save
iptables -A FORWARD -i veth+ -o cni0 -p tcp -j TRACE
iptables -t raw -D OUTPUT -s 192.183.144.17 -p tcp -m limit --limit 1/hour --limit-burst 20 -j RETURN
iptables-save
iptables-save -c
ip6tables -t raw -L -v
ip6tables -A INPUT -i br0 -p tcp -m state --state ESTABLISHED,RELATED -j REJECT --reject-with icmp6-no-route
ip6tables -Z
ip6tables -t security -A INPUT -p sctp -m statistic --mode nth --every 3 --packet 1 -m comment --comment "kubernetes service portals" -j ACCEPT
ip6tables -L
ip6tables -t security -L FORWARD -n -v --line-numbers
ip6tables -A INPUT -d fd00:: -i br0 -j REJECT --reject-with tcp-reset
iptables -A INPUT -s 198.54.236.165 -p udp -m owner --uid-owner 65534 -j RETURN
iptables -t nat -A OUTPUT -p tcp -m length --length 1500 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -I INPUT -s 192.42.39.57 -p sctp -j TRACE
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [3:640]
:RCHAIN - [0:0]
-A INPUT -j NFLOG --nflog-group 0 --nflog-prefix p
-A RCHAIN -s fd00:a:b::/48 -i veth+ -p tcp -j RCHAIN
-A RCHAIN -d fe80::1 -i eth0 -p tcp -j MARK --and-mark 0xff
-A INPUT -s 2001:db8:1::1 -i eth0 -p tcp -m connmark --mark 0x1 ! --syn -j DROP
COMMIT
EOF
ip6tables-save -t filter
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [2:894]
:RCHAIN - [0:0]
-A PREROUTING -p sctp -m comment --comment docker -m statistic --mode random --probability 0.25000000000 -j ACCEPT
COMMIT
EOF
ip6tables -P INPUT RETURN
ip6tables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [1:584]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES ! -d fe80::1/127 -p ipv6-icmp -m mark --mark 0x10/0xf0 -m hl --hl-lt 66 -g KUBE-SERVICES
COMMIT
EOF
ip6tables -t raw -A OUTPUT -p udp -m addrtype --src-type UNICAST -j LOG --log-prefix "x y" --log-level 4
ip6tables -E RCHAIN RCHAIN-2
ip6tables -A INPUT -m addrtype --dst-type BROADCAST -j MARK --set-mark 0x1
ip6tables -t filter -X
iptables -t mangle -L -v
iptables-save -c
iptables -t nat -I INPUT 1 -d 10.185.40.121/24 -p udp -j DROP
iptables -I FORWARD 3 -p sctp -m pkttype --pkt-type unicast -j REJECT --reject-with icmp-admin-prohibited
iptables -S -v
iptables -t filter -L -v
ip6tables -P INPUT ACCEPT
ip6tables -N KUBE-SVC-ABC
ip6tables -t mangle -A POSTROUTING -o eth+ -p ipv6-icmp -m conntrack --ctstate NEW -j DROP
ip6tables -L -n -v
ip6tables -t raw -I PREROUTING 1 ! -s fe80::1 -d fd00:a:b::/128 -i br0 -p 47 -m length --length 100:200 -m mac --mac-source 02:00:00:00:00:64 -j DROP
iptables-restore <<'EOF'
*security
:KUBE-SERVICES - [0:0]
-A INPUT -m addrtype --dst-type LOCAL -m statistic --mode random --probability 0.5 -j CONNMARK --restore-mark
[2:235] -A KUBE-SERVICES -i eth0 -p icmp -j LOG --log-level 7
-A OUTPUT -s 127.192.228.255/24 -p 47 -j DROP
-A FORWARD -p icmp -m ttl --ttl-gt 102 -m statistic --mode nth --every 3 --packet 0 -j MARK --or-mark 0x8
COMMIT
EOF
iptables -t mangle -S
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:580]
:DOCKER - [0:0]
-A OUTPUT -p tcp --syn -j ACCEPT
-A INPUT -s 198.182.5.207/32 ! -d 127.150.109.100/0 -p all -m mac --mac-source 02:00:00:00:00:55 -m physdev --physdev-in veth0 -j DOCKER
-A FORWARD -s 198.195.5.200/30 -i br0 -p all -m statistic --mode random --probability 0.25000000000 -m mac --mac-source 02:00:00:00:00:14 -j DOCKER
-A DOCKER -d 198.62.105.70/32 ! -o eth+ -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.105 -m addrtype --dst-type BROADCAST -j TRACE
COMMIT
EOF
iptables -A FORWARD -s 10.35.237.216/0 -i eth0 -o eth+ -p all -j TRACE
iptables -t mangle -I OUTPUT 2 -p 47
iptables -D INPUT 4
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:22]
:KUBE-SERVICES - [0:0]
-A FORWARD -d 127.38.190.91/16 -o cni0 -p sctp -m conntrack ! --ctstate RELATED,ESTABLISHED -m mac --mac-source 02:00:00:00:00:29 -j ACCEPT
-A FORWARD -s 127.176.137.53/16 -p sctp -j KUBE-SERVICES
-A OUTPUT -s 198.153.242.115 -p sctp -m mark ! --mark 1 -m statistic --mode random --probability 0.5 -j LOG
-A INPUT -p udp ! --sport http -j RETURN
COMMIT
EOF
iptables -t nat -I OUTPUT -p tcp -m physdev ! --physdev-is-in -j CONNMARK --set-mark 0x2
ip6tables -t mangle -N DOCKER-USER
ip6tables -S -v
ip6tables-save
ip6tables -t nat -A POSTROUTING -d 2001:db8:1::1/64 -j ACCEPT
ip6tables -D KUBE-SVC-ABC -p udp
iptables -t raw -F
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [3:949]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 198.216.141.74 -o cni0 -p 47 -m pkttype --pkt-type unicast -j NFLOG --nflog-group 4 --nflog-prefix p
[1:158] -A OUTPUT -s 10.23.109.73/0 -d 172.96.187.194/24 -m pkttype --pkt-type unicast -j TRACE
-A INPUT -p all -m iprange --dst-range 10.0.0.1-10.0.0.127 -j RETURN
COMMIT
EOF
iptables -t security -F
iptables -t raw -D OUTPUT -d 127.190.244.144/8 ! -o eth1 -p icmp -m comment --comment "kubernetes service portals" -m addrtype --dst-type LOCAL
iptables -t security -A INPUT -d 192.148.137.18/8 -m mac --mac-source 02:00:00:00:00:20 -m state --state INVALID -j KUBE-SERVICES
iptables -N DOCKER
ip6tables -t filter -D KUBE-SVC-ABC -d 2001:db8:: -m limit --limit 10/second --limit-burst 20 -j LOG --log-prefix "x y"
ip6tables -F
ip6tables -t filter -D RCHAIN-2 4
ip6tables -A FORWARD ! -d 2001:db8::/128 -p udp -m mac --mac-source 02:00:00:00:00:10 -j ACCEPT
iptables-save
ip6tables-save

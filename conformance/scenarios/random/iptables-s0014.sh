# Random iptables/ip6tables rule set, seed 14 (conformance/generators/iptables.ts)
iptables -A OUTPUT -m connmark ! --mark 0x1 -j NFLOG --nflog-group 1
iptables -A INPUT ! -s 10.29.33.201/32 -p all -m limit --limit 3/s --limit-burst 5 -j RETURN
iptables-restore --noflush <<'EOF'
*mangle
:KUBE-SERVICES - [0:0]
-A INPUT -d 198.37.77.174/8 -p all -m mac --mac-source 02:00:00:00:00:86 -m pkttype ! --pkt-type unicast -j TRACE
COMMIT
EOF
iptables -t nat -R INPUT 1 ! -s 172.132.151.127 -p udp -j LOG --log-level info
iptables -A FORWARD ! -s 127.126.18.243/8 -i veth+ -o eth1 -j LOG --log-prefix "IN: "
ip6tables -t raw -L -x -v -n
ip6tables -t mangle -S -v
ip6tables -t nat -F
ip6tables -I INPUT 1 ! -s fd00::/128 -p all -j MARK --xor-mark 0x3
ip6tables -t filter -D FORWARD 2
ip6tables -t filter -X
ip6tables -X
ip6tables -t filter -C INPUT -p tcp -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t security -A INPUT -s fd00:: -d fd00:a:b:: -p all -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j DROP
ip6tables -t filter -R FORWARD 2 -d fd00:a:b::/16 -p ipv6-icmp -m state --state ESTABLISHED,RELATED -m state --state INVALID -j LOG --log-level 4
ip6tables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [1:626]
:DOCKER - [0:0]
-A DOCKER -s fd00:a:b:: -p all -m addrtype --src-type UNICAST -m owner --uid-owner 100-200 -j LOG --log-prefix "x y" --log-level 4
[1:467] -A DOCKER -d fe80::1 ! -o eth1 -p ipv6-icmp -m length --length 0:64 -m pkttype --pkt-type multicast -j RETURN
[0:456] -A INPUT -p 47 -j DOCKER
COMMIT
EOF
ip6tables-save -t filter -c
iptables -t filter -D INPUT ! -i lo -p all -m comment --comment "a/b:c -> 10.0.0.1:80" -m pkttype --pkt-type broadcast -j REJECT
iptables -t nat -A PREROUTING -s 172.226.89.176/0 -d 198.85.22.7 -i veth+ -p udp -m udp --dport 80 -m multiport --ports 53 -j NFLOG --nflog-group 3
ip6tables -t filter -D INPUT -s 2001:db8:: -i docker0 -p tcp -m tcp --dport 65535 -m mac --mac-source 02:00:00:00:00:20 -j MARK --set-mark 5/0xff
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:121]
:DOCKER - [0:0]
-A INPUT -s 2001:db8:1::1 -p ipv6-icmp -j DROP
[3:49] -A FORWARD ! -s ::1/64 ! -d 2001:db8::/127 -p tcp -m addrtype --src-type UNICAST -m physdev --physdev-in veth0 -j RETURN
-A INPUT -s 2001:db8::/64 -p 47 -m state ! --state INVALID -m conntrack --ctstate INVALID -j DOCKER
-A DOCKER -j RETURN
COMMIT
EOF
ip6tables -t raw -D OUTPUT -d fd00::/64 -p sctp -j DROP
ip6tables-save -t nat -c
ip6tables-save -t security
ip6tables -t filter -L -n
ip6tables -D OUTPUT -s fe80::1 -m statistic --mode random --probability 0.1 -j LOG --log-prefix "x y"
iptables -t raw -S -v
iptables -F
iptables -t filter -L -x -v -n
iptables -t filter -N LOGDROP
iptables -A LOGDROP -p tcp --sport 1024 -m mark --mark 1 -j MARK --and-mark 0xff
iptables -I LOGDROP -d 127.143.176.59/12 -o cni0 -p 47 -j CONNMARK --save-mark
iptables -t nat -N LOGDROP
iptables -P FOO DROP
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [2:321]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p tcp -j TRACE
-A KUBE-SERVICES -p tcp -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT ! -i docker0 -p udp -m length --length 100:200 -j ACCEPT
COMMIT
EOF
iptables-save -t raw -c
iptables -I LOGDROP 2 -s 172.146.195.56/0 -i lo -p icmp -m addrtype --src-type UNICAST -j LOG --log-prefix "x y"
iptables -X LOGDROP
iptables-save
iptables -D OUTPUT 2
iptables -t security -A OUTPUT -s 172.132.113.24/0 ! -o eth+ -p tcp -j ACCEPT
iptables -t security -A KUBE-SERVICES -s 10.160.111.159 -i eth0 -m ttl --ttl-gt 166 -m connmark ! --mark 5/0xff -j DROP
iptables -t filter -Z LOGDROP
iptables -t raw -L -n -v
ip6tables -t raw -A PREROUTING ! -i lo -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --set-mark 0x2
ip6tables-save -c
ip6tables -t raw -L -v
iptables -t filter -E LOGDROP LOGDROP-2
iptables -A INPUT -s 192.187.58.173 -d 198.29.152.221 -i br0 -g LOGDROP-2
iptables -Z
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [6:591]
:RCHAIN - [0:0]
-A FORWARD -d 172.239.209.48/32 -p sctp -m comment --comment x_y-z -j RCHAIN
COMMIT
EOF
ip6tables -t security -A FORWARD -i docker0 -p all -m connmark ! --mark 5/0xff -j LOG
ip6tables -t security -I NOPE 2 ! -s 2001:db8:1::1/48 -d 2001:db8:: -p tcp --sport http -j MARK --xor-mark 0x3
ip6tables -D INPUT -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:10 -j TRACE
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -p 47 -m mark --mark 0x10/0xf0 -j KUBE-SERVICES
-A INPUT -d fd00:a:b:: -p ipv6-icmp -m state --state INVALID -j DROP
-A INPUT -p udp -m connmark --mark 0x1
[3:26] -A INPUT -i br0 ! -p tcp -m hl --hl-eq 76 -m addrtype --src-type UNICAST -j REJECT --reject-with icmp6-port-unreachable
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [7:835]
:RCHAIN - [0:0]
-A POSTROUTING -p tcp -m ttl --ttl-eq 177 -j MARK --set-mark 0x1
-A RCHAIN -s 10.232.95.46/0 -p tcp -m addrtype --src-type LOCAL -m mark ! --mark 0x10/0xf0 -g RCHAIN
-A OUTPUT -s 10.150.157.107/24 -d 192.123.145.150/8 -p all -m addrtype --src-type UNICAST -m pkttype --pkt-type multicast -j LOG --log-level 7
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -m physdev ! --physdev-is-in -m limit --limit 1/hour -j RCHAIN
-A RCHAIN -p udp -j NFLOG --nflog-group 1 --nflog-prefix p
-A FORWARD -s 198.101.169.95/32 -d 172.99.173.133 -i eth0 -p 47 -m addrtype --dst-type UNICAST -j REJECT
-A OUTPUT -p sctp -m limit --limit 1/hour --limit-burst 1 -m pkttype --pkt-type broadcast -j TRACE
COMMIT
EOF
iptables -t raw -F
iptables -t mangle -A FORWARD -s 198.210.198.96/16 -d 10.124.227.241/8 -o cni0 -p all -m statistic --mode random --probability 0.25000000000 -m pkttype --pkt-type multicast -j KUBE-SERVICES
ip6tables -t filter -D OUTPUT -p ipv6-icmp -j NFLOG --nflog-group 1 --nflog-prefix p
iptables-save
ip6tables-save

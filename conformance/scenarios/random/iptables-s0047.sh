# Random iptables/ip6tables rule set, seed 47 (conformance/generators/iptables.ts)
iptables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING ACCEPT [8:443]
:RCHAIN - [0:0]
[1:371] -A PREROUTING ! -d 10.60.183.137 -m mark ! --mark 0x10/0xf0 -j RCHAIN
-A POSTROUTING -s 127.21.137.203/12 -d 192.9.180.131/30 -p udp -m multiport --ports http,https -j TRACE
-A PREROUTING -d 127.176.113.117/12 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
COMMIT
EOF
iptables -A INPUT ! -i veth+ -p udp -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:217]
:RCHAIN - [0:0]
-A RCHAIN -o eth+ -p tcp -m multiport --ports 80,443 -j LOG --log-level 4
-A OUTPUT -d 172.198.200.35/0 -p all -m pkttype --pkt-type unicast -m pkttype --pkt-type unicast -j RCHAIN
-A RCHAIN ! -o docker0 -p tcp -j RCHAIN
COMMIT
EOF
iptables -A OUTPUT -p icmp -j TRACE
iptables -D RCHAIN -d 10.216.1.184 -j DROP
iptables -A OUTPUT -s 172.120.239.4 -m addrtype ! --dst-type UNICAST -j NFLOG --nflog-group 3
iptables -S -v
iptables -A FORWARD -o eth1 -p 47 -m length --length 100:200 -j DROP
iptables -I OUTPUT 3 -m limit --limit 10/second --limit-burst 20 -m comment --comment "kubernetes service portals" -g RCHAIN
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [0:7]
:DOCKER - [0:0]
-A PREROUTING -d 10.109.116.31/30 -i br0 -p tcp -j LOG --log-prefix "drop"
-A PREROUTING -p 47 -j CT --notrack
-A PREROUTING -s 10.160.117.186/0 -i veth+ -m mark --mark 0xffffffff -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
[2:69] -A DOCKER -i lo -j DOCKER
COMMIT
EOF
iptables -t filter -A RCHAIN -m connmark --mark 5/0xff -m ttl --ttl-lt 7 -j CONNMARK --restore-mark
iptables -t filter -A FORWARD ! -i docker0 -p icmp -m comment --comment docker -m length --length 1500 -j DROP
iptables -t security -P OUTPUT DROP
iptables -t mangle -A OUTPUT -s 10.90.234.207/30 -d 172.161.236.202/8 -p tcp -m state --state INVALID -j DSCP --set-dscp 0x2e
ip6tables -P FOO DROP
iptables -t filter -A INPUT -p icmp -j ACCEPT
iptables-restore --noflush -c <<'EOF'
*nat
:DOCKER - [0:0]
-A INPUT -i br0 -m state --state ESTABLISHED,RELATED -j LOG --log-prefix "x y" --log-level info
-A INPUT -p tcp -j DROP
[2:394] -A POSTROUTING -p 47 -j MASQUERADE --random-fully
-A OUTPUT -p tcp -m physdev --physdev-out eth+ -j MARK --set-mark 5/0xff
COMMIT
EOF
ip6tables -F
ip6tables -N KUBE-SEP-XYZ
ip6tables -t security -L INPUT
ip6tables -t mangle -I OUTPUT 4 ! -s 2001:db8:: -p all -j LOG
ip6tables -A FORWARD -s fe80::1 -i docker0 -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
ip6tables -A KUBE-SEP-XYZ -p ipv6-icmp -m statistic --mode nth --every 2 --packet 1 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 0
iptables -t security -A OUTPUT -m pkttype --pkt-type broadcast -m addrtype --src-type LOCAL -j ACCEPT
iptables -A INPUT -p icmp -j RCHAIN
iptables -t nat -X DOCKER
ip6tables -t filter -N KUBE-SERVICES
ip6tables -L -x -v -n
ip6tables -t nat -A OUTPUT -p tcp -j ACCEPT
ip6tables-restore -c <<'EOF'
*filter
:DOCKER - [0:0]
[2:338] -A DOCKER -m statistic --mode nth --every 10 --packet 1 -j LOG --log-prefix "IN: "
[4:327] -A DOCKER -o eth1 -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -m addrtype --src-type UNICAST -j RETURN
-A OUTPUT -j REDIRECT
COMMIT
EOF
ip6tables -E DOCKER DOCKER-2
ip6tables -t nat -L
iptables -t mangle -N f2b-sshd
iptables -L
iptables -A NOPE -d 198.97.151.77/30 ! -i lo -j RCHAIN
ip6tables -A INPUT ! -s fd00:: -p udp -j LOG --log-prefix "IN: "
ip6tables -t security -I FORWARD -p sctp -m length --length 1500 -j CONNMARK --restore-mark
ip6tables -E DOCKER-2 DOCKER-2-2
ip6tables -t mangle -A POSTROUTING ! -d 2001:db8:: -m comment --comment x_y-z -j ACCEPT
ip6tables -t filter -A OUTPUT -p ipv6-icmp -j DOCKER-2-2
ip6tables -t mangle -A POSTROUTING -p all -j HL --hl-inc 2
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:782]
:RCHAIN - [0:0]
[2:98] -A RCHAIN -d 198.4.92.159/32 -i eth0 -p udp
-A OUTPUT -p tcp -m statistic --mode nth --every 3 --packet 1 -j LOG --log-level 4
COMMIT
EOF
iptables -t raw -S PREROUTING
iptables -P FOO DROP
iptables -A FORWARD -i veth+ -p icmp -m mark --mark 1 -m mark --mark 0xffffffff -j REJECT
iptables -t nat -A POSTROUTING -d 198.99.252.64/8 -p tcp -m connmark --mark 0x1 -m limit --limit 5/min --limit-burst 20 -j ACCEPT
iptables-restore --noflush -c <<'EOF'
*security
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 198.226.10.31/16 -d 198.109.34.169/0 -p all -m state --state NEW -j LOG --log-prefix "x y" --log-level 7
COMMIT
EOF
ip6tables -L -n --line-numbers
ip6tables -t mangle -A OUTPUT -p tcp -m physdev ! --physdev-is-in -j TRACE
ip6tables -S NOPE
ip6tables -t nat -L
ip6tables -t raw -A OUTPUT -p sctp -m physdev --physdev-out eth+ -m length --length 100:200 -j NFLOG --nflog-group 3
ip6tables-save
ip6tables -t mangle -I POSTROUTING -d 2001:db8:1::1/16 ! -o eth+ -p tcp -m statistic --mode random --probability 0.25000000000 -j CONNMARK --save-mark
ip6tables -t raw -A OUTPUT -s 2001:db8::/48 -p all -j CONNMARK --restore-mark --mask 0xff
ip6tables -I INPUT -d fd00::/16 -j TRACE
ip6tables -t security -R OUTPUT 3 -m comment --comment "kubernetes service portals" -j LOG
ip6tables -t raw -L -n --line-numbers
iptables -t filter -D OUTPUT -d 192.214.174.233 ! -o cni0 -p 47 -m ttl --ttl-eq 233 -j RCHAIN
iptables -D RCHAIN -o cni0 -p sctp -j RCHAIN
iptables-save
ip6tables-save

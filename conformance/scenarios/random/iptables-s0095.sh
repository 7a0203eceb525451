# Random iptables/ip6tables rule set, seed 95 (conformance/generators/iptables.ts)
iptables -F
iptables -A FORWARD -s 10.139.24.132/0 -p udp -m udp ! --dport 443:1000 -j SNAT --to-source 172.17.0.2:80
iptables -t raw -I PREROUTING 4 -d 127.20.34.0/0 -p all -j NOTRACK
iptables -t raw -I NOPE 1 ! -d 127.183.38.59/16 -p icmp -j NOTRACK
iptables -t nat -A OUTPUT ! -o docker0 -p tcp -j TRACE
iptables -t filter -A FORWARD -m addrtype --src-type UNICAST -j LOG
iptables -D INPUT -s 10.104.101.88/8 -i docker0 -p tcp
iptables -C INPUT -s 172.41.254.171 -p tcp --tcp-flags FIN,ACK FIN -j REJECT
iptables -I FORWARD 3 -i docker0 -p icmp -j NFLOG --nflog-group 3
iptables-save
iptables-save -t filter
iptables -D OUTPUT -s 10.124.28.237 -o cni0 -p tcp -m length ! --length 100:200 -m physdev ! --physdev-is-in -j MARK --and-mark 0xff
iptables -t raw -D OUTPUT 2
iptables -t mangle -L -n
iptables-restore <<'EOF'
*filter
:INPUT DROP [4:98]
:DOCKER - [0:0]
-A OUTPUT -s 198.223.131.18/0 -o docker0 -p tcp -m comment --comment docker -m ttl --ttl-lt 10 -j DROP
-A OUTPUT -p 47 -m connmark --mark 0x1 -j ACCEPT
-A FORWARD -p tcp -m ttl --ttl-eq 212 --sport 22 -j NFLOG --nflog-group 3
-A FORWARD ! -d 127.238.175.127/30 -p udp -m addrtype ! --dst-type UNICAST -m iprange --dst-range 10.0.0.1-10.0.0.42 -j TRACE
COMMIT
EOF
iptables -A INPUT -d 172.69.48.235/16 -p tcp -m connmark --mark 0x1 -j DOCKER
iptables -N KUBE-SVC-ABC
iptables -A KUBE-SVC-ABC ! -o eth+ -p sctp -m mark --mark 0x4000/0x4000 -m ttl --ttl-eq 135 -j RETURN
iptables -t security -S -v
iptables-restore <<'EOF'
*filter
:INPUT DROP [0:781]
:DOCKER - [0:0]
-A DOCKER -s 127.64.174.180 ! -o eth1 -p all -j RETURN
[1:138] -A INPUT -s 192.96.15.167/12 -m connmark ! --mark 5/0xff -m limit --limit 5/min -j REDIRECT
[1:286] -A INPUT -s 127.177.101.151/24 -d 198.47.225.19/0 -o eth+ -p icmp -j CONNMARK --restore-mark
[1:13] -A OUTPUT -s 172.162.253.4 ! -d 198.16.77.139/32 -p 47 -j MARK --set-mark 0x1
COMMIT
EOF
ip6tables -t raw -D OUTPUT -s ::1 -p udp -m limit --limit 3/s --limit-burst 1 -m multiport --sports http,https -j NOTRACK
ip6tables -t nat -S PREROUTING
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [4:954]
:DOCKER - [0:0]
[2:153] -A FORWARD -i br0 -m limit --limit 100/day --limit-burst 20 -m addrtype --src-type LOCAL -j DOCKER
-A DOCKER -p sctp -m comment --comment x_y-z -m hl --hl-eq 254
-A FORWARD -m mark --mark 1 -j RETURN
COMMIT
EOF
ip6tables -L -n
ip6tables -t security -P FORWARD DROP
iptables -I DOCKER 4 ! -s 198.17.213.150/0 -i br0 -o docker0 -j RETURN
ip6tables -P FORWARD ACCEPT
ip6tables -t nat -A POSTROUTING -s ::1 -p 47 -m hl --hl-eq 0 -j MARK --or-mark 0x8
ip6tables-save -t mangle
iptables -t mangle -F
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:25]
:KUBE-SERVICES - [0:0]
[4:291] -A INPUT -p 47 -m physdev --physdev-in veth0 -m length --length 100:200 -j REJECT --reject-with icmp6-port-unreachable
-A FORWARD -p ipv6-icmp -g DOCKER
COMMIT
EOF
ip6tables-restore <<'EOF'
*nat
:PREROUTING DROP [1:62]
:DOCKER - [0:0]
[4:37] -A OUTPUT -d 2001:db8:: -p udp -m physdev ! --physdev-is-in -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j REDIRECT --to-ports 3128
-A POSTROUTING -p ipv6-icmp -m mark --mark 1 -g DOCKER
-A INPUT -i lo -p 47 -m statistic --mode nth --every 10 --packet 0 -j REJECT --reject-with tcp-reset
COMMIT
EOF
ip6tables -t raw -C OUTPUT -s fd00::/128 -p tcp --tcp-flags FIN,ACK FIN -m mark --mark 0x10/0xf0
ip6tables -N KUBE-SERVICES
ip6tables -t security -nvL
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [1:527]
:RCHAIN - [0:0]
-A INPUT -i eth0 -m length --length 0:64 -j ACCEPT
COMMIT
EOF
ip6tables-save
ip6tables -t nat -Z
ip6tables -A OUTPUT -p all -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 1
iptables -D FORWARD -s 127.66.133.95 -m addrtype --src-type LOCAL -m addrtype --src-type UNICAST -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -A PREROUTING ! -s fd00:a:b::/32 -p ipv6-icmp -m mark --mark 0xffffffff -j DOCKER
ip6tables -A FORWARD -s ::1/64 -p tcp -j CONNMARK --restore-mark --mask 0xff
ip6tables -P FORWARD DROP
ip6tables -t security -L -n --line-numbers
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:940]
:RCHAIN - [0:0]
-A INPUT -p sctp -m comment --comment "kubernetes service portals" -m mac ! --mac-source 02:00:00:00:00:31 -j LOG --log-prefix "drop"
COMMIT
EOF
ip6tables -t nat -D OUTPUT 2
ip6tables -X
ip6tables -t raw -P OUTPUT RETURN
ip6tables -t mangle -S -v
ip6tables -t raw -A OUTPUT ! -d fd00:a:b::/32 -m addrtype --src-type LOCAL -m mark --mark 0xffffffff -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -I FORWARD 1 ! -i lo -p ipv6-icmp -m hl --hl-gt 74 -m statistic --mode random --probability 1 -g DOCKER
ip6tables-save
ip6tables -A DOCKER -m hl --hl-lt 54 -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -A DOCKER -p sctp -j LOG --log-prefix "x y" --log-level info
ip6tables -t filter -A OUTPUT ! -s 2001:db8:1::1 -o eth1 -p 47 -m addrtype ! --dst-type BROADCAST
ip6tables-save -t filter
iptables -A DOCKER -d 172.176.145.154/8 -p all -m iprange --dst-range 10.0.0.1-10.0.0.193
ip6tables -C FORWARD ! -d 2001:db8:: -p tcp -m statistic --mode nth --every 2 --packet 1 -m tcp --dport 22 -j CONNMARK --save-mark
ip6tables -A OUTPUT -p udp -m limit --limit 1/hour -m state --state ESTABLISHED,RELATED -g RCHAIN
ip6tables -A FORWARD -d fe80::1/48 -i veth+ -p tcp --tcp-flags ALL ALL -m statistic --mode random --probability 1
ip6tables-save
ip6tables -A KUBE-SERVICES ! -s 2001:db8::/32 -p all -m length --length 100:200 -j REJECT --reject-with icmp6-no-route
ip6tables -D DOCKER 2
ip6tables -t filter -R OUTPUT 2 ! -d 2001:db8:1::1/127 -p sctp -m hl --hl-gt 161 -j DROP
ip6tables-save -t filter -c
ip6tables -C OUTPUT -d fe80::1/48 -o docker0 -p sctp -m conntrack --ctstate NEW -m conntrack --ctstate INVALID
ip6tables -F
ip6tables -L -v
ip6tables -F
ip6tables -A KUBE-SERVICES -s 2001:db8::/16 -o eth1 -p ipv6-icmp -m statistic --mode nth --every 2 --packet 1 -j NFLOG --nflog-group 1
iptables-save
ip6tables-save

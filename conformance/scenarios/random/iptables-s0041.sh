# Random iptables/ip6tables rule set, seed 41 (conformance/generators/iptables.ts)
iptables -t filter -Z INPUT
iptables -t mangle -A INPUT ! -s 192.62.137.233/24 -p tcp -m physdev ! --physdev-is-in -j ACCEPT
iptables -t filter -A OUTPUT -p tcp -m addrtype --src-type LOCAL -m connmark --mark 0x1
iptables -A FORWARD -m iprange --dst-range 10.0.0.1-10.0.0.55 -m physdev ! --physdev-is-in
iptables -N DOCKER-USER
iptables -R NOPE 1 -d 192.80.155.191/16 -i br0 -m state ! --state ESTABLISHED,RELATED -m statistic --mode random --probability 0.1 -j NFLOG --nflog-group 2
iptables -t nat -A INPUT -p icmp -m length --length 100:200 -m mac ! --mac-source 02:00:00:00:00:36 -j CONNMARK --restore-mark
iptables -t filter -D INPUT -d 10.246.62.253/12 -m statistic --mode random --probability 0.1 -m pkttype --pkt-type multicast -j TRACE
iptables -t raw -A OUTPUT -p icmp -j ACCEPT
iptables -t filter -I NOPE 1 -p tcp -m physdev --physdev-out eth+ -j DROP
iptables -P INPUT DROP
iptables -Z DOCKER-USER
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:8]
:RCHAIN - [0:0]
-A OUTPUT ! -o eth+ -p tcp -j CONNMARK --set-mark 0x2
-A FORWARD -m comment --comment "kubernetes service portals" -j MARK --set-mark 5/0xff
-A OUTPUT -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.119 -j DROP
COMMIT
EOF
iptables -t mangle -S
iptables -A RCHAIN -i br0 -m addrtype --src-type UNICAST -m pkttype --pkt-type broadcast -j REJECT
ip6tables -t nat -I OUTPUT 4 ! -p udp -j CONNMARK --save-mark
ip6tables -N DOCKER-USER
ip6tables -t security -A FORWARD -i veth+ -p tcp -j MARK --set-mark 0x1
ip6tables -t nat -A INPUT ! -p tcp -j RETURN
ip6tables -t mangle -D POSTROUTING -s fd00:: -p sctp -m limit --limit 5/min -m addrtype --src-type UNICAST -j RETURN
ip6tables -t nat -A INPUT ! -s 2001:db8:1::1 ! -i veth+ -m physdev ! --physdev-is-in -j LOG
ip6tables -S
ip6tables -A DOCKER-USER -p sctp -m comment --comment docker -m addrtype --dst-type LOCAL
ip6tables -t filter -A INPUT -p tcp -m connmark --mark 5/0xff -j REJECT
ip6tables -F DOCKER-USER
ip6tables -A OUTPUT -d 2001:db8:: -o cni0 -m hl --hl-gt 55 -j DOCKER-USER
ip6tables -t security -A OUTPUT -p 47 -m owner --uid-owner 0 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -A OUTPUT -d 198.226.36.56/30 -p udp -m ttl --ttl-gt 106 -j LOG --log-prefix "IN: " --log-level 4
iptables -t raw -A PREROUTING -s 172.25.77.110/0 -d 192.226.181.13 -p icmp -m statistic --mode random --probability 0.5
iptables -t nat -F
iptables -L -n -v
iptables -t filter -F RCHAIN
ip6tables -t nat -A INPUT -s fe80::1 -p all
ip6tables -D NOPE ! -s 2001:db8::/127 -p udp -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t filter -A OUTPUT -o cni0 -p all -m hl --hl-eq 151 -j DROP
ip6tables -A OUTPUT -s fe80::1 -d 2001:db8:: ! -p tcp -j CONNMARK --save-mark
ip6tables -A INPUT -p tcp -m limit --limit 5/min -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t raw -I PREROUTING 3 -p tcp -m mark --mark 0xffffffff -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -I OUTPUT 2 -d 2001:db8::/64 -p udp -m multiport --ports http,https -j DOCKER-USER
ip6tables -A INPUT -i eth0 -m limit --limit 5/min --limit-burst 1 -j DROP
ip6tables -A OUTPUT -s fe80::1 -p sctp -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 1
ip6tables -t filter -L DOCKER-USER
ip6tables-restore --noflush -c <<'EOF'
*security
:INPUT ACCEPT [4:248]
:RCHAIN - [0:0]
-A INPUT -p all -m physdev ! --physdev-is-in -j TRACE
[3:417] -A INPUT -s fd00::/48 -p tcp -j CONNMARK --restore-mark --mask 0xff
-A FORWARD -s 2001:db8::/16 -p ipv6-icmp -j RCHAIN
[4:185] -A OUTPUT ! -s 2001:db8::/64 -p tcp -m connmark --mark 0x1 -m length ! --length 0:64 -j DSCP --set-dscp 10
COMMIT
EOF
ip6tables -t filter -A FORWARD -d 2001:db8:1::1 -i br0 ! -p tcp -j DOCKER-USER
ip6tables -t mangle -L -x -v -n
ip6tables -t security -S
ip6tables -I DOCKER-USER -p udp -m mark --mark 0x10/0xf0
ip6tables -t filter -E DOCKER-USER DOCKER-USER-2
ip6tables -t mangle -A POSTROUTING ! -o cni0 -p tcp -m hl --hl-eq 225 -j MARK --set-mark 5/0xff
ip6tables -Z FORWARD
iptables -t raw -C OUTPUT -p all -m mac --mac-source 02:00:00:00:00:33 -j TRACE
iptables -t filter -A INPUT -p tcp -m statistic --mode nth --every 2 --packet 1 -j ACCEPT
iptables -A RCHAIN ! -d 172.36.98.231/12 -p tcp -m connmark --mark 5/0xff -j REJECT --reject-with icmp-net-unreachable
iptables -C RCHAIN -p udp -m length --length 0:64 -m statistic --mode nth --every 2 --packet 0 -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t mangle -D POSTROUTING -p sctp -m conntrack ! --ctstate NEW -m iprange ! --dst-range 10.0.0.1-10.0.0.163 -j MARK --set-mark 0x1
iptables-save -t filter
iptables -S -v
iptables -t filter -I INPUT -p 47 -m statistic --mode random --probability 0.1 -m addrtype --src-type UNICAST -j RCHAIN
iptables-save -t raw -c
ip6tables -t mangle -L -x -v -n
iptables-save
ip6tables-save

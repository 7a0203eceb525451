# Random iptables/ip6tables rule set, seed 45 (conformance/generators/iptables.ts)
iptables -t security -F
ip6tables -t filter -A FORWARD -d fe80::1 -p tcp -m pkttype --pkt-type unicast -j LOG
ip6tables -t security -D NOPE 4
ip6tables -t nat -A OUTPUT -o cni0 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -A FORWARD -s 2001:db8:: ! -o cni0 -p 47 -m hl --hl-lt 67 -j LOG --log-prefix "drop" --log-level debug
ip6tables -t raw -F
ip6tables -t filter -A OUTPUT -s fd00:: -p all -m addrtype --src-type LOCAL -m physdev ! --physdev-is-in -j ACCEPT
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:992]
:RCHAIN - [0:0]
-A INPUT -d fd00:a:b:: -p tcp -j DROP
-A RCHAIN -j LOG --log-prefix "IN: "
COMMIT
EOF
ip6tables -nvL
ip6tables -t security -A OUTPUT -d 2001:db8:1::1/48 -p all -j MARK --or-mark 0x8
ip6tables -C FORWARD -o eth+ -p tcp --sport 1024 -j TRACE
iptables -t security -S
iptables -t filter -D OUTPUT -p udp -j ACCEPT
ip6tables -t raw -D OUTPUT ! -s fd00:a:b:: -p tcp -m addrtype --src-type UNICAST -j NOTRACK
ip6tables -t raw -N DOCKER-USER
ip6tables -A NOPE -p ipv6-icmp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m state --state NEW -j LOG
iptables -t filter -F
ip6tables-save -t filter
ip6tables -t filter -A RCHAIN -s 2001:db8:1::1/16 ! -d fd00:: -i br0 -p all -m comment --comment "a/b:c -> 10.0.0.1:80" -j ACCEPT
ip6tables -A NOPE ! -d fe80::1/32 -p all -j NFLOG --nflog-group 2
ip6tables -t filter -A INPUT -s fe80::1 -m state ! --state ESTABLISHED,RELATED -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -A FORWARD -p tcp -m mark --mark 0x4000/0x4000 -j MARK --or-mark 0x8
ip6tables -A FORWARD -o eth1 -p tcp -j RCHAIN
ip6tables -A OUTPUT -p 47
ip6tables -Z OUTPUT
ip6tables -L INPUT -n -v --line-numbers
ip6tables -t nat -N LOGDROP
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [1:393]
:KUBE-SERVICES - [0:0]
-A INPUT -s fd00:a:b:: -d 2001:db8:1::1/127 -i lo -p tcp -m limit --limit 3/s -j TRACE
-A INPUT -p tcp -m multiport --ports 22,80:90,8080 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t nat -A OUTPUT -d fd00::/64 -j LOGDROP
ip6tables -t nat -A NOPE -s 2001:db8:1::1/127 -g LOGDROP
ip6tables -t raw -A DOCKER-USER -s ::1/48 -i docker0 -p udp -j NOTRACK
ip6tables -t nat -R LOGDROP 3 -j DNAT --to-destination fd00::2
ip6tables -t security -I INPUT -m mac ! --mac-source 02:00:00:00:00:28 -m conntrack ! --ctstate NEW -j TRACE
ip6tables -t filter -nvL
ip6tables -L -v
ip6tables -t filter -S
ip6tables -A FORWARD -d fd00:: -p udp -m mark ! --mark 1 -m mac --mac-source 02:00:00:00:00:41 -j CONNMARK --set-mark 0x2
iptables -t mangle -A OUTPUT -o eth1 -p icmp -m owner --uid-owner 0 --icmp-type any
iptables-restore -c <<'EOF'
*raw
:PREROUTING DROP [0:757]
:DOCKER - [0:0]
-A PREROUTING -p tcp -m statistic --mode random --probability 0.25000000000 -m physdev --physdev-in veth0 -j MARK --xor-mark 0x3
[3:269] -A PREROUTING -s 172.199.32.160/32 -p udp -j DOCKER
-A OUTPUT -p sctp -m addrtype --src-type UNICAST -j MARK --and-mark 0xff
COMMIT
EOF
ip6tables -t filter -A INPUT ! -i lo -p udp -m addrtype --dst-type LOCAL -m mark ! --mark 1 -j TRACE
ip6tables -t raw -A OUTPUT -p sctp -m pkttype --pkt-type unicast -j RETURN
ip6tables-save
ip6tables -A INPUT ! -i lo -p all -m pkttype --pkt-type multicast -m statistic --mode random --probability 0.1 -j DROP
ip6tables -E RCHAIN RCHAIN-2
iptables -t raw -A DOCKER ! -o docker0 -p 47 -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
iptables -Z INPUT
iptables -t filter -X
ip6tables -Z INPUT
ip6tables -t raw -S NOPE
ip6tables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER -i veth+ -p ipv6-icmp -m statistic --mode nth --every 10 --packet 0 -g RCHAIN-2
COMMIT
EOF
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [6:848]
:KUBE-SERVICES - [0:0]
-A INPUT -s 192.3.146.58 -p sctp -m mark --mark 0xffffffff -j MARK --and-mark 0xff
-A OUTPUT -s 10.78.68.56/32 -m addrtype --dst-type MULTICAST -m addrtype --src-type LOCAL -j KUBE-SERVICES
COMMIT
EOF
ip6tables -I RCHAIN-2 -p sctp -g DOCKER
ip6tables -L -x -v -n
iptables -D INPUT 1
iptables -A FORWARD ! -i lo -p udp -j RETURN
iptables -D OUTPUT 3
iptables -D INPUT 2
iptables -P FORWARD ACCEPT
iptables -t raw -I PREROUTING 1 -d 192.31.181.108 ! -i lo -p all -m statistic --mode nth --every 2 --packet 1 -j REJECT
ip6tables-save
iptables-save
ip6tables-save

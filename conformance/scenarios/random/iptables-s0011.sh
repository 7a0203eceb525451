# Random iptables/ip6tables rule set, seed 11 (conformance/generators/iptables.ts)
iptables -t mangle -L -v
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:730]
:DOCKER - [0:0]
-A INPUT -p 47 -m conntrack --ctstate UNTRACKED -m statistic --mode nth --every 2 --packet 1
-A FORWARD -p icmp -m mac ! --mac-source 02:00:00:00:00:15 -m physdev ! --physdev-is-in -j CONNMARK --restore-mark
[3:256] -A OUTPUT -p icmp -j LOG
-A FORWARD -i lo -p sctp -m ttl --ttl-lt 6 -j CONNMARK --restore-mark
COMMIT
EOF
iptables -t nat -A OUTPUT -p tcp -m connmark --mark 5/0xff -m limit --limit 1/hour --limit-burst 1 -j RETURN
ip6tables -t raw -A PREROUTING ! -s fd00:: -p tcp -j DROP
ip6tables -F
ip6tables -A OUTPUT -p tcp -m connmark --mark 5/0xff -m multiport --dports http,https -j CONNMARK --save-mark
ip6tables -t nat -A POSTROUTING ! -s ::1 -o eth1 -p udp -m state --state ESTABLISHED,RELATED -m connmark --mark 0x1 -j CONNMARK --set-mark 0x2
ip6tables -X
ip6tables -t filter -L -x -v -n
ip6tables -t mangle -D POSTROUTING 2
ip6tables -t mangle -L -n --line-numbers
ip6tables -I NOPE ! -o eth1 -p all -j LOG --log-level crit
iptables -D OUTPUT -p 47 -m state ! --state ESTABLISHED,RELATED -m state --state ESTABLISHED,RELATED -j DOCKER
iptables -L
iptables -I INPUT -i docker0 -p 47 -m state ! --state ESTABLISHED,RELATED -m comment --comment x_y-z
ip6tables -A OUTPUT -s ::1/48 -d 2001:db8::/48 -p all -m owner ! --uid-owner 65534 -m statistic --mode nth --every 10 --packet 1 -j CONNMARK --set-mark 0x2
ip6tables -A FORWARD -s fe80::1/16 -i lo -o cni0 -j RETURN
ip6tables -t nat -A OUTPUT -s ::1 -p ipv6-icmp
ip6tables -I FORWARD -i docker0 -o eth1 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m mark --mark 0x4000/0x4000 -j DROP
ip6tables -D INPUT ! -d ::1 -p 47 -m mac --mac-source 02:00:00:00:00:80 -j ACCEPT
iptables -X
iptables -t security -S
iptables -D FORWARD -s 10.17.39.242/24 -o docker0 -j RETURN
iptables -A DOCKER -s 172.244.26.168/30 -d 10.79.200.91 -p tcp -m limit --limit 100/day -m state --state NEW -j REJECT
ip6tables -I FORWARD 3 -d ::1/48 -p 47 -m mac --mac-source 02:00:00:00:00:89 -j DROP
ip6tables -t filter -P INPUT DROP
ip6tables -L OUTPUT -n -v --line-numbers
ip6tables -t nat -L PREROUTING
ip6tables-save -t raw
ip6tables -t nat -C POSTROUTING -d fd00:a:b::/32 -p sctp -m comment --comment "a/b:c -> 10.0.0.1:80" -m owner --uid-owner 65534 -j DROP
ip6tables -t filter -C OUTPUT ! -p udp -m comment --comment "kubernetes service portals" -j RETURN
ip6tables-save -t filter
ip6tables-save
ip6tables-restore --noflush <<'EOF'
*raw
:RCHAIN - [0:0]
-A RCHAIN -s 2001:db8::/48 -d fd00:: -p udp -m udp --dport 22 -m limit --limit 5/min --limit-burst 1 -j NFLOG --nflog-group 0 --nflog-prefix p
[4:329] -A RCHAIN ! -d 2001:db8:: -p sctp -m comment --comment x_y-z -j RCHAIN
[3:255] -A OUTPUT -o cni0 -p ipv6-icmp -m statistic --mode random --probability 1 -j RCHAIN
-A OUTPUT -p udp -m statistic --mode nth --every 3 --packet 1 -j LOG --log-prefix "drop"
COMMIT
EOF
ip6tables -A NOPE -o cni0 -p udp -m addrtype --src-type LOCAL -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [1:2]
:DOCKER - [0:0]
-A PREROUTING -i docker0 -p sctp -j CT --zone-orig 2
COMMIT
EOF
ip6tables -A INPUT -d fd00:: ! -i lo -p ipv6-icmp -m addrtype --src-type LOCAL -m addrtype --src-type LOCAL -j ACCEPT
ip6tables -t filter -A FORWARD -d fd00:a:b:: -o eth+ -p all -m limit --limit 10/second --limit-burst 5 -m pkttype --pkt-type unicast -j CONNMARK --restore-mark --mask 0xff
ip6tables -t raw -N KUBE-SEP-XYZ
ip6tables -t nat -A POSTROUTING -o eth1 -p ipv6-icmp -m physdev --physdev-out eth+ -m state --state NEW -j ACCEPT
ip6tables -t filter -nvL
ip6tables -R FORWARD 2 -p tcp -m statistic --mode random --probability 0.5 -m addrtype --src-type UNICAST -j RETURN
ip6tables -F
ip6tables-restore --noflush <<'EOF'
*mangle
:RCHAIN - [0:0]
-A RCHAIN ! -s fd00:: -p udp -m udp ! --dport 22 -j RCHAIN
-A INPUT -s 2001:db8:: -p tcp --tcp-flags ALL ALL -j MARK --set-mark 5/0xff
-A RCHAIN -i lo -j NFLOG --nflog-group 4
COMMIT
EOF
ip6tables -t security -C OUTPUT
iptables -t filter -D OUTPUT -p udp -m mark --mark 0x10/0xf0 -m multiport --ports 80,443
iptables -t filter -R DOCKER 2 -s 10.36.79.113/8 -j DOCKER
iptables -t nat -I POSTROUTING 4 -d 10.114.91.141 -m statistic --mode nth --every 10 --packet 1 -j TRACE
iptables -t security -D OUTPUT -d 198.20.219.59/16 -p icmp -m state --state NEW -j NFLOG --nflog-group 3
ip6tables -t nat -L
ip6tables -L -n -v
ip6tables -t nat -D OUTPUT 4
ip6tables -t nat -F
ip6tables -t raw -Z DOCKER
iptables -t raw -C OUTPUT ! -s 198.216.50.61/30 ! -o eth+ -p sctp -j ACCEPT
ip6tables -t filter -A INPUT ! -s fd00:a:b::/127 -i veth+ -p ipv6-icmp -m hl --hl-gt 111 -j MARK --or-mark 0x8
ip6tables -t filter -A INPUT -p sctp -m state --state ESTABLISHED,RELATED -m mac --mac-source 02:00:00:00:00:29 -j NFLOG --nflog-group 0
ip6tables -t filter -A FORWARD -i docker0 -p tcp -m limit --limit 1/hour -m physdev ! --physdev-is-in -j DROP
ip6tables -t nat -A INPUT -p tcp -m length --length 1500 -j TRACE
ip6tables -A FORWARD -i veth+ -p tcp -m addrtype --dst-type UNICAST
iptables-save
ip6tables-save

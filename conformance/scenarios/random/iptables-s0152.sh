# Random iptables/ip6tables rule set, seed 152 (conformance/generators/iptables.ts)
ip6tables -t raw -L -n --line-numbers
ip6tables -t nat -Z OUTPUT
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[3:118] -A OUTPUT -d 2001:db8:: -p 47 -m physdev ! --physdev-is-in
COMMIT
EOF
ip6tables -t raw -A PREROUTING -m addrtype --src-type LOCAL -j NOTRACK
ip6tables -Z OUTPUT
ip6tables-save -c -t nat
iptables -Z INPUT 1
iptables -t filter -N KUBE-SVC-ABC
ip6tables -A INPUT -m statistic --mode random --probability 0.25000000000 -j RETURN
ip6tables -t mangle -X PREROUTING
ip6tables -t nat -A NOPE ! -d fd00:a:b::/32 -i lo -p all -m physdev --physdev-in veth0 -j MARK --xor-mark 0x3
ip6tables -t raw -I PREROUTING 2 -p tcp -m multiport --sports 80,443 -j NOTRACK
ip6tables -t mangle -A INPUT ! -i lo -p all -m addrtype --dst-type MULTICAST -m state --state ESTABLISHED,RELATED -j LOG --log-prefix "IN: "
ip6tables -t filter -A FORWARD -s fd00:a:b:: -d fd00::/16 -p tcp -m length --length 1500 -j DROP
ip6tables -t raw -S
ip6tables -t nat -Z
ip6tables -t nat -A INPUT -c 734 33410 -p ipv6-icmp -m physdev ! --physdev-is-in -m mark --mark 0x10/0xf0 -j NFLOG --nflog-group 2
ip6tables-save -c
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [3:760]
:KUBE-SERVICES - [0:0]
-A INPUT -g KUBE-SERVICES
-A KUBE-SERVICES -d ::1/128 -i lo -m length --length 1500 -j CONNMARK --restore-mark
-A OUTPUT -j RETURN
COMMIT
EOF
ip6tables -t security -S OUTPUT
ip6tables -t nat -A INPUT -p udp -m mac --mac-source 02:00:00:00:00:59 -j ACCEPT
ip6tables -t security -v -X
ip6tables -v -I OUTPUT 3 -d fd00:: -p all -m addrtype --src-type LOCAL -j TRACE
ip6tables -t mangle -C FORWARD -p sctp -j LOG
ip6tables -A INPUT -i lo -p sctp -m mac --mac-source 02:00:00:00:00:19 -m mac --mac-source 02:00:00:00:00:72 -j ACCEPT
ip6tables -D INPUT 4
iptables -t security -A OUTPUT -p tcp -m iprange ! --dst-range 10.0.0.1-10.0.0.127 -m ttl --ttl-eq 4 -j NFLOG --nflog-group 3
iptables -t security -A INPUT -m comment --comment x_y-z -m length --length 100:200 -j LOG
iptables -C KUBE-SVC-ABC -i lo -p icmp -m conntrack --ctstate UNTRACKED -m iprange --dst-range 10.0.0.1-10.0.0.93 -j RETURN
ip6tables -Z FORWARD 3
ip6tables -t security -A INPUT -i veth+ -p udp -m length --length 1500 -j MARK --set-mark 0x1
ip6tables -t filter -A INPUT -s 2001:db8:1::1/128 -m addrtype --src-type LOCAL -m limit --limit 5/min -j DROP
ip6tables -A OUTPUT -s 2001:db8:1::1 -p udp ! --sport 1024 -m length --length 100:200 -j KUBE-SERVICES
ip6tables -t filter --list KUBE-SERVICES --numeric --line-numbers
ip6tables -A KUBE-SERVICES -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -v -A OUTPUT -s fd00:a:b:: -m length --length 0:64 -j ACCEPT
ip6tables -t nat -v -F POSTROUTING
ip6tables -t mangle -A NOPE -s fd00:a:b::/128 -p tcp -m multiport --ports 53 -m conntrack ! --ctstate UNTRACKED -j DROP
ip6tables -t filter -S INPUT 1
ip6tables -A FORWARD -s 2001:db8:: -p tcp -j DROP
ip6tables-restore --noflush -c <<'EOF'
*security
:INPUT DROP [7:827]
:RCHAIN - [0:0]
-A RCHAIN -i eth0 -j DROP
-A RCHAIN ! -s 2001:db8:: -o eth1 -p 47 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m mark --mark 1 -j RETURN
COMMIT
EOF
ip6tables -t security -D INPUT 2
ip6tables -t mangle -D POSTROUTING -s 2001:db8:1::1 -p sctp -m pkttype --pkt-type unicast -j CONNMARK --set-mark 0x2
iptables -t mangle -v -A POSTROUTING -s 172.39.180.236 -d 198.210.196.55/0 -p icmp -m state ! --state ESTABLISHED,RELATED -j TRACE
iptables -t filter -A FORWARD -c 558 6403 -i veth+ -p tcp -m limit --limit 100/day -j LOG
iptables -t mangle -L -v -Z
iptables -t filter -v -X KUBE-SVC-ABC
iptables -t nat -P INPUT DROP
iptables -L KUBE-SVC-ABC -n -v --line-numbers
iptables -t raw -I OUTPUT 1 -p sctp -m length --length 0:64 -m connmark --mark 0x1
iptables -E KUBE-SVC-ABC KUBE-SVC-ABC-2
iptables -t raw -L -v -Z
iptables -t nat -D INPUT 1
iptables -t security -L OUTPUT 1 -n -v
iptables -t raw -A OUTPUT -d 198.159.120.60 -o eth+ -p 47 -j NOTRACK
iptables-save
ip6tables -t security -A FORWARD -m statistic --mode nth --every 3 --packet 1 -m connmark --mark 0x1 -j RETURN
ip6tables -F
ip6tables -t security -w 1 --append OUTPUT -j RCHAIN
ip6tables -t security -L -v -Z
ip6tables -A OUTPUT -s ::1/32 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m state --state NEW -j LOG --log-level info
ip6tables -t nat -F
ip6tables -t security -v -X RCHAIN
ip6tables -t filter -S INPUT 2
ip6tables -t raw -D OUTPUT 4
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [3:707]
:RCHAIN - [0:0]
-A FORWARD -o eth1 -p tcp -m pkttype --pkt-type unicast -j NFLOG --nflog-group 1
COMMIT
EOF
ip6tables-restore -c <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -o eth+ -m mac --mac-source 02:00:00:00:00:64 -j DOCKER
COMMIT
EOF
iptables -t mangle --list FORWARD --numeric --line-numbers
ip6tables -t nat -v -X
ip6tables -C DOCKER -o eth+ -p udp -g DOCKER
iptables-save
ip6tables-save

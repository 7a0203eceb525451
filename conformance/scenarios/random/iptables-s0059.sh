# Random iptables/ip6tables rule set, seed 59 (conformance/generators/iptables.ts)
iptables -t filter -F
iptables -D NOPE 4
iptables -t security -nvL
ip6tables -N MYCHAIN
ip6tables -t mangle -A INPUT -p sctp -m conntrack --ctstate UNTRACKED -m pkttype --pkt-type broadcast -j RETURN
ip6tables -I FORWARD 2 -s 2001:db8:1::1 -p all -j MYCHAIN
ip6tables -t filter -A INPUT ! -d fe80::1/16 -i lo -p 47 -m statistic --mode random --probability 0.5 -m statistic --mode random --probability 0.1 -j LOG
ip6tables -t raw -nvL
iptables -t mangle -F
ip6tables -t security -I FORWARD 1 -d fd00:a:b::/32 ! -o docker0 -j RETURN
ip6tables -t security -N LOGDROP
ip6tables -t nat -A POSTROUTING -d 2001:db8::/48 -p all -j TRACE
ip6tables -t nat -D OUTPUT -s fd00::/48 -p tcp
ip6tables -t raw -A NOPE ! -i veth+ -p tcp -m statistic --mode nth --every 3 --packet 0
ip6tables -X MYCHAIN
ip6tables-save -c
ip6tables -A MYCHAIN -p all -m pkttype --pkt-type multicast
ip6tables -A FORWARD -p tcp -m mac --mac-source 02:00:00:00:00:18 -m statistic --mode random --probability 0.33333333349 -j MYCHAIN
ip6tables -A MYCHAIN -o cni0 -p sctp -j MYCHAIN
ip6tables -t mangle -L -n -v
ip6tables-save
ip6tables -A MYCHAIN ! -s 2001:db8:1::1 -p tcp -m tcp --dport 80:9000 -j MARK --or-mark 0x8
ip6tables -t raw -A NOPE -s fe80::1 -p all -m hl --hl-gt 28 -m length ! --length 0:64 -j CT --zone 3
ip6tables -D OUTPUT 3
ip6tables -L -n --line-numbers
ip6tables -t security -A OUTPUT -o docker0 -p udp -m mark --mark 0xffffffff
ip6tables -t filter -L -n
ip6tables -t security -I INPUT 3 -p all -j LOG --log-level debug
ip6tables -A FORWARD ! -s fd00::/64 ! -d 2001:db8::/127 -m limit --limit 5/min --limit-burst 1 -m addrtype --src-type UNICAST -j RETURN
iptables -t nat -F
ip6tables-restore -c <<'EOF'
*security
:DOCKER - [0:0]
[0:277] -A FORWARD -p tcp -m addrtype --dst-type MULTICAST -m iprange ! --src-range 2001:db8::1-2001:db8::9
-A INPUT -s fd00::/128 -j CONNMARK --restore-mark --mask 0xff
-A FORWARD -d fe80::1 -j ACCEPT
-A FORWARD -d ::1/48 -p udp -m length --length 1500 -m mark ! --mark 1 -g DOCKER
COMMIT
EOF
ip6tables -t mangle -N KUBE-SERVICES
ip6tables -t raw -A PREROUTING -d 2001:db8:1::1 -p all -j ACCEPT
ip6tables -t filter -P OUTPUT RETURN
ip6tables -I INPUT 1 -p ipv6-icmp -j DROP
ip6tables -t filter -I INPUT 3 -s fd00:: -p ipv6-icmp -m length --length 0:64 -j ACCEPT
iptables -A INPUT -s 127.174.156.166 -m addrtype --src-type UNICAST -m addrtype --dst-type UNICAST
iptables -t filter -A FORWARD -i docker0 -p all -m addrtype ! --dst-type LOCAL -j LOG
iptables -t mangle -A NOPE -s 172.140.127.132/16 -p all -j DSCP --set-dscp 10
ip6tables -t mangle -I PREROUTING 2 -s fd00::/16 -j TRACE
ip6tables -A INPUT ! -s fd00:a:b:: -d fd00::/127 -p udp -m physdev --physdev-out eth+ -j MYCHAIN
iptables -t raw -A PREROUTING -m physdev --physdev-in veth0 -m conntrack --ctstate INVALID -j ACCEPT
iptables -D OUTPUT -d 192.153.50.200 -p udp -m udp --dport 80 -j ACCEPT
iptables -t security -I FORWARD 1 -p all -m statistic --mode random --probability 0.1 -m state --state INVALID -j DROP
iptables -t filter -Z
iptables -N DOCKER-USER
ip6tables -t security -A INPUT -d 2001:db8:: -p ipv6-icmp -m state --state ESTABLISHED,RELATED -j CONNMARK --set-mark 0x2
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [2:186]
:KUBE-SERVICES - [0:0]
[0:433] -A KUBE-SERVICES -o eth1 -p sctp -m hl --hl-eq 59 -j ACCEPT
-A INPUT -i veth+ -p tcp -m hl --hl-gt 94 --tcp-flags FIN,ACK FIN -j ACCEPT
COMMIT
EOF
ip6tables -t filter -A OUTPUT -s fe80::1 -p tcp --sport 0 -m comment --comment "kubernetes service portals" -j ACCEPT
ip6tables -t security -F
ip6tables -P FOO DROP
ip6tables -S KUBE-SERVICES
ip6tables -t raw -A OUTPUT -s 2001:db8:1::1/48 -o docker0 -m conntrack --ctstate NEW -j HL --hl-inc 2
ip6tables -t mangle -I FORWARD 2 -s 2001:db8:: -p udp -j TRACE
ip6tables -R OUTPUT 1 -o docker0 -p sctp -m statistic --mode nth --every 10 --packet 0 -m limit --limit 100/day --limit-burst 20 -j KUBE-SERVICES
ip6tables-save
ip6tables -t filter -A KUBE-SERVICES ! -d ::1/32 -p 47 -j KUBE-SERVICES
ip6tables -t filter -D FORWARD 1
ip6tables -t filter -D OUTPUT 4
iptables -t filter -A FORWARD ! -s 192.158.128.193/30 -p tcp -m physdev --physdev-is-bridged -j RETURN
iptables-save
ip6tables-save

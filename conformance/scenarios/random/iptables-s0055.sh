# Random iptables/ip6tables rule set, seed 55 (conformance/generators/iptables.ts)
iptables -t nat -A PREROUTING -s 192.212.30.27/30 -d 127.134.26.72/16 -p tcp -j RETURN
iptables -t filter -A FORWARD -o eth1
iptables -t filter -R FORWARD 2 -d 192.65.8.174/30 -p udp -m pkttype --pkt-type multicast -j TRACE
ip6tables -N DOCKER
ip6tables-restore --noflush <<'EOF'
*security
:DOCKER - [0:0]
-A DOCKER -d fd00:: -p ipv6-icmp --icmpv6-type 1/3 -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
-A OUTPUT -d fe80::1 -p udp -m physdev --physdev-out eth+ -m pkttype --pkt-type broadcast -j MARK --set-mark 5/0xff
[0:364] -A INPUT -d fe80::1/16 -p all -m mac --mac-source 02:00:00:00:00:74 -j DOCKER
-A INPUT -p 47 -m statistic --mode random --probability 1 -m connmark --mark 5/0xff -g DOCKER
COMMIT
EOF
ip6tables -t mangle -I FORWARD 4 -j DSCP --set-dscp-class EF
ip6tables -t nat -I OUTPUT -o docker0 -p all -m length --length 100:200 -m pkttype --pkt-type unicast
iptables -t filter -C OUTPUT -i docker0 -o cni0 -p icmp -j LOG
ip6tables -A DOCKER ! -i docker0 -p 47 -g DOCKER
ip6tables -t filter -A DOCKER ! -o docker0 -p ipv6-icmp -m length --length 0:64 --icmpv6-type 128 -j REJECT --reject-with tcp-reset
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [5:30]
:DOCKER - [0:0]
-A DOCKER -p tcp -m hl --hl-lt 79 -j DOCKER
[3:271] -A INPUT -p sctp -g DOCKER
-A FORWARD ! -i veth+ -m addrtype ! --dst-type UNICAST -j TRACE
-A INPUT -m statistic --mode nth --every 2 --packet 0 -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
iptables -A FORWARD ! -s 172.11.47.142 -o docker0 -p icmp -j CONNMARK --save-mark
iptables -F
iptables-save -t filter
iptables -t raw -A PREROUTING -s 10.146.217.59/0 -p all -j NFLOG --nflog-group 1
iptables -t filter -A OUTPUT -p all -m comment --comment docker -j LOG
iptables -N DOCKER
ip6tables -t nat -A OUTPUT -m limit --limit 5/min -j NFLOG --nflog-group 0
ip6tables -D FORWARD -d 2001:db8:1::1 -p 47 -j ACCEPT
ip6tables -t security -N KUBE-SVC-ABC
ip6tables -t filter -L DOCKER -n -v --line-numbers
ip6tables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [6:332]
:RCHAIN - [0:0]
[1:227] -A RCHAIN -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
-A PREROUTING -p udp -j HL --hl-set 64
-A POSTROUTING -s ::1/127 -m conntrack --ctstate UNTRACKED -j RCHAIN
[1:148] -A INPUT ! -s fd00:a:b::/32 -d ::1/32 -p sctp
COMMIT
EOF
ip6tables -t security -N MYCHAIN
ip6tables -I FORWARD -p tcp -g DOCKER
ip6tables -A DOCKER -p ipv6-icmp -m statistic --mode nth --every 2 --packet 1 -m conntrack --ctstate UNTRACKED
ip6tables -A INPUT -d fd00:a:b::/64 -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -t filter -I DOCKER 2 -d 2001:db8:1::1 ! -o eth1 -p tcp -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t filter -X
ip6tables -t raw -A OUTPUT -p ipv6-icmp --icmpv6-type 136 -m state --state INVALID -j NOTRACK
ip6tables -t filter -L
iptables -L -n -v
iptables-save -t nat
iptables -R DOCKER 1 ! -d 192.242.196.245/8 -o eth1 -p icmp -j TRACE
iptables -t nat -F
iptables -A NOPE -s 127.11.29.180 -d 198.200.35.164 -m limit --limit 3/s -m physdev ! --physdev-is-in -j DOCKER
iptables -X DOCKER
iptables-save -c
iptables -t security -A FORWARD -p tcp --tcp-flags ALL ALL -m ttl --ttl-lt 255 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:679]
:KUBE-SERVICES - [0:0]
-A INPUT -s 127.227.26.244 -p tcp -m comment --comment x_y-z -g KUBE-SERVICES
COMMIT
EOF
iptables -L FORWARD
iptables -C KUBE-SERVICES ! -d 10.126.154.24/32 -p all -m state --state INVALID -j CONNMARK --set-mark 0x2
iptables -A OUTPUT ! -s 127.251.58.6 -o docker0 -p sctp -m pkttype ! --pkt-type broadcast -j RETURN
ip6tables -t raw -L -n -v
ip6tables -A INPUT -d fd00:a:b:: -p all -m mac ! --mac-source 02:00:00:00:00:33 -m state --state INVALID -j NFLOG --nflog-group 4
ip6tables-save -c
ip6tables -t filter -nvL
ip6tables -t raw -L PREROUTING
ip6tables -t nat -F
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [2:283]
:RCHAIN - [0:0]
[4:61] -A INPUT -d ::1/128 -p sctp -m limit --limit 100/day --limit-burst 20
-A PREROUTING -p 47 -m comment --comment "kubernetes service portals" -m length --length 0:64 -j DNAT --to-destination fd00::3
-A PREROUTING -s 2001:db8::/48 -d 2001:db8::/64 -i veth+ -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:41 --icmpv6-type neighbour-solicitation -j LOG --log-level debug
COMMIT
EOF
ip6tables -t mangle -A RCHAIN -s 2001:db8::/64 -p tcp -j LOG --log-prefix "x y"
ip6tables -A INPUT -s 2001:db8:1::1/48 -p all -m physdev ! --physdev-is-in -j DOCKER
iptables-save -c
iptables -R INPUT 1 -j NFLOG --nflog-group 1
iptables-restore -c <<'EOF'
*raw
:PREROUTING ACCEPT [0:343]
:RCHAIN - [0:0]
-A OUTPUT -d 127.197.11.254/12 -p icmp -m state --state INVALID -m owner --uid-owner 65534 -j LOG
[0:374] -A OUTPUT -o eth1 -j DROP
-A RCHAIN -p udp -m ttl --ttl-eq 74 -m addrtype --src-type UNICAST -j CT --zone 3
COMMIT
EOF
iptables -t mangle -A FORWARD ! -o eth+ -p tcp -m addrtype --src-type LOCAL -j DROP
iptables -t filter -N DOCKER-USER
iptables -A FORWARD -s 172.147.80.62/32 -p tcp -m addrtype --src-type LOCAL -j NFLOG --nflog-group 2
iptables -t raw -E RCHAIN RCHAIN-2
iptables -t filter -D INPUT -d 127.167.171.190/0 -j KUBE-SERVICES
iptables -t mangle -A FORWARD ! -s 10.4.28.29/30 -d 198.203.20.202 -o eth+ -p icmp -m mac --mac-source 02:00:00:00:00:66 -m limit --limit 1/hour -j CONNMARK --restore-mark --mask 0xff
iptables-save
ip6tables-save

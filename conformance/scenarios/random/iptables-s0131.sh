# Random iptables/ip6tables rule set, seed 131 (conformance/generators/iptables.ts)
ip6tables -t mangle -v -I POSTROUTING 1 -p ipv6-icmp -m pkttype --pkt-type unicast -m mark --mark 0x10/0xf0 -j DSCP --set-dscp 10
ip6tables -t mangle -N KUBE-SEP-XYZ
iptables -A OUTPUT -p icmp -m length ! --length 0:64 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -D INPUT 1
ip6tables -t raw -X PREROUTING
ip6tables -t filter -I FORWARD -s ::1 -p tcp -m statistic --mode random --probability 1 -m physdev --physdev-is-bridged -j RETURN
iptables -t security -X FORWARD
iptables -t mangle -P FORWARD RETURN
iptables-save -t filter
iptables -t mangle -N DOCKER
iptables -t filter -v -F FORWARD
iptables -t mangle -A OUTPUT -c 743 71103 -p sctp -m connmark --mark 5/0xff -j TRACE
iptables-save -c -t mangle
ip6tables -t raw -S PREROUTING 3
iptables -A OUTPUT -o cni0 -p icmp -m addrtype --src-type UNICAST -m connmark --mark 5/0xff -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -I POSTROUTING 4 -p icmp -m statistic --mode nth --every 10 --packet 1 -m addrtype --src-type UNICAST -j TTL --ttl-set 64
iptables -t security --list NOPE --numeric --line-numbers
iptables -v -X
ip6tables -F
ip6tables -S OUTPUT 1
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [0:51]
:DOCKER - [0:0]
-A INPUT -s fe80::1 -p 47 -m hl --hl-gt 211 -m pkttype --pkt-type broadcast -j SNAT --to-source fd00::2 --random-fully
-A DOCKER -s fe80::1 -p tcp --sport 8080:65535 -j LOG --log-prefix "x y" --log-level crit
COMMIT
EOF
ip6tables -A INPUT ! -s fd00::/16 -p udp -m physdev --physdev-in veth0 -j MARK --set-mark 0x1
ip6tables -t raw -R PREROUTING 1 -m physdev --physdev-in veth0 -m statistic --mode nth --every 10 --packet 1 -j MARK --and-mark 0xff
ip6tables -t filter -L -v -Z
iptables -A FORWARD -d 127.111.224.253 -j RETURN
iptables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
-A OUTPUT -p tcp -m addrtype --src-type UNICAST -j ACCEPT
-A OUTPUT -p tcp -m mark --mark 1 -m mark --mark 0xffffffff -j NFLOG --nflog-group 4 --nflog-prefix p
COMMIT
EOF
iptables -t filter -v -X
iptables -t raw -P OUTPUT RETURN
iptables -v -F
iptables -t raw -E DOCKER DOCKER-2
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [8:744]
:KUBE-SERVICES - [0:0]
-A PREROUTING -m state --state ESTABLISHED,RELATED -m statistic --mode random --probability 0.33333333349 -j TRACE
-A INPUT -p sctp -m comment --comment "kubernetes service portals" -j MARK --set-mark 5/0xff
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:142]
:RCHAIN - [0:0]
-A OUTPUT -j RCHAIN
-A FORWARD -d fe80::1 -o eth+ ! -p tcp -m limit --limit 1/hour -m addrtype --src-type UNICAST -j ACCEPT
-A FORWARD -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:19 -j LOG
COMMIT
EOF
ip6tables -t raw -A PREROUTING ! -s fe80::1 -p ipv6-icmp -m owner ! --uid-owner 0 -m hl --hl-gt 83 -j LOG
iptables -t security -I INPUT 2 -s 192.55.65.236/24 -p tcp --syn -j ACCEPT
iptables -C OUTPUT -s 127.201.152.222 -d 10.213.161.171/24 -m comment --comment docker -m connmark --mark 5/0xff -j DROP
iptables -nvL
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:490]
:DOCKER - [0:0]
-A FORWARD -s 172.120.126.224/8 -d 127.127.216.145 -p tcp -m addrtype --dst-type MULTICAST -m statistic --mode random --probability 0.25000000000
-A OUTPUT -s 192.44.46.74 -m state --state INVALID -j DROP
-A OUTPUT -p 47 -m statistic --mode random --probability 0.1 -j DROP
-A OUTPUT ! -o cni0 -m length --length 0:64 -g DOCKER
COMMIT
EOF
iptables-save -t raw
ip6tables -t mangle -S INPUT 1
ip6tables -t nat -v -I OUTPUT 1 -s fd00:a:b::/48 -p tcp -m tcp --dport domain -j ACCEPT
ip6tables -t raw -w 1 --append PREROUTING -d 2001:db8:: -i lo -p tcp -j NOTRACK
ip6tables -t nat -D POSTROUTING ! -s 2001:db8::/16 -p sctp -m pkttype --pkt-type broadcast -j ACCEPT
ip6tables -I RCHAIN -s 2001:db8::/16 ! -d fd00::/127 -p tcp -m statistic --mode random --probability 0.1 -m iprange --src-range 2001:db8::1-2001:db8::9 -j REJECT --reject-with icmp6-no-route
ip6tables-save -t raw
ip6tables -t filter -S OUTPUT 1
ip6tables -t mangle -S KUBE-SERVICES 2
ip6tables -t security --list OUTPUT --numeric --line-numbers
iptables -P FORWARD DROP
iptables -v -F
iptables -t filter -A INPUT -m statistic --mode nth --every 2 --packet 0 -m iprange --dst-range 10.0.0.1-10.0.0.103 -j REJECT --reject-with icmp-admin-prohibited
iptables -w 1 --append INPUT -p icmp -m length --length 1500 -m addrtype --src-type UNICAST -j DOCKER
iptables -t mangle -L INPUT
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:95]
:DOCKER - [0:0]
-A OUTPUT -p tcp -j DOCKER
-A OUTPUT -o eth+ -p udp -m owner --uid-owner 65534 -j RETURN
COMMIT
EOF
iptables -Z OUTPUT
iptables -t security -A FORWARD -p tcp -m mac --mac-source 02:00:00:00:00:55
iptables -t mangle -X DOCKER
iptables -t filter -A OUTPUT ! -s 192.189.160.29/30 -p icmp -m length --length 1500 -j MARK --or-mark 0x8
iptables -L DOCKER 2 -n -v
iptables -t security -S INPUT 2
iptables -t mangle -F
iptables -t nat -A OUTPUT -d 127.204.66.242/32 -p sctp -j REDIRECT --to-ports 3128
iptables -t filter --list DOCKER --numeric --line-numbers
iptables -t mangle -A FORWARD ! -i lo -p icmp -g DOCKER
ip6tables -t security -D DOCKER -s ::1/127 -d fe80::1 -p all -j LOG
ip6tables -t filter -F
ip6tables -I OUTPUT 2 ! -s ::1 -p tcp
ip6tables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [2:59]
:RCHAIN - [0:0]
-A RCHAIN -s fd00:a:b::/48 -d 2001:db8:1::1 ! -i lo ! -o docker0 -m state --state NEW -m statistic --mode random --probability 0.25000000000
-A RCHAIN -d fd00:a:b::/128 -i eth0 -p 47 -j NFLOG --nflog-group 3
-A RCHAIN -p ipv6-icmp --icmpv6-type neighbour-solicitation -m state --state ESTABLISHED,RELATED -j CONNMARK --set-mark 0x2
-A OUTPUT -p sctp -j RETURN
COMMIT
EOF
ip6tables -I RCHAIN -s fe80::1/127 -d 2001:db8:1::1 -m pkttype --pkt-type unicast -j DROP
ip6tables -t mangle -A INPUT -s ::1/32 -p 47 -m addrtype --src-type LOCAL -m mark ! --mark 1 -j MARK --set-mark 0x1
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [2:802]
:RCHAIN - [0:0]
-A INPUT -s 127.226.65.108 -p icmp -j RCHAIN
-A INPUT -p all -m mac --mac-source 02:00:00:00:00:18 -j RETURN
COMMIT
EOF
iptables-save
ip6tables-save

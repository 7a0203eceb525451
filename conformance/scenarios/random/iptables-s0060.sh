# Random iptables/ip6tables rule set, seed 60 (conformance/generators/iptables.ts)
iptables -t filter -A FORWARD -d 192.121.66.159/8 -i br0 -p all -m statistic --mode random --probability 0.25000000000
iptables -t filter -A OUTPUT -d 198.233.162.7 -o eth+ -j CONNMARK --save-mark
iptables -D INPUT -s 192.38.254.235/30 -p all -j DROP
iptables -t nat -A PREROUTING ! -i lo -m statistic --mode random --probability 0.1 -m connmark --mark 0x1 -j MARK --set-xmark 0x4000/0x4000
iptables-save
iptables -t filter -D INPUT 4
iptables -t filter -S -v
ip6tables -t security -A INPUT ! -s fe80::1/32 -m mark --mark 0x10/0xf0 -j DROP
ip6tables -R INPUT 2 -p tcp -m mark --mark 1 -m hl --hl-gt 248 -j NFLOG --nflog-group 2
ip6tables -t raw -L -x -v -n
ip6tables -t filter -A OUTPUT -p all -j CT --notrack
ip6tables -L -x -v -n
ip6tables -t filter -D INPUT 1
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:566]
:KUBE-SERVICES - [0:0]
-A OUTPUT -o docker0 -p tcp -m limit --limit 10/second -j KUBE-SERVICES
-A INPUT -p tcp -m mac ! --mac-source 02:00:00:00:00:41 -j ACCEPT
-A FORWARD -o eth+ -p udp -m pkttype --pkt-type broadcast -j DROP
-A OUTPUT -d 127.12.179.182/30 -m addrtype --dst-type LOCAL
COMMIT
EOF
iptables -t filter -L FORWARD
iptables -t security -L FORWARD -n -v --line-numbers
ip6tables -t nat -N f2b-sshd
ip6tables -nvL
ip6tables -t security -D INPUT -i br0 -p tcp -j DROP
ip6tables -t nat -L POSTROUTING -n -v --line-numbers
iptables -t raw -L
iptables -t filter -S OUTPUT
iptables -t filter -A INPUT -d 127.12.160.252/8 -p sctp -m physdev --physdev-is-bridged -m physdev --physdev-in veth0 -j KUBE-SERVICES
iptables -A KUBE-SERVICES ! -i docker0 -p udp -m statistic --mode nth --every 10 --packet 1 -j DROP
iptables -t mangle -nvL
ip6tables -X
ip6tables -t nat -D INPUT 1
ip6tables -A FORWARD -s 2001:db8:1::1 -m mac --mac-source 02:00:00:00:00:79 -j TRACE
ip6tables -L -v
ip6tables -L -n
ip6tables -A INPUT -d ::1/48 -p sctp -m hl --hl-lt 99 -m mac ! --mac-source 02:00:00:00:00:53 -j REJECT
ip6tables -t raw -P FOO ACCEPT
ip6tables -I INPUT 4 -d fe80::1/32 -i lo -p sctp -j NFLOG --nflog-group 1
ip6tables -I INPUT -p 47 -m statistic --mode random --probability 0.1 -m addrtype --dst-type MULTICAST -j NFLOG --nflog-group 1
iptables -t mangle -A POSTROUTING ! -s 192.155.170.10 -o eth1 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -j CONNMARK --restore-mark --mask 0xff
iptables -t raw -A OUTPUT -p icmp -m mark --mark 0xffffffff -m state --state NEW -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -P FOO DROP
ip6tables -t mangle -A POSTROUTING -d fe80::1/32 -p 47 -j CONNMARK --set-mark 0x2
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [0:352]
:RCHAIN - [0:0]
-A INPUT -i br0 -o eth1 -p udp -j DROP
-A RCHAIN -p tcp -m comment --comment "kubernetes service portals" -m connmark --mark 0x1 -j DROP
COMMIT
EOF
iptables -A KUBE-SERVICES -p sctp -j LOG --log-level 4
ip6tables -t mangle -Z
ip6tables -N LOGDROP
ip6tables -t mangle -A PREROUTING -i lo -p tcp --tcp-flags ALL NONE -j RETURN
ip6tables -t raw -L -n -v
ip6tables-save -t filter
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:199]
:DOCKER - [0:0]
-A OUTPUT -d 192.241.9.176/0 -p udp -j NFLOG --nflog-group 3
COMMIT
EOF
iptables -C OUTPUT -p sctp -m physdev --physdev-out eth+ -j DOCKER
iptables-restore <<'EOF'
*security
:INPUT DROP [3:381]
:RCHAIN - [0:0]
-A RCHAIN -s 192.203.95.198 -d 172.192.77.29/0 -o docker0 -p icmp -g RCHAIN
-A OUTPUT -m owner --uid-owner 100-200 -m limit --limit 10/second --limit-burst 20 -j MARK --set-mark 0x1
-A INPUT -p tcp -j RETURN
COMMIT
EOF
ip6tables -t mangle -F
ip6tables -A LOGDROP -i docker0 -o eth+ -p all -m connmark --mark 5/0xff
ip6tables -S INPUT
ip6tables -t nat -D OUTPUT -s fd00:a:b::/32 -m mark --mark 0x4000/0x4000 -m iprange --src-range 2001:db8::1-2001:db8::9 -j TRACE
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [6:580]
:DOCKER - [0:0]
-A INPUT ! -d fe80::1 -p ipv6-icmp -m statistic --mode random --probability 0.33333333349 -m conntrack --ctstate INVALID -g DOCKER
-A DOCKER ! -s 2001:db8::/64 -p sctp -j NFLOG --nflog-group 4
COMMIT
EOF
iptables -A INPUT -d 10.217.109.255/12 -m mac --mac-source 02:00:00:00:00:82 -m mark --mark 1 -j NFLOG --nflog-group 0
iptables -I DOCKER 1 ! -s 198.168.173.118/0 -o docker0 -p udp -m conntrack --ctstate INVALID -m statistic --mode random --probability 0.5 -j LOG --log-prefix "x y"
iptables-save
iptables -D FORWARD 1
iptables -t mangle -A FORWARD -s 10.96.122.17 -d 10.234.167.248/30 ! -i lo -o eth1 -p udp -m limit --limit 1/hour --limit-burst 1 -m statistic --mode random --probability 0.1 -j CONNMARK --restore-mark
iptables -t mangle -S -v
iptables-save -c
iptables-save
ip6tables-save

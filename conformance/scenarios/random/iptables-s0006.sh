# Random iptables/ip6tables rule set, seed 6 (conformance/generators/iptables.ts)
iptables -S -v
iptables -t filter -L -n --line-numbers
iptables -t filter -N KUBE-SERVICES
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [1:734]
:KUBE-SERVICES - [0:0]
-A FORWARD -d 10.140.200.145 -o docker0 -p 47 -m mac --mac-source 02:00:00:00:00:88 -m connmark --mark 0x1 -j KUBE-SERVICES
[3:446] -A INPUT -s 198.125.34.72/24 -p sctp -m comment --comment "kubernetes service portals" -j ACCEPT
COMMIT
EOF
iptables -t raw -A OUTPUT -s 127.183.35.66/12 -m conntrack --ctstate INVALID
iptables -t mangle -P POSTROUTING DROP
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A INPUT ! -d 10.155.38.51 -p icmp -j MARK --xor-mark 0x3
COMMIT
EOF
iptables -D OUTPUT 4
iptables-restore <<'EOF'
*security
:RCHAIN - [0:0]
-A OUTPUT -m limit --limit 3/s -g RCHAIN
-A FORWARD ! -s 198.32.180.102/12 -d 172.65.36.88 -i veth+ -p icmp -m addrtype --dst-type MULTICAST -m state --state NEW -j RCHAIN
COMMIT
EOF
iptables -t security -I RCHAIN -d 172.95.156.169/30 -o eth+ -p udp -m physdev ! --physdev-is-in -m conntrack --ctstate UNTRACKED -j TRACE
ip6tables-save
ip6tables -t security -X
ip6tables -A OUTPUT -s ::1 ! -p tcp -m tcp --dport 80 -j NFLOG --nflog-group 1
iptables -t nat -D OUTPUT -j TRACE
iptables -t nat -N MYCHAIN
iptables-save -t raw
iptables -t raw -D PREROUTING -i br0 -p icmp -j LOG --log-prefix "IN: "
iptables -A FORWARD -s 172.192.24.217/12 -d 172.98.122.69 -o eth1 -p sctp -m addrtype ! --dst-type BROADCAST -j KUBE-SERVICES
iptables -A DOCKER ! -d 10.192.240.89/24 -i eth0 -p 47 -m state --state INVALID -m state --state NEW -j MARK --set-mark 5/0xff
iptables -t security -A OUTPUT -p 47 -j RETURN
iptables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD ! -s 172.35.127.134 -p all -j RCHAIN
COMMIT
EOF
iptables -t filter -L
iptables -t filter -nvL
iptables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING DROP [2:449]
:DOCKER - [0:0]
-A FORWARD -p sctp -j DSCP --set-dscp 0x2e
-A OUTPUT -o docker0 -p tcp -m addrtype --dst-type BROADCAST -m tcp --dport 53:9000
COMMIT
EOF
ip6tables -A FORWARD ! -s fe80::1 -d fd00:: -m connmark --mark 5/0xff -m addrtype --src-type UNICAST
ip6tables -t filter -I INPUT 3 -m connmark ! --mark 5/0xff -m hl --hl-eq 92 -j ACCEPT
ip6tables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -o eth1 -p ipv6-icmp -m limit --limit 10/second --limit-burst 20 -m hl --hl-gt 101 -j ACCEPT
-A RCHAIN -p tcp -j CONNMARK --set-mark 0x2
-A FORWARD -d 2001:db8::/16 -j RCHAIN
-A INPUT -s fd00:a:b:: -p sctp -m comment --comment docker -j RETURN
COMMIT
EOF
iptables -t filter -X RCHAIN
iptables -t nat -A PREROUTING -s 198.110.132.30/16 -p udp -m mac --mac-source 02:00:00:00:00:54 -m statistic --mode random --probability 1 -j CONNMARK --save-mark
iptables-save
iptables -t nat -X MYCHAIN
iptables -E RCHAIN RCHAIN-2
iptables -t nat -I POSTROUTING 4 -d 127.187.146.185/24 -o cni0 -p tcp -m addrtype --src-type UNICAST -m mark --mark 1
iptables-save -c
iptables -I OUTPUT 1 -d 172.23.53.236 -p tcp -j CONNMARK --save-mark
iptables -t filter -N LOGDROP
iptables -N KUBE-SERVICES
iptables -F RCHAIN-2
iptables -t nat -S
iptables -t mangle -A PREROUTING -i br0 -p sctp -m physdev ! --physdev-is-in -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t nat -F
ip6tables-save -t filter -c
ip6tables -D FORWARD -s 2001:db8:1::1 -d ::1/32 -p all -m limit --limit 100/day --limit-burst 20 -j REJECT
ip6tables -t mangle -N MYCHAIN
ip6tables -t raw -S PREROUTING
ip6tables -A FORWARD -d 2001:db8:1::1 -p 47 -j MARK --xor-mark 0x3
ip6tables-save -t filter
iptables -A INPUT -s 172.61.145.164 -d 192.52.88.25/30 -m mark --mark 0x10/0xf0 -j LOG --log-prefix "IN: " --log-level crit
iptables -A INPUT -j LOG --log-prefix "IN: "
iptables -t security -A RCHAIN -d 198.51.181.211 -p icmp -m statistic --mode nth --every 2 --packet 0 -m state --state INVALID -j LOG --log-prefix "x y"
iptables -D RCHAIN-2 3
iptables-save -c
iptables -E LOGDROP LOGDROP-2
ip6tables -D OUTPUT -s fd00::/16 -p tcp -m addrtype --dst-type UNICAST -m hl --hl-eq 159 -j CONNMARK --save-mark
ip6tables -t filter -I INPUT 4 -m physdev ! --physdev-is-in -j TRACE
ip6tables -t nat -A INPUT ! -s fe80::1/64 -j SNAT --to-source fd00::3
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [0:370]
:KUBE-SERVICES - [0:0]
-A POSTROUTING -o eth1 -g MYCHAIN
-A KUBE-SERVICES -i br0 -p sctp -m length --length 100:200 -g MYCHAIN
-A INPUT -d fd00:: -p udp -g KUBE-SERVICES
COMMIT
EOF
ip6tables -t raw -N DOCKER-USER
ip6tables-restore -c <<'EOF'
*mangle
:RCHAIN - [0:0]
-A OUTPUT -s 2001:db8:1::1/64 -d fd00:: -p 47 -m state --state NEW -m hl --hl-gt 87 -j ACCEPT
-A POSTROUTING -o docker0 -p sctp -m conntrack --ctstate RELATED,ESTABLISHED -j SNAT --to-source fd00::2
-A RCHAIN -s 2001:db8:1::1 -m statistic --mode nth --every 10 --packet 1 -j TRACE
COMMIT
EOF
ip6tables -t filter -Z
iptables-save
ip6tables-save

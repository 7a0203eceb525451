# Random iptables/ip6tables rule set, seed 63 (conformance/generators/iptables.ts)
iptables -F
iptables -t nat -A INPUT ! -d 172.241.59.42/16 -p tcp -j DROP
iptables -A INPUT ! -s 192.74.9.48/8 -d 10.5.161.246/12 -p 47 -j RETURN
iptables -t raw -A OUTPUT -d 127.216.162.140 -p 47 -m limit --limit 3/s -j LOG --log-prefix "drop" --log-level crit
iptables -t raw -Z
iptables -t mangle -P FORWARD ACCEPT
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:850]
:RCHAIN - [0:0]
-A RCHAIN -s 10.119.46.225/16 -i docker0 -p tcp -m length --length 0:64 -j TRACE
-A INPUT -p all -m mac ! --mac-source 02:00:00:00:00:22 -j RCHAIN
COMMIT
EOF
iptables -D INPUT 4
iptables-save -c
iptables -P OUTPUT ACCEPT
iptables-restore --noflush <<'EOF'
*mangle
:KUBE-SERVICES - [0:0]
[0:70] -A FORWARD -p icmp -m conntrack --ctstate RELATED,ESTABLISHED -g KUBE-SERVICES
COMMIT
EOF
iptables -t nat -I INPUT ! -s 10.234.72.139/8 -m statistic --mode random --probability 1 -m addrtype --dst-type LOCAL -j MARK --xor-mark 0x3
iptables -A NOPE -d 198.148.91.21 -p sctp -j ACCEPT
iptables -t security -S
iptables -t nat -F
iptables -t mangle -A INPUT -s 172.32.203.146 -j CONNMARK --set-mark 0x2
iptables -t nat -L -n
iptables-save -t filter
iptables -D RCHAIN 4
iptables -A OUTPUT -s 172.165.186.187/32 -d 172.128.199.205/0 -o docker0 -p sctp -j RCHAIN
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [7:973]
:DOCKER - [0:0]
-A INPUT ! -i docker0 -p tcp -m mac --mac-source 02:00:00:00:00:27 -j MARK --xor-mark 0x3
-A POSTROUTING ! -s 198.173.225.13/12 -d 192.190.65.198 -m iprange --dst-range 10.0.0.1-10.0.0.177 -j DOCKER
-A INPUT -s 172.31.8.236/0 -m ttl --ttl-lt 224 -m statistic --mode random --probability 1 -j CONNMARK --restore-mark --mask 0xff
-A OUTPUT -d 192.20.64.99/0 -p tcp -m owner --uid-owner 0 -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
iptables -t raw -F
iptables -R RCHAIN 2 -d 192.230.246.49 -i veth+ -p tcp -m multiport ! --ports http,https --tcp-flags ALL NONE -j REJECT
iptables -A OUTPUT -p all -m owner --uid-owner 0 -j RETURN
iptables -t mangle -P PREROUTING RETURN
iptables -t raw -R OUTPUT 3 ! -s 10.36.123.51/32 -o eth+ -p tcp -j ACCEPT
iptables -N LOGDROP
iptables -t nat -A DOCKER -m physdev ! --physdev-is-in -j MARK --or-mark 0x8
iptables -X LOGDROP
iptables -t nat -A PREROUTING -s 192.167.113.60/0 ! -d 172.200.121.83/16 -p 47 -g DOCKER
iptables -t security -P FORWARD DROP
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s fd00:a:b:: -o cni0 -p 47 -g KUBE-SERVICES
COMMIT
EOF
ip6tables -A INPUT -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables-save
ip6tables -A OUTPUT ! -s 2001:db8:: -j KUBE-SERVICES
ip6tables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -m statistic --mode nth --every 3 --packet 1 -m conntrack --ctstate NEW -j LOG
-A RCHAIN -p ipv6-icmp -m addrtype --dst-type BROADCAST -j REJECT --reject-with tcp-reset
[4:11] -A OUTPUT -p tcp -j LOG --log-prefix "drop" --log-level info
-A FORWARD -i lo -j DROP
COMMIT
EOF
ip6tables -S
ip6tables -I OUTPUT 2 -o docker0 -p 47 -j LOG --log-prefix "IN: "
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [6:61]
:RCHAIN - [0:0]
-A OUTPUT -s ::1 -d 2001:db8::/127 -p tcp -j TRACE
-A FORWARD -s ::1/127 -d fd00:a:b:: -o eth+ -p tcp -g RCHAIN
COMMIT
EOF
ip6tables -t security -A RCHAIN
ip6tables -P OUTPUT DROP
ip6tables -t raw -S
ip6tables -t mangle -A INPUT -d 2001:db8::/16 -m mac ! --mac-source 02:00:00:00:00:26 -m statistic --mode random --probability 0.1
ip6tables -t raw -A OUTPUT -s fd00:a:b::/16 -p all -j DROP
ip6tables -t filter -L INPUT
ip6tables -A RCHAIN ! -i lo -p udp -m length --length 100:200 -m limit --limit 10/second
ip6tables -I FORWARD 2 ! -s fd00:a:b::/128 -o eth1 -p all -m statistic --mode nth --every 2 --packet 1 -g RCHAIN
ip6tables -t filter -A OUTPUT -d fd00::/16
ip6tables -t filter -A FORWARD -m conntrack --ctstate NEW -j CONNMARK --restore-mark
ip6tables -t security -I FORWARD 4 -d fd00:a:b::/16 -p tcp -m length --length 0:64 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t raw -A PREROUTING ! -s 2001:db8:1::1/32 -p sctp -m comment --comment x_y-z -m pkttype --pkt-type unicast
ip6tables -t mangle -D POSTROUTING 2
ip6tables -t raw -Z
ip6tables -D RCHAIN -d fd00::/64 -o eth1 -p tcp -j RCHAIN
ip6tables -t filter -X RCHAIN
ip6tables -t raw -I PREROUTING 1 -s fe80::1 -p sctp -m hl --hl-eq 23 -j CT --notrack
ip6tables-save
ip6tables -t nat -F
ip6tables -t mangle -F
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [4:782]
:RCHAIN - [0:0]
[0:100] -A FORWARD -d 127.4.230.108 -i eth0 -m physdev --physdev-is-bridged -m statistic --mode random --probability 0.5
-A INPUT -d 192.193.110.76 -p all -j LOGDROP
-A INPUT ! -s 127.116.161.140 -m physdev --physdev-out eth+ -j NFLOG --nflog-group 3 --nflog-prefix p
-A RCHAIN -d 198.219.190.186/0 -i docker0 -p 47 -j NFLOG --nflog-group 4 --nflog-prefix p
COMMIT
EOF
ip6tables -N f2b-sshd
ip6tables -t nat -A POSTROUTING -m statistic --mode nth --every 3 --packet 0 -j SNAT --to-source 2001:db8::1
iptables -t security -S FORWARD
iptables -t nat -S
iptables -E RCHAIN RCHAIN-2
iptables -t nat -L PREROUTING
iptables -nvL
iptables -A INPUT -d 198.53.83.3 -p icmp -m comment --comment "kubernetes service portals" -j CONNMARK --restore-mark
iptables -I OUTPUT 1 -p tcp -j TCPMSS --set-mss 1400
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:685]
:RCHAIN - [0:0]
[3:259] -A INPUT -d 198.147.84.116/12 -i docker0 -p 47 -m ttl --ttl-gt 119 -m iprange --dst-range 10.0.0.1-10.0.0.104 -j ACCEPT
-A FORWARD -s 10.107.136.239 -i veth+ ! -o eth1 -p 47 -m addrtype --src-type LOCAL -m iprange --dst-range 10.0.0.1-10.0.0.114 -j ACCEPT
COMMIT
EOF
iptables-save
ip6tables-save

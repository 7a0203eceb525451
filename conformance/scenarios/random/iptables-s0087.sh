# Random iptables/ip6tables rule set, seed 87 (conformance/generators/iptables.ts)
iptables -A OUTPUT -s 192.15.96.93/16 -d 10.210.75.120/0 -i veth+ -p tcp -m state --state INVALID -j ACCEPT
iptables -t filter -C INPUT -p sctp -m mark --mark 0xffffffff -j NFLOG --nflog-group 3
iptables -A OUTPUT -m addrtype --src-type LOCAL -j TRACE
iptables -N MYCHAIN
iptables -S
iptables-save
iptables -E MYCHAIN MYCHAIN-2
iptables -t mangle -A INPUT -p tcp -m state --state INVALID --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -A MYCHAIN-2 -p tcp --sport 22 ! --sport domain -j CONNMARK --save-mark
iptables -X
iptables -t raw -R PREROUTING 1 -p udp -m pkttype --pkt-type multicast
iptables -N LOGDROP
iptables -t raw -A OUTPUT -o cni0 -p 47 -j LOG --log-level crit
ip6tables-save -t filter -c
ip6tables -t mangle -I OUTPUT 4 -s fd00::/48 -d 2001:db8:1::1/127 -p sctp -m addrtype --src-type UNICAST -m physdev ! --physdev-is-in -j RETURN
ip6tables -t mangle -F
ip6tables -A FORWARD -s 2001:db8:: -d 2001:db8:1::1 -p udp -j NFLOG --nflog-group 3
ip6tables -t nat -A OUTPUT -o cni0 -p sctp -m conntrack --ctstate INVALID -m physdev --physdev-in veth0 -j RETURN
ip6tables-restore --noflush <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A INPUT -m comment --comment x_y-z -j LOG --log-prefix "x y"
-A POSTROUTING -o eth1 -p all -m statistic --mode random --probability 0.33333333349 -j KUBE-SERVICES
-A OUTPUT -p 47 -j REDIRECT
-A KUBE-SERVICES -m iprange --src-range 2001:db8::1-2001:db8::9 -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
COMMIT
EOF
ip6tables -t mangle -F
ip6tables-save
ip6tables -t raw -L -n --line-numbers
ip6tables -L -n --line-numbers
iptables -t nat -A INPUT -s 192.207.189.251/30 -j CONNMARK --restore-mark
iptables-restore <<'EOF'
*filter
:INPUT DROP [4:972]
:KUBE-SERVICES - [0:0]
-A FORWARD -o cni0 -p sctp -j LOG
[2:445] -A FORWARD -d 172.188.244.105 -i eth0 -p sctp -m mac ! --mac-source 02:00:00:00:00:26 -m statistic --mode random --probability 1 -j KUBE-SERVICES
COMMIT
EOF
iptables-save -c
iptables-save -t security
iptables -t raw -N f2b-sshd
iptables -N f2b-sshd
iptables -A INPUT -d 127.254.233.184
iptables -A INPUT -p icmp -j ACCEPT
ip6tables -t filter -Z
ip6tables -t raw -Z
ip6tables -t filter -D OUTPUT 4
ip6tables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
[0:364] -A DOCKER -s 2001:db8:: -d fd00:: -i lo -p 47 -m state ! --state INVALID -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
[3:190] -A DOCKER -d 2001:db8:1::1/32 -p all -m statistic --mode nth --every 3 --packet 0
[1:483] -A FORWARD -p ipv6-icmp -j LOG --log-prefix "IN: " --log-level 7
-A OUTPUT -s ::1/16 -p 47 -m mark --mark 0x4000/0x4000 -j REJECT --reject-with tcp-reset
COMMIT
EOF
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:713]
:KUBE-SERVICES - [0:0]
-A FORWARD -d 2001:db8::/32 -p sctp -m physdev --physdev-in veth0 -j RETURN
-A OUTPUT -s 2001:db8:1::1/48 -j REJECT --reject-with icmp6-no-route
-A FORWARD ! -s fe80::1/32 -d fe80::1 -o eth+ -p 47 -m statistic --mode nth --every 2 --packet 1 -m limit --limit 1/hour -j TRACE
-A INPUT -m limit --limit 10/second --limit-burst 5 -j NFLOG --nflog-group 0 --nflog-prefix p
COMMIT
EOF
ip6tables -t mangle -N DOCKER
ip6tables-save
ip6tables -t raw -X
ip6tables -I DOCKER 2 -s ::1/16 ! -d 2001:db8:: -i eth0 -p tcp --tcp-flags ALL NONE -j MARK --set-mark 5/0xff
ip6tables-save
ip6tables -X KUBE-SERVICES
ip6tables -t filter -I KUBE-SERVICES 1 -p tcp -j MARK --set-xmark 0x4000/0x4000
iptables-save
iptables -Z
iptables -t mangle -S INPUT
iptables -t nat -A PREROUTING -d 172.142.173.27/24 -p icmp -m mac --mac-source 02:00:00:00:00:86 -m iprange --dst-range 10.0.0.1-10.0.0.120 -j RETURN
iptables -t nat -A INPUT -i br0 ! -p tcp -j RETURN
iptables -t filter -L -n --line-numbers
iptables -t nat -I INPUT -s 192.101.72.178/24 -i eth0 -p 47 -j LOG --log-prefix "drop"
iptables -t mangle -D FORWARD -s 198.166.147.120/32 -j CONNMARK --restore-mark
iptables -I KUBE-SERVICES 1 -s 198.208.137.107 -p tcp -m connmark --mark 0x1 -j REJECT --reject-with icmp-net-unreachable
iptables -E f2b-sshd f2b-sshd-2
iptables -t nat -A POSTROUTING -p tcp -j LOG --log-prefix "IN: " --log-level 7
iptables -t filter -A OUTPUT -d 127.63.136.186/12 -p sctp -g KUBE-SERVICES
iptables -N KUBE-SERVICES
iptables-save
iptables -t filter -C INPUT -p udp -m physdev --physdev-in veth0
iptables -t mangle -I INPUT -j TTL --ttl-inc 2
iptables -D KUBE-SERVICES ! -d 172.124.24.183/24 ! -o docker0 -p tcp -m physdev --physdev-out eth+ -m mark --mark 0x4000/0x4000
iptables -A FORWARD -d 172.125.68.85/0 -p sctp -j TRACE
iptables -t filter -A f2b-sshd-2 -s 172.242.8.111 -i br0 -o docker0 -p tcp -m limit --limit 1/hour --limit-burst 1 -m state --state INVALID -j KUBE-SERVICES
ip6tables-save -c
ip6tables -t filter -F
ip6tables -t filter -N MYCHAIN
ip6tables -Z OUTPUT
ip6tables -I OUTPUT -s fd00:: -d fd00:a:b::/32 -p 47 -m mac --mac-source 02:00:00:00:00:39 -j ACCEPT
iptables -t nat -A PREROUTING -s 10.202.102.199/30 ! -p udp -m state --state ESTABLISHED,RELATED -m limit --limit 1/hour -j NFLOG --nflog-group 2
iptables -A KUBE-SERVICES -s 172.22.106.4/16 -d 198.135.149.180/0 -p udp -m mark --mark 0xffffffff -m limit --limit 3/s -g f2b-sshd-2
iptables -P INPUT DROP
iptables-save
ip6tables-save

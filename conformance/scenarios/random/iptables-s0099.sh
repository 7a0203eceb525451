# Random iptables/ip6tables rule set, seed 99 (conformance/generators/iptables.ts)
iptables -t nat -A POSTROUTING -d 172.238.71.1 -o cni0 -p sctp -m state ! --state INVALID -m addrtype --src-type UNICAST -j MASQUERADE
iptables -t raw -I PREROUTING 3 -s 198.151.28.183/24 -d 198.62.118.116 -p 47 -m mac --mac-source 02:00:00:00:00:50 -j MARK --and-mark 0xff
ip6tables-save
ip6tables -F
ip6tables -t nat -Z POSTROUTING
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:333]
:DOCKER - [0:0]
-A INPUT -j DOCKER
[0:64] -A FORWARD -s ::1 -p all -m statistic --mode random --probability 0.1 -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --and-mark 0xff
-A DOCKER -p 47 -m statistic --mode nth --every 2 --packet 1 -m pkttype --pkt-type multicast -j RETURN
-A FORWARD -p ipv6-icmp
COMMIT
EOF
ip6tables -A OUTPUT -d 2001:db8:1::1/127 -o eth+ -p all -m owner --uid-owner 0 -m mark --mark 0x4000/0x4000 -j CONNMARK --restore-mark
ip6tables -t nat -D OUTPUT 1
iptables -t filter -N DOCKER-USER
iptables -I OUTPUT -s 10.132.166.86/8 -p tcp -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -L DOCKER-USER
ip6tables -t security -D OUTPUT -p tcp -m physdev --physdev-in veth0 -j RETURN
iptables -t security -N f2b-sshd
iptables -L FORWARD
iptables -D DOCKER-USER 4
iptables -t filter -N KUBE-SERVICES
iptables-save
iptables -t mangle -L
iptables -t mangle -D INPUT -s 192.193.160.22 ! -i docker0 -p tcp -j NFLOG --nflog-group 2
iptables -t mangle -D OUTPUT ! -s 127.1.217.18/8 -p icmp -m pkttype ! --pkt-type multicast -j RETURN
iptables -t filter -L -x -v -n
iptables -t raw -A PREROUTING -i br0 -p tcp -m limit --limit 5/min --limit-burst 1 -m statistic --mode random --probability 0.25000000000 -j LOG --log-prefix "drop" --log-level 4
iptables-save -t security
iptables -t filter -R OUTPUT 1 -j ACCEPT
iptables -t filter -A NOPE -s 198.224.79.97 -o docker0 -p tcp -j DOCKER-USER
iptables -A DOCKER-USER -i br0 -o eth1 -p udp -j ACCEPT
iptables -t filter -S
iptables -t security -S INPUT
iptables -D KUBE-SERVICES 1
iptables -t raw -P PREROUTING DROP
iptables -t mangle -N LOGDROP
iptables -A INPUT -m addrtype --src-type LOCAL -j TRACE
iptables-restore --noflush <<'EOF'
*mangle
:RCHAIN - [0:0]
-A FORWARD -d 192.145.38.147/24 -p 47 -j LOGDROP
-A PREROUTING -p udp -g LOGDROP
[2:421] -A FORWARD ! -p tcp -j RCHAIN
-A OUTPUT -d 192.197.178.238/30 -p all -j DSCP --set-dscp-class EF
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*mangle
:DOCKER - [0:0]
-A OUTPUT -d 172.205.201.195 -p icmp -j LOG --log-level 4
-A POSTROUTING -s 192.163.224.194/24 -p all -m conntrack --ctstate INVALID -j MARK --set-mark 5/0xff
-A DOCKER ! -d 172.184.28.32/30 -p udp -j TTL --ttl-inc 2
-A FORWARD -p tcp -m tcp --dport ssh:1000 -m multiport --sports 80,443 -j RETURN
COMMIT
EOF
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [1:834]
:DOCKER - [0:0]
-A INPUT -s 10.126.7.17 -p tcp -m limit --limit 5/min --limit-burst 5 -j DOCKER
[1:392] -A INPUT ! -d 127.247.145.17/12 -p udp -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [5:117]
:DOCKER - [0:0]
-A DOCKER -m length --length 0:64 -m state --state ESTABLISHED,RELATED -j DOCKER
[2:280] -A OUTPUT -s fd00:a:b:: -p tcp -m limit --limit 5/min --limit-burst 5 -j CONNMARK --save-mark
[0:39] -A DOCKER -p all -m physdev --physdev-out eth+ -j DOCKER
COMMIT
EOF
ip6tables -t security -R INPUT 1 ! -s 2001:db8:: ! -d 2001:db8:: -m length --length 1500 -m statistic --mode nth --every 2 --packet 1 -j TRACE
ip6tables -L
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:256]
:KUBE-SERVICES - [0:0]
-A INPUT -m statistic --mode nth --every 3 --packet 0 -g DOCKER
-A FORWARD -p icmp --icmp-type destination-unreachable -j TRACE
COMMIT
EOF
iptables -t nat -A PREROUTING -p icmp -m mac --mac-source 02:00:00:00:00:19 -m ttl --ttl-gt 13 -j TRACE
iptables -t mangle -S -v
iptables-save
iptables -t mangle -I PREROUTING 1 -d 192.226.210.37/8 -g LOGDROP
iptables -t nat -D PREROUTING ! -s 172.209.7.11/30 -p icmp -m connmark --mark 0x1 -m mac ! --mac-source 02:00:00:00:00:75 -j DROP
iptables-restore <<'EOF'
*filter
:INPUT DROP [1:671]
:DOCKER - [0:0]
-A FORWARD -d 192.249.88.136 -p sctp -m limit --limit 3/s --limit-burst 1 -m limit --limit 1/hour -j CONNMARK --set-mark 0x2
-A DOCKER -s 10.50.185.100 ! -i lo ! -p udp -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
iptables -t security -F
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [7:812]
:DOCKER - [0:0]
-A INPUT -p all -j NFLOG --nflog-group 2
-A DOCKER -o cni0 -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
ip6tables-save -t filter
ip6tables -D OUTPUT 3
ip6tables -t nat -A PREROUTING -s fd00:: -m mark ! --mark 0x10/0xf0
ip6tables -t mangle -A INPUT -d 2001:db8:1::1/48 -i veth+ -p tcp -j LOG --log-level info
iptables -A FORWARD ! -d 10.140.160.79/24 -o eth+ -p udp -m conntrack --ctstate RELATED,ESTABLISHED -m mac --mac-source 02:00:00:00:00:45 -j CONNMARK --set-mark 0x2
iptables -t filter -A DOCKER ! -s 192.11.81.42 -p tcp -m multiport --sports 53 -j DROP
ip6tables -t security -A OUTPUT -d ::1/128 ! -o docker0 -p ipv6-icmp -m mark ! --mark 0x4000/0x4000 -j RETURN
ip6tables -t nat -A PREROUTING -p ipv6-icmp -m addrtype --src-type LOCAL -j LOG
ip6tables -t nat -A INPUT -s 2001:db8:: -p all -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m state --state NEW -j TRACE
ip6tables -t raw -D PREROUTING 3
ip6tables-restore <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
[1:296] -A POSTROUTING -d 2001:db8::/32 -p ipv6-icmp --icmpv6-type echo-request -j ACCEPT
[3:319] -A PREROUTING -p tcp -m physdev ! --physdev-is-in -j SNAT --to-source fd00::2
[3:443] -A OUTPUT -d ::1 -p ipv6-icmp -m pkttype --pkt-type unicast -m mark --mark 0xffffffff -j NFLOG --nflog-group 4
COMMIT
EOF
iptables -t mangle -A PREROUTING -s 192.49.26.176/24 -d 198.2.232.127 -j LOGDROP
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:505]
:RCHAIN - [0:0]
-A OUTPUT -o docker0 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.195 -j DROP
-A RCHAIN -s 172.255.40.236/12 -d 172.156.54.119/30 -p sctp -m limit --limit 5/min --limit-burst 5 -j ACCEPT
-A RCHAIN -p 47
COMMIT
EOF
iptables -t nat -C PREROUTING -s 127.240.178.152/30 -i eth0 -p tcp -m statistic --mode random --probability 1 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -D NOPE 2
ip6tables -nvL
ip6tables -t security -F
ip6tables -t filter -R DOCKER 3 -p ipv6-icmp -m statistic --mode nth --every 10 --packet 1 -j REJECT
ip6tables -t raw -C PREROUTING -p tcp -m statistic --mode random --probability 0.33333333349 -m statistic --mode nth --every 2 --packet 0 -j CT --zone-orig 2
ip6tables-save -c
ip6tables -t nat -Z
ip6tables -L -n --line-numbers
ip6tables-save -t mangle
iptables-save
ip6tables-save

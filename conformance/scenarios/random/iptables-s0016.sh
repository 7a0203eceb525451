# Random iptables/ip6tables rule set, seed 16 (conformance/generators/iptables.ts)
iptables -S INPUT
iptables-save
iptables -D INPUT ! -d 192.80.250.183/32 -i eth0 -p tcp -m comment --comment docker -m state ! --state INVALID -j ACCEPT
iptables -t raw -F
iptables -A FORWARD -s 172.77.233.212/0 -d 198.152.173.46/24 -p udp -m udp --dport 80 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t filter -A OUTPUT -d 198.137.253.55 -p all -m statistic --mode random --probability 0.1 -m conntrack ! --ctstate UNTRACKED -j RETURN
ip6tables -C OUTPUT ! -s fd00:a:b:: -p ipv6-icmp -m addrtype --dst-type BROADCAST -j ACCEPT
ip6tables -A INPUT -p all -j NFLOG --nflog-group 3
iptables -A FORWARD -d 127.228.124.150/0 -o eth1 -p tcp --tcp-flags SYN,RST SYN -m multiport --sports http,https
ip6tables -t filter -N LOGDROP
ip6tables -t mangle -A INPUT -i docker0 -o eth+ -p ipv6-icmp -j ACCEPT
iptables -t security -S
iptables -t filter -F
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [1:823]
:KUBE-SERVICES - [0:0]
-A FORWARD ! -i lo -p tcp -j LOG --log-prefix "drop" --log-level 7
-A FORWARD -m length --length 100:200 -j TRACE
COMMIT
EOF
iptables -t mangle -A POSTROUTING -d 127.204.26.13/8 -o eth+ -p icmp -j TRACE
iptables -t raw -D OUTPUT -s 198.91.20.110/12 -d 10.152.238.132 -o eth+ -p tcp
iptables -t security -A OUTPUT -d 127.221.241.114/30 -m length ! --length 0:64 -m state --state INVALID -j DNAT --to-destination 172.17.0.2
iptables -I OUTPUT 1 -p tcp -m multiport ! --dports 80,443 -j KUBE-SERVICES
iptables -t raw -A PREROUTING -p tcp --syn -j RETURN
ip6tables -t raw -A PREROUTING -s ::1 ! -d 2001:db8::/128 -j ACCEPT
ip6tables -C OUTPUT -s ::1/128 -j NFLOG --nflog-group 3
ip6tables -t raw -Z
ip6tables -t security -A INPUT -p ipv6-icmp -m connmark ! --mark 5/0xff -m iprange --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 4
ip6tables -R LOGDROP 1 -p udp -j HL --hl-dec 1
ip6tables -t nat -L -n
ip6tables -L
ip6tables -t security -D INPUT 2
ip6tables-save
ip6tables -t mangle -A INPUT ! -s 2001:db8:1::1/16 ! -d ::1 -p sctp -j DSCP --set-dscp 10
ip6tables -t filter -A NOPE -m pkttype --pkt-type unicast -m mark ! --mark 1 -j NFLOG --nflog-group 2
ip6tables -t nat -A OUTPUT -m hl --hl-lt 157 -m conntrack --ctstate RELATED,ESTABLISHED -j REDIRECT
ip6tables -I INPUT 3 ! -d 2001:db8:: -i br0 -p sctp -j LOGDROP
iptables -A FORWARD -i docker0 -o cni0 -p sctp -m statistic --mode random --probability 0.5 -j KUBE-SERVICES
iptables -t filter -I OUTPUT 2 -s 10.92.35.75 -p all -m addrtype --src-type LOCAL -m mac --mac-source 02:00:00:00:00:89 -g KUBE-SERVICES
iptables-save
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [4:627]
:RCHAIN - [0:0]
[3:331] -A INPUT -s 198.68.42.80/30 -m addrtype --dst-type UNICAST -m limit --limit 100/day --limit-burst 1 -j RCHAIN
-A INPUT -p all -m connmark --mark 0x1 -j TRACE
-A INPUT -s 192.217.228.110/24 -d 198.92.144.22/30 -m pkttype --pkt-type multicast -m statistic --mode random --probability 0.25000000000 -j ACCEPT
-A RCHAIN ! -s 198.42.104.222 -o eth+ -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.14 -j REJECT
COMMIT
EOF
ip6tables -t mangle -F
ip6tables -A FORWARD -d 2001:db8:: -p udp -j CONNMARK --save-mark
ip6tables -C FORWARD -d 2001:db8:1::1 ! -o cni0 -p tcp -m comment --comment "kubernetes service portals" -m addrtype --src-type UNICAST -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t raw -D PREROUTING -p tcp --sport 8080 --syn -j DROP
ip6tables -t nat -R OUTPUT 1 -s 2001:db8:1::1 ! -p tcp -j ACCEPT
ip6tables -t security -A INPUT -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t nat -D PREROUTING 1
ip6tables -t security -F
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:917]
:DOCKER - [0:0]
-A OUTPUT -s fd00:a:b::/128 -d ::1 -p tcp -m pkttype ! --pkt-type unicast -j DOCKER
[0:300] -A OUTPUT ! -p tcp -m addrtype --src-type UNICAST -j RETURN
COMMIT
EOF
ip6tables -A FORWARD -p tcp --sport ssh -j LOG
ip6tables-save -c
ip6tables-save -t filter
ip6tables -t security -D INPUT -s ::1/64 -p udp -j DROP
iptables -t security -L -n
iptables-save -t filter
iptables -t nat -D PREROUTING -s 198.101.149.231/30 -p icmp -j MARK --set-mark 0x1
iptables-restore <<'EOF'
*filter
:DOCKER - [0:0]
[0:474] -A OUTPUT -s 192.190.133.193/0 -o eth+ -m ttl --ttl-gt 211 -j REJECT --reject-with icmp-host-prohibited
-A FORWARD -d 172.201.160.242 -p all -m state --state NEW
-A OUTPUT -d 172.36.99.35 -p 47 -j LOG --log-prefix "drop" --log-level 7
[4:122] -A INPUT -s 172.213.124.81 -i docker0 -p 47 -m state --state NEW -j REJECT --reject-with tcp-reset
COMMIT
EOF
iptables -t security -Z
iptables -A DOCKER ! -o eth+ -p all -j DOCKER
iptables -A DOCKER -p tcp --sport 0 -j DOCKER
iptables -I DOCKER 2 -j CONNMARK --save-mark
iptables -t mangle -A FORWARD -o eth1 -j NFLOG --nflog-group 2
iptables -L
iptables -L -v
iptables-save
ip6tables-save

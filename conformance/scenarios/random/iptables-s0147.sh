# Random iptables/ip6tables rule set, seed 147 (conformance/generators/iptables.ts)
iptables -I OUTPUT 1 -m addrtype --src-type LOCAL -m statistic --mode nth --every 3 --packet 0
iptables -t security -A OUTPUT -o eth1 -p 47 -m mac --mac-source 02:00:00:00:00:86 -m state --state NEW -j MARK --set-mark 5/0xff
iptables -A INPUT -s 10.246.9.236 -p tcp -m tcp --dport 443 -m connmark --mark 0x1 -j REJECT --reject-with icmp-port-unreachable
iptables -t nat -A OUTPUT -d 172.83.115.48 ! -o eth+ -m ttl --ttl-eq 181 -j DROP
iptables -t mangle -A PREROUTING -p tcp -m comment --comment docker -j DSCP --set-dscp 10
iptables -C OUTPUT -p tcp -j TRACE
iptables -v -A INPUT -d 192.112.104.33 -p icmp -m length --length 1500 -j CONNMARK --restore-mark --mask 0xff
iptables -t raw -D PREROUTING 2
iptables -t filter -L FORWARD -n -v --line-numbers
iptables -t raw -A OUTPUT -d 10.59.217.89 -p 47 -m iprange ! --dst-range 10.0.0.1-10.0.0.48 -j MARK --xor-mark 0x3
iptables -t raw -v -X
iptables -t security -L -v -Z
iptables -t mangle -L -n --line-numbers
iptables -t filter -I FORWARD -p 47 -m comment --comment x_y-z -j NFLOG --nflog-group 2
iptables -t security -F
iptables -N DOCKER
iptables -t security -X FORWARD
iptables -Z
iptables -t filter -D OUTPUT -s 192.198.118.109/24
iptables -t nat -N DOCKER-USER
iptables -t nat -A DOCKER-USER -o eth1 -p udp -j MASQUERADE
iptables --list NOPE --numeric --line-numbers
iptables -t security -F
iptables -t filter -A OUTPUT ! -s 172.178.224.182/0 -o docker0 -m statistic --mode random --probability 1 -j TRACE
iptables -P INPUT DROP
iptables -t nat -v -I POSTROUTING 3 -p 47 -j DROP
iptables-save -c
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [3:645]
:DOCKER - [0:0]
-A OUTPUT ! -o docker0 -p 47 -m statistic --mode random --probability 0.1 -j DROP
-A OUTPUT -p tcp -j DROP
[1:121] -A OUTPUT -m physdev --physdev-is-bridged -m length ! --length 100:200 -j RETURN
COMMIT
EOF
iptables -A DOCKER ! -i docker0 -p sctp -m statistic --mode random --probability 0.33333333349 -j RETURN
iptables -D INPUT 1
iptables -t filter -L -v -Z
iptables -R INPUT 3 -p icmp --icmp-type 3/4 --icmp-type 8
iptables -E DOCKER DOCKER-2
iptables -X FORWARD
ip6tables -t security -v -F FORWARD
ip6tables -t mangle -S -v
ip6tables -t filter -P FOO DROP
ip6tables --list INPUT --numeric --line-numbers
iptables -t nat -L -n
ip6tables -X INPUT
ip6tables-save -c
ip6tables -A INPUT -c 451 34592 -d ::1/32 -i veth+ -p sctp -m limit --limit 1/hour --limit-burst 1 -m comment --comment docker -j LOG --log-prefix "drop" --log-level 7
ip6tables -t filter -Z INPUT
ip6tables -I FORWARD 1 -s 2001:db8::/64 -d 2001:db8:1::1/32 -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t mangle -N KUBE-SERVICES
ip6tables -t raw -L
ip6tables -F
ip6tables -t mangle -A INPUT -o eth+ -p ipv6-icmp -j MARK --set-mark 0x1
ip6tables -t security -Z FORWARD
ip6tables -t security -F
ip6tables -t raw -L -n
ip6tables -A FORWARD ! -s fd00:: -p all -m limit --limit 3/s -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:104]
:DOCKER - [0:0]
-A INPUT -p tcp -m mac --mac-source 02:00:00:00:00:14 -m addrtype --dst-type UNICAST -j REJECT --reject-with tcp-reset
COMMIT
EOF
ip6tables -t mangle -A INPUT -p tcp -m connmark --mark 5/0xff -g KUBE-SERVICES
ip6tables -t mangle -Z OUTPUT 2
ip6tables -t mangle -A OUTPUT ! -s fe80::1/127 -p sctp -m statistic --mode nth --every 2 --packet 0 -j DSCP --set-dscp 0x2e
ip6tables -t filter --list DOCKER --numeric --line-numbers
ip6tables -t security -X INPUT
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [1:19]
:RCHAIN - [0:0]
-A RCHAIN -o eth+ -p sctp -j DROP
-A FORWARD -p udp --sport 1024:9000 -m statistic --mode nth --every 3 --packet 0 -j RCHAIN
-A INPUT -p all -m comment --comment "kubernetes service portals" -j DROP
-A FORWARD -p udp -j RCHAIN
COMMIT
EOF
ip6tables -t filter -L -v
ip6tables -t raw -A PREROUTING -s 2001:db8::/32 -p 47 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -v -A DOCKER ! -s 2001:db8:1::1 -i eth0 -o eth1 -p 47 -j ACCEPT
ip6tables -L DOCKER 3 -n -v
ip6tables -S
ip6tables -A FORWARD -s 2001:db8:1::1/127 -j TRACE
ip6tables -t filter -A NOPE -s fd00:a:b::/127 ! -d ::1 -o eth1 -p tcp --syn -j DROP
ip6tables -t security -A OUTPUT -s fd00::/32 -j RCHAIN
ip6tables -t filter -C FORWARD ! -d fe80::1 -p tcp -j REJECT --reject-with tcp-reset
ip6tables -t security -A OUTPUT -c 971 49153 -d fd00:: -o cni0 -p all -m state --state NEW -m statistic --mode nth --every 2 --packet 0 -g RCHAIN
ip6tables -A INPUT -d 2001:db8:1::1/64 -m limit --limit 3/s --limit-burst 20 -j RETURN
iptables-save
ip6tables-save

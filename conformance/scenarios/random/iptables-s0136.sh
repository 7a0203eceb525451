# Random iptables/ip6tables rule set, seed 136 (conformance/generators/iptables.ts)
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:366]
:DOCKER - [0:0]
-A FORWARD ! -d 172.201.79.123 -m mark ! --mark 1 -m mark --mark 1 -j DOCKER
COMMIT
EOF
iptables -t filter -F DOCKER
iptables -t filter -L OUTPUT
ip6tables -t mangle -A OUTPUT -d fe80::1/127 -m statistic --mode nth --every 3 --packet 0 -j DSCP --set-dscp-class EF
ip6tables -S INPUT
iptables -t security -P INPUT DROP
iptables -t raw -A NOPE -p udp -m conntrack --ctstate NEW --sport ssh -j MARK --set-mark 0x1
iptables -t filter --list OUTPUT --numeric --line-numbers
iptables -t nat -v -F
ip6tables -t filter -S FORWARD 3
iptables -I FORWARD 3 -s 198.19.157.239/0 ! -d 10.227.194.89/12 -p icmp -m conntrack --ctstate NEW -j CONNMARK --restore-mark --mask 0xff
iptables -L FORWARD 3 -n -v
iptables -t security -C FORWARD -o cni0 -p icmp -j NFLOG --nflog-group 3
iptables -t raw --list PREROUTING --numeric --line-numbers
iptables -A FORWARD -p icmp -m comment --comment x_y-z -j DOCKER
iptables -t filter -A FORWARD ! -i eth0 -p all -m limit --limit 100/day -m connmark --mark 0x1 -j DOCKER
iptables -t nat -v -I INPUT 3 -s 198.126.62.214/32 -p icmp -j CONNMARK --restore-mark
iptables-restore -c <<'EOF'
*security
:KUBE-SERVICES - [0:0]
-A INPUT -s 198.222.249.64/0 -d 10.124.39.120 -m mark --mark 0xffffffff -j CONNMARK --restore-mark
-A KUBE-SERVICES -d 127.102.102.236/24 -i lo -o eth+ -m statistic --mode nth --every 10 --packet 1 -j REJECT
[2:481] -A FORWARD -s 192.160.175.63/24 -p tcp -j CONNMARK --restore-mark
-A OUTPUT -p 47 -j LOG --log-level debug
COMMIT
EOF
iptables -t filter -X
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [5:524]
:KUBE-SERVICES - [0:0]
-A OUTPUT ! -s 172.16.52.251 -o eth1 -p udp -m addrtype --dst-type LOCAL -j REJECT --reject-with icmp-admin-prohibited
[2:170] -A OUTPUT -o eth+ -p tcp -m limit --limit 1/hour --limit-burst 20 -m addrtype --dst-type BROADCAST -j REJECT
-A KUBE-SERVICES -p icmp -m state --state NEW -j MARK --or-mark 0x8
COMMIT
EOF
iptables -t filter -L KUBE-SERVICES 2 -n -v
iptables -t security --list FORWARD --numeric --line-numbers
iptables -t nat -w 1 --append INPUT -p icmp -j RETURN
iptables -t nat -A PREROUTING -p sctp -j ACCEPT
iptables -t mangle -Z PREROUTING
iptables -t raw -I OUTPUT 4 -p all -m statistic --mode random --probability 0.33333333349 -j NFLOG --nflog-group 3
iptables -t filter -w 1 --append INPUT ! -s 198.244.7.14/8 -d 198.112.228.189/0 -j KUBE-SERVICES
iptables -v -I INPUT 3 -s 198.33.23.97 -d 127.28.38.229/0 -m iprange --dst-range 10.0.0.1-10.0.0.129 -m connmark --mark 5/0xff -j NFLOG --nflog-group 2
iptables -A DOCKER -p udp -m limit --limit 1/hour --limit-burst 1 -m multiport --sports http,https -j TRACE
iptables -t filter -v -X KUBE-SERVICES
iptables-save -c
iptables -t security -A OUTPUT -p tcp -m comment --comment docker -j RETURN
iptables -t filter -P FORWARD DROP
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [2:263]
:DOCKER - [0:0]
-A OUTPUT -s 127.139.204.224/8 -o docker0 -p tcp -j TRACE
-A OUTPUT -p udp -j LOG
-A FORWARD -s 198.189.161.181/0 -p sctp -m conntrack ! --ctstate RELATED,ESTABLISHED -m addrtype --dst-type BROADCAST -j MARK --set-mark 5/0xff
COMMIT
EOF
iptables -t filter -v -X
iptables -t filter -D DOCKER -p 47 -j REJECT
iptables -t filter -N LOGDROP
iptables -v -I INPUT 2 ! -s 127.79.121.152/12 -p udp --sport 22 -j DROP
iptables -t mangle -A OUTPUT -o docker0 -p tcp -m conntrack --ctstate INVALID -j DROP
iptables -v -I INPUT 3 -p all
iptables -D INPUT -p tcp -j LOG --log-prefix "x y"
iptables --list OUTPUT --numeric --line-numbers
iptables -v -A LOGDROP -d 192.14.22.243/8 -i eth0 -o eth+ -m limit --limit 5/min -j DROP
iptables -L -v -Z
iptables --list DOCKER --numeric --line-numbers
ip6tables -t nat --list OUTPUT --numeric --line-numbers
ip6tables -t filter -D INPUT -m connmark --mark 0x1 -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -N MYCHAIN
ip6tables -t nat -F
ip6tables -t mangle -D OUTPUT -d fe80::1 -p ipv6-icmp -m comment --comment x_y-z -j HL --hl-inc 2
ip6tables -t filter -N KUBE-SVC-ABC
ip6tables -t filter -E MYCHAIN MYCHAIN-2
ip6tables -t filter -N LOGDROP
ip6tables -t raw -S OUTPUT 3
ip6tables -t raw -S PREROUTING
ip6tables -t raw -A OUTPUT -s fe80::1 -j CT --zone-orig 2
ip6tables -t raw -S PREROUTING 3
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [7:395]
:KUBE-SERVICES - [0:0]
-A PREROUTING -m limit --limit 1/hour --limit-burst 5 -m connmark --mark 0x1 -j CONNMARK --restore-mark
-A PREROUTING -i lo -p udp -j TRACE
[1:50] -A POSTROUTING -d 192.151.197.200 -m pkttype --pkt-type unicast -m addrtype --dst-type BROADCAST -j MARK --xor-mark 0x3
-A OUTPUT -o eth+ -j KUBE-SERVICES
COMMIT
EOF
iptables -t security -X FORWARD
iptables -C LOGDROP -s 127.91.35.177/32 ! -o docker0 -j RETURN
ip6tables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -j RETURN
-A OUTPUT -d ::1 -o cni0 -m comment --comment x_y-z -m mark --mark 1
-A INPUT -d fd00:a:b:: -p udp -j DROP
COMMIT
EOF
ip6tables -t security -nvL
ip6tables -A INPUT -p tcp -m state ! --state INVALID -j RCHAIN
ip6tables -L OUTPUT 3 -n -v
ip6tables -I FORWARD -d fd00:: -m length --length 0:64
ip6tables -t security -Z OUTPUT
ip6tables -t mangle -S NOPE 1
iptables -t nat -D INPUT 1
iptables -A DOCKER -c 988 84838 -i br0 -o eth+ -p tcp -m mark ! --mark 0xffffffff -m addrtype --src-type LOCAL -j ACCEPT
iptables -A OUTPUT -s 127.200.165.45 ! -d 172.13.197.208 -p icmp -j NFLOG --nflog-group 2
iptables-save
ip6tables-save

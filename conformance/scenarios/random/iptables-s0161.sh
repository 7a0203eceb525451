# Random iptables/ip6tables rule set, seed 161 (conformance/generators/iptables.ts)
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t security -A INPUT -i lo -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m statistic --mode nth --every 3 --packet 0 -j TRACE
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t nat -F
ip6tables -t raw -v -I OUTPUT 3 -p udp -m state ! --state INVALID -j CONNMARK --set-mark 0x2
ip6tables -t mangle --list INPUT --numeric --line-numbers
ip6tables -t raw -X OUTPUT
ip6tables -t mangle -D INPUT -p ipv6-icmp -j LOG --log-prefix "IN: " --log-level 4
ip6tables -D OUTPUT 2
ip6tables -t nat -v -F INPUT
ip6tables -t nat -X
ip6tables -t nat -nvL
ip6tables -t nat -S POSTROUTING
iptables -P FOO RETURN
iptables -L FORWARD 1 -n -v
iptables -t raw -P OUTPUT ACCEPT
iptables -t mangle -L -v -Z
ip6tables -L OUTPUT 2 -n -v
iptables -t filter -N LOGDROP
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [6:568]
:RCHAIN - [0:0]
-A RCHAIN ! -o eth1 -m conntrack --ctstate UNTRACKED -m pkttype --pkt-type broadcast -j DROP
-A RCHAIN -m pkttype --pkt-type unicast -j RETURN
-A RCHAIN ! -i br0 -p tcp -m pkttype --pkt-type unicast
COMMIT
EOF
iptables --list INPUT --numeric --line-numbers
iptables -L INPUT -n -v --line-numbers
iptables -A OUTPUT -p tcp -j NFLOG --nflog-group 0
iptables -w 1 --append INPUT -s 198.40.224.214 -p sctp -m statistic --mode nth --every 2 --packet 0 -j ACCEPT
iptables-restore -c <<'EOF'
*mangle
:PREROUTING ACCEPT [2:685]
:RCHAIN - [0:0]
-A OUTPUT -d 198.166.232.86 -p tcp -m statistic --mode random --probability 1 -m statistic --mode random --probability 0.25000000000 -j DSCP --set-dscp 10
[3:293] -A INPUT -s 192.139.240.109 -d 127.144.11.222/12 -p tcp -m length --length 1500 -m mark --mark 0x4000/0x4000 -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
iptables -A INPUT -i br0 -p sctp -m statistic --mode random --probability 0.5 -j MARK --or-mark 0x8
iptables -t filter -A OUTPUT -s 10.250.235.184/16 -p tcp -m connmark --mark 5/0xff -j NOTRACK
iptables -A OUTPUT -d 172.149.190.178/8 ! -o eth+ -p sctp -m mark --mark 1 -j LOG --log-level debug
iptables -t filter -L
iptables -v -I INPUT 1 -d 198.135.107.206/16 -i br0 -p icmp -m addrtype --src-type UNICAST -m mark --mark 0x10/0xf0 -j TRACE
iptables -t security -L
ip6tables -A FORWARD -j ACCEPT
ip6tables -A INPUT -p tcp -m multiport ! --sports 53 -j DNAT --to-destination 2001:db8::1
ip6tables -L INPUT -n -v --line-numbers
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -I OUTPUT -j NFLOG --nflog-group 0
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [6:286]
:DOCKER - [0:0]
-A FORWARD -s fd00:a:b::/64 ! -o eth1 -p udp
COMMIT
EOF
ip6tables -Z FORWARD
ip6tables -F
ip6tables -t security -A INPUT -d fd00:: -p tcp -j ACCEPT
ip6tables -S FORWARD 3
ip6tables -t raw -X
ip6tables -t security -A OUTPUT -o eth1 -p ipv6-icmp -m connmark --mark 0x1 -j MARK --set-xmark 0x4000/0x4000
ip6tables -L -n -v
ip6tables -t nat -F
ip6tables -t raw -L -n
ip6tables -t filter -S OUTPUT
ip6tables -t filter -v -F OUTPUT
ip6tables -t filter -X
ip6tables -t filter -L -v -Z
ip6tables -t mangle -S FORWARD
ip6tables -t nat -L OUTPUT
iptables -A FORWARD -o eth+ -p all -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t security -A FORWARD -p all
ip6tables -t filter -L -v -Z
ip6tables -t nat -I INPUT -p tcp -m comment --comment docker -m limit --limit 100/day -j REDIRECT
iptables -t mangle -A RCHAIN -c 398 31720 -j RCHAIN
iptables -A FORWARD -d 198.144.182.203/0 ! -i veth+ -g RCHAIN
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [2:312]
:KUBE-SERVICES - [0:0]
[2:490] -A INPUT -s 10.166.143.144 -d 192.163.116.47/30 -p sctp -m addrtype --dst-type UNICAST -m statistic --mode nth --every 10 --packet 0 -j LOG --log-prefix "x y"
-A OUTPUT -p 47 -m addrtype --dst-type UNICAST -m ttl --ttl-lt 110 -j LOG
[3:61] -A KUBE-SERVICES -p icmp -m length ! --length 1500 -m ttl --ttl-eq 169 -j ACCEPT
COMMIT
EOF
iptables -t nat -v -X
iptables -I RCHAIN 1
iptables -I RCHAIN -s 10.182.40.1/16 -m connmark --mark 5/0xff -m addrtype --dst-type MULTICAST -j ACCEPT
iptables -v -I OUTPUT 3 -s 172.70.26.89 -d 10.110.250.101/12 -o eth+ -p tcp -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -D OUTPUT -p all -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t raw -A OUTPUT -s fe80::1 -p tcp -m addrtype --src-type UNICAST -m comment --comment docker -j ACCEPT
ip6tables -t nat -D OUTPUT 1
iptables -v -F FORWARD
iptables -t filter -v -X
iptables -t filter -L -x -v -n
iptables-save
ip6tables-save

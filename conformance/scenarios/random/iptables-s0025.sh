# Random iptables/ip6tables rule set, seed 25 (conformance/generators/iptables.ts)
iptables -I INPUT -s 172.187.104.191 ! -d 10.240.192.61 -p icmp -m mark --mark 0xffffffff -m statistic --mode random --probability 0.33333333349 -j TRACE
iptables -X
iptables-restore -c <<'EOF'
*filter
:DOCKER - [0:0]
-A OUTPUT -d 172.241.203.76/32 -p udp -j REJECT
COMMIT
EOF
iptables -I OUTPUT 3 -d 192.136.37.248/32 -p icmp -m statistic --mode nth --every 3 --packet 0 -j LOG --log-prefix "drop"
iptables -t mangle -A PREROUTING -p tcp -m mark --mark 0x10/0xf0 -m mark ! --mark 0x4000/0x4000 -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -D PREROUTING 1
iptables -t nat -L -x -v -n
iptables -A FORWARD -d 192.132.115.243 -p icmp -m limit --limit 100/day -m connmark ! --mark 5/0xff -j CONNMARK --restore-mark
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [2:491]
:DOCKER - [0:0]
-A OUTPUT ! -s 172.222.155.231/8 -p udp -m multiport --dports 53 -m addrtype --src-type UNICAST -j DROP
-A DOCKER -s 127.26.184.252/12 -m limit --limit 3/s --limit-burst 1 -j RETURN
COMMIT
EOF
iptables -t security -P OUTPUT RETURN
iptables -t raw -D OUTPUT 3
iptables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER ! -s 10.18.64.14 -d 192.249.105.0 -p 47 -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:PREROUTING DROP [0:450]
:RCHAIN - [0:0]
-A POSTROUTING -d 192.38.153.253/8 -p icmp -g RCHAIN
-A OUTPUT -d 127.193.13.100 -p icmp -j RETURN
COMMIT
EOF
iptables -I DOCKER 4 -i veth+ -p icmp -j CONNMARK --restore-mark
iptables -t security -A OUTPUT -p tcp -m statistic --mode random --probability 0.5 -m physdev --physdev-in veth0 -j NFLOG --nflog-group 4
iptables -A DOCKER -d 192.110.126.51/8 -m physdev --physdev-out eth+ -j TRACE
ip6tables -I INPUT 1 ! -s fd00:: -m comment --comment "a/b:c -> 10.0.0.1:80" -m connmark --mark 5/0xff -j NFLOG --nflog-group 2
ip6tables-save -c
ip6tables-save
ip6tables-restore -c <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -m conntrack ! --ctstate UNTRACKED -j NFLOG --nflog-group 4 --nflog-prefix p
-A INPUT -j KUBE-SERVICES
[0:157] -A KUBE-SERVICES -s 2001:db8::/64 ! -o eth+ -p udp -m statistic --mode random --probability 0.25000000000 -m statistic --mode nth --every 2 --packet 1 -j DROP
COMMIT
EOF
ip6tables -t nat -A NOPE ! -o cni0 -p ipv6-icmp -m length --length 1500 -m length --length 100:200 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t filter -A KUBE-SERVICES ! -o cni0 -p ipv6-icmp -m connmark --mark 5/0xff -m limit --limit 3/s -j NFLOG --nflog-group 1
ip6tables -P OUTPUT RETURN
ip6tables -X KUBE-SERVICES
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [3:362]
:DOCKER - [0:0]
-A DOCKER -d fd00:: ! -o cni0 -p tcp
-A DOCKER -p tcp -m connmark ! --mark 0x1 -j TRACE
-A DOCKER -s 2001:db8:1::1 -p sctp -j RETURN
-A INPUT -i veth+ -p ipv6-icmp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j NFLOG --nflog-group 4 --nflog-prefix p
COMMIT
EOF
iptables -t filter -A FORWARD ! -s 172.55.218.116 -j CONNMARK --restore-mark
iptables -t raw -A OUTPUT -d 172.232.211.127/32 -o eth1 -p all -m conntrack ! --ctstate NEW -j ACCEPT
ip6tables -N LOGDROP
ip6tables -A OUTPUT -s ::1/64 -o eth+ -p tcp -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t raw -A PREROUTING -d 2001:db8:1::1/64 -i lo -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t raw -I OUTPUT 1 -p sctp -m state --state INVALID -m length --length 0:64 -j DROP
iptables -A OUTPUT ! -d 198.253.40.204/12 -o eth+ -p 47 -m addrtype --src-type LOCAL -m statistic --mode random --probability 0.25000000000 -j MARK --and-mark 0xff
iptables -t filter -X DOCKER
iptables -A FORWARD -i br0 -p tcp -m mac --mac-source 02:00:00:00:00:86 -j DOCKER
ip6tables -t raw -X
ip6tables -t filter -P FORWARD DROP
ip6tables -t filter -A FORWARD -i lo -p all -j ACCEPT
ip6tables-save
ip6tables -t raw -S
ip6tables -t nat -D INPUT -p tcp --sport 0 -m mark --mark 0xffffffff -j CONNMARK --set-mark 0x2
ip6tables -t nat -A POSTROUTING -d fd00::/127 -p ipv6-icmp -j SNAT --to-source fd00::3
ip6tables -t nat -X
ip6tables -A INPUT -m mark ! --mark 1 -j LOG --log-prefix "drop" --log-level info
iptables -S -v
iptables -t mangle -I PREROUTING -p all -m pkttype --pkt-type broadcast -m mac --mac-source 02:00:00:00:00:42 -j TTL --ttl-inc 2
iptables -t nat -I OUTPUT 2 -p tcp -m owner --uid-owner 65534 -j MARK --set-xmark 0x4000/0x4000
iptables -t filter -A NOPE -s 192.163.31.28 -d 172.34.185.79/30 -p tcp -j DOCKER
iptables -N DOCKER
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
[4:368] -A RCHAIN -j RCHAIN
-A INPUT -s 10.44.40.126/32 -p udp -m length --length 1500 -j RETURN
-A RCHAIN -s 172.0.11.139 -p icmp -m statistic --mode random --probability 1 -j TRACE
-A INPUT -s 10.30.144.16 -p tcp -m comment --comment x_y-z -j REJECT
COMMIT
EOF
iptables -t raw -S OUTPUT
iptables -X RCHAIN
iptables -N MYCHAIN
ip6tables -F LOGDROP
ip6tables -D LOGDROP 1
ip6tables -t filter -L
ip6tables -t filter -N DOCKER-USER
ip6tables -t filter -A OUTPUT -s fe80::1/16 -o eth1 -p sctp -m owner --uid-owner 65534 -j NFLOG --nflog-group 1
ip6tables -R OUTPUT 2 -p udp -m statistic --mode nth --every 2 --packet 0 -j DOCKER-USER
ip6tables -S DOCKER
ip6tables-save -t filter
iptables-save
ip6tables-save

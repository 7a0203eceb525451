# Random iptables/ip6tables rule set, seed 29 (conformance/generators/iptables.ts)
iptables -t raw -A OUTPUT ! -s 127.228.228.203/24 -p 47 -m pkttype --pkt-type broadcast -m addrtype --dst-type LOCAL -j TRACE
ip6tables -t raw -A PREROUTING -p udp -m mark --mark 0xffffffff -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -Z
iptables -t mangle -D OUTPUT 3
iptables -t filter -L -n --line-numbers
iptables -t raw -I PREROUTING 2 -i lo -p tcp -j LOG
iptables -t mangle -S -v
iptables -C OUTPUT -s 192.76.215.213/32 -d 127.173.47.248/16 -p udp -j MARK --and-mark 0xff
iptables -t security -A FORWARD -d 192.138.228.208 -p all -m limit --limit 10/second --limit-burst 20 -m comment --comment "a/b:c -> 10.0.0.1:80" -j MARK --set-mark 5/0xff
iptables -t security -D INPUT 4
iptables -C INPUT -i veth+ -p icmp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT --icmp-type any -j RETURN
iptables -P FOO ACCEPT
iptables -t filter -A INPUT -m mark --mark 0x10/0xf0 -m length --length 0:64 -j RETURN
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d 172.175.154.199/0 -m state ! --state INVALID -m pkttype --pkt-type broadcast -j KUBE-SERVICES
-A KUBE-SERVICES -p tcp -j NFLOG --nflog-group 3 --nflog-prefix p
-A OUTPUT -o cni0 -m state --state INVALID -m statistic --mode random --probability 0.5 -j MARK --set-mark 0x1
-A OUTPUT -s 172.216.41.186/16 -o docker0 -p all -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
COMMIT
EOF
iptables -t nat -A OUTPUT -d 10.175.209.34 -p all -m comment --comment docker -j DROP
iptables -P FORWARD RETURN
iptables -t security -D INPUT -p all -m conntrack --ctstate INVALID -j TRACE
ip6tables -D OUTPUT -j TRACE
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:445]
:DOCKER - [0:0]
-A OUTPUT -s ::1 -o docker0 -p tcp -j ACCEPT
-A FORWARD -p tcp --tcp-flags ALL NONE -j DOCKER
-A OUTPUT -s 2001:db8:: -p 47 -m length ! --length 1500 -m conntrack --ctstate UNTRACKED -j ACCEPT
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [7:245]
:KUBE-SERVICES - [0:0]
-A INPUT -i br0 -p all -m pkttype ! --pkt-type unicast -j TRACE
-A INPUT -s 198.207.124.255/16 -p 47 -m length --length 1500 -j ACCEPT
-A INPUT -p tcp -j RETURN
[1:264] -A INPUT -d 198.120.160.188/30 -p udp -m conntrack --ctstate UNTRACKED -m connmark --mark 0x1 -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
iptables -t mangle -C OUTPUT -s 198.100.191.253 -p udp -m udp --dport 1024 -j MARK --xor-mark 0x3
iptables-save -c
iptables -t filter -N f2b-sshd
iptables -t nat -Z INPUT
iptables-save -t security
iptables -I KUBE-SERVICES 3 -i eth0 -p sctp -m state --state INVALID -m length --length 0:64 -j CONNMARK --save-mark
iptables -t mangle -I POSTROUTING -s 10.226.5.199/12 -o cni0 -p tcp --tcp-flags SYN,RST SYN -m statistic --mode random --probability 0.33333333349 -j RETURN
iptables -t security -Z
iptables -t mangle -A PREROUTING -s 127.168.119.28 -d 10.41.184.46 -m limit --limit 5/min -j CONNMARK --restore-mark
iptables-save -c
iptables -t filter -A FORWARD ! -d 10.50.139.195 -i veth+ -p icmp -m mac --mac-source 02:00:00:00:00:48 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables-restore <<'EOF'
*nat
:DOCKER - [0:0]
-A INPUT -p 47 -m addrtype --dst-type BROADCAST -j LOG --log-level info
-A DOCKER -o cni0 ! -p tcp -m tcp --dport ssh -g DOCKER
[2:306] -A OUTPUT -s 172.200.7.183/30 -d 127.81.193.28/24 -p sctp -m mark --mark 1 -g DOCKER
COMMIT
EOF
ip6tables -t nat -D OUTPUT -d fd00:: -o cni0 -p 47 -m physdev --physdev-is-bridged
ip6tables -t filter -A DOCKER -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DOCKER
ip6tables -t filter -I DOCKER 3 -p udp -m comment --comment x_y-z -j CONNMARK --restore-mark
iptables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
iptables -S KUBE-SERVICES-2
iptables -Z FORWARD
iptables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -s 172.188.175.53/24 ! -d 172.107.116.240/16 -p icmp -j RETURN
-A INPUT -i lo -p sctp -g RCHAIN
-A OUTPUT -s 127.196.90.153/8 ! -d 10.24.204.118/16 -p tcp -j RCHAIN
[3:129] -A OUTPUT -o docker0 -p all -m physdev --physdev-out eth+ -m length ! --length 100:200 -j RCHAIN
COMMIT
EOF
iptables -t mangle -R FORWARD 1 -d 198.160.210.239/24 -p tcp --syn -j TRACE
iptables -A OUTPUT -d 172.97.120.3/8 -o eth+ ! -p tcp -m connmark --mark 5/0xff -j RCHAIN
iptables-save -c
iptables -t raw -L OUTPUT -n -v --line-numbers
iptables -L
iptables -t security -I OUTPUT -p all -j LOG --log-prefix "x y" --log-level 4
iptables -t raw -A PREROUTING -p sctp -m conntrack --ctstate NEW -m limit --limit 3/s -j DROP
iptables -I RCHAIN -d 192.172.61.170/30 -p all -m statistic --mode nth --every 3 --packet 0 -m statistic --mode nth --every 3 --packet 1 -j LOG --log-level crit
iptables -t nat -A PREROUTING -s 172.215.134.152/12 -m addrtype --dst-type MULTICAST -m length --length 0:64 -j CONNMARK --restore-mark --mask 0xff
iptables -t filter -E RCHAIN RCHAIN-2
ip6tables -A FORWARD -p tcp -m statistic --mode nth --every 2 --packet 0 -j REJECT
ip6tables -t filter -A DOCKER -d 2001:db8:1::1/32 -p tcp -m limit --limit 5/min -g DOCKER
ip6tables -t raw -C OUTPUT ! -p tcp -m hl --hl-eq 31 -m statistic --mode nth --every 3 --packet 1 -j MARK --set-xmark 0x4000/0x4000
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [6:303]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d 2001:db8:1::1/128 ! -o eth1 -p udp -m multiport ! --sports 53 -m comment --comment "a/b:c -> 10.0.0.1:80" -j CONNMARK --set-mark 0x2
[3:152] -A KUBE-SERVICES -s fe80::1 -p ipv6-icmp -m state ! --state ESTABLISHED,RELATED -m state --state ESTABLISHED,RELATED -j RETURN
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [5:327]
:KUBE-SERVICES - [0:0]
-A FORWARD -p tcp -m addrtype --dst-type BROADCAST
-A INPUT -d 192.200.14.208/0 -p all -g RCHAIN-2
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT DROP [7:780]
:KUBE-SERVICES - [0:0]
[0:288] -A OUTPUT -p tcp -j REJECT --reject-with icmp-host-prohibited
-A KUBE-SERVICES -d 192.184.204.32 -m mark --mark 0x4000/0x4000 -m addrtype --dst-type MULTICAST -j NFLOG --nflog-group 4
-A OUTPUT -s 10.99.80.207/16 ! -o docker0 -p tcp -m mark --mark 1 -m statistic --mode nth --every 2 --packet 1 -j MARK --and-mark 0xff
[0:498] -A KUBE-SERVICES -d 192.114.175.135/0 -i br0 -m length --length 0:64 -j ACCEPT
COMMIT
EOF
iptables -F
ip6tables -t nat -L
ip6tables -A INPUT ! -s fe80::1 -p sctp -m statistic --mode random --probability 0.5 -m length --length 0:64 -j SNAT --to-source '[fd00::3]:8080'
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [4:688]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d 2001:db8:1::1 -p sctp
-A FORWARD -i docker0 -m pkttype --pkt-type multicast -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 1
-A FORWARD -p udp -j NFLOG --nflog-group 1
COMMIT
EOF
ip6tables -A FORWARD -s fd00:a:b::/64 -p tcp -m pkttype --pkt-type multicast -j DOCKER
iptables-save
ip6tables-save

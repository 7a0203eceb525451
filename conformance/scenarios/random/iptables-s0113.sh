# Random iptables/ip6tables rule set, seed 113 (conformance/generators/iptables.ts)
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:351]
:DOCKER - [0:0]
[2:35] -A INPUT -p 47 -m mark --mark 0x10/0xf0 -g DOCKER
[0:133] -A FORWARD -p sctp -j REJECT
[4:321] -A INPUT -m physdev --physdev-out eth+ -m statistic --mode nth --every 3 --packet 0 -j LOG --log-prefix "drop"
-A DOCKER -s 198.211.183.96/32 -d 172.14.226.216 ! -i docker0 -p tcp -m addrtype --src-type UNICAST -m mark --mark 0xffffffff -j ACCEPT
COMMIT
EOF
iptables -A DOCKER ! -i docker0 -p tcp -m physdev --physdev-is-bridged ! --sport 3000:1000 -j TRACE
iptables -L -v -Z
iptables -v -X DOCKER
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:266]
:DOCKER - [0:0]
-A OUTPUT -d ::1/127 -o eth+ -p udp -m multiport --sports 53 -g DOCKER
-A FORWARD -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m connmark --mark 5/0xff -j LOG
-A INPUT -p tcp -m mark ! --mark 1 -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -t raw -A OUTPUT -d fd00:: -p sctp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -A OUTPUT -s ::1
ip6tables -A INPUT ! -s fd00:: -d fd00:: -p tcp
ip6tables -t filter -S
iptables-restore <<'EOF'
*filter
:INPUT DROP [3:454]
:RCHAIN - [0:0]
-A INPUT -i veth+ -p tcp -m ttl --ttl-lt 110 -m mark --mark 0x10/0xf0 -j TRACE
-A FORWARD -s 172.158.252.75 -o eth+ -p tcp --sport 443 --tcp-flags FIN,ACK FIN -j RETURN
-A RCHAIN ! -p udp -g RCHAIN
COMMIT
EOF
iptables -t security -D FORWARD 1
iptables -t filter -A RCHAIN -d 192.97.240.44 -p icmp -m addrtype --dst-type LOCAL -j ACCEPT
iptables -t nat -A POSTROUTING -d 172.109.100.87 -p tcp -j CONNMARK --save-mark
iptables -t nat -L -v
iptables -t raw -A OUTPUT -s 10.90.142.203 -d 192.34.8.201 -p tcp -m pkttype --pkt-type multicast -m addrtype ! --dst-type BROADCAST -j LOG --log-prefix "IN: "
iptables -t raw -I PREROUTING -p tcp -m statistic --mode nth --every 3 --packet 0 --syn -j MARK --or-mark 0x8
iptables -A INPUT -d 127.145.221.47 -p all -m conntrack --ctstate UNTRACKED -j TRACE
iptables -S OUTPUT
iptables -t filter -N KUBE-SVC-ABC
iptables -t raw -X PREROUTING
iptables --list INPUT --numeric --line-numbers
iptables-save
iptables -v -X RCHAIN
iptables -t raw -A OUTPUT ! -s 10.79.84.155/8 ! -o eth1 -p udp -m ttl --ttl-gt 79 -j LOG
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [1:249]
:DOCKER - [0:0]
-A OUTPUT ! -s 172.85.116.194/32 -d 192.223.114.120 -p sctp -m owner --uid-owner 0 -m physdev --physdev-out eth+ -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
iptables -w 1 --append DOCKER -p 47
iptables -t security -I NOPE 2 -s 172.151.203.209/16 -i veth+ -p sctp -j CONNMARK --set-mark 0x2
iptables -v -X
iptables -t mangle -I INPUT ! -d 172.32.92.143 -i veth+ -m connmark --mark 0x1
iptables -t filter -P FORWARD ACCEPT
iptables -t raw -Z PREROUTING
iptables -t filter -F
iptables -t raw -A PREROUTING -s 172.56.106.40/16 -p sctp -m addrtype --src-type UNICAST -j TRACE
iptables -t filter -I FORWARD -p sctp -m length --length 0:64 -m statistic --mode nth --every 10 --packet 0 -j MARK --xor-mark 0x3
iptables -A FORWARD -i docker0 -p tcp -g DOCKER
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [3:4]
:DOCKER - [0:0]
-A FORWARD -o docker0 -p tcp -m statistic --mode nth --every 10 --packet 1 -m statistic --mode random --probability 0.5 -j DROP
COMMIT
EOF
iptables -t mangle -C POSTROUTING -s 198.30.207.44 -m comment --comment docker -j DROP
iptables -t raw -N KUBE-SERVICES
ip6tables -t mangle -v -A OUTPUT -p 47 -m addrtype --src-type LOCAL -j LOG
ip6tables -t security -A FORWARD -p tcp -j CONNMARK --save-mark
ip6tables -t filter -A OUTPUT ! -s fe80::1/128 -d ::1 -o eth+ -p tcp -m length --length 100:200 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t filter -A DOCKER -s 2001:db8:: -d fd00:a:b::/48 -p tcp -m tcp --dport 8080 -m statistic --mode random --probability 0.25000000000 -j RETURN
ip6tables -t mangle -Z PREROUTING
ip6tables -t mangle -A OUTPUT -p 47 -m statistic --mode nth --every 3 --packet 1 -j TRACE
ip6tables -t raw -I PREROUTING 4 -d fe80::1 -p tcp -m pkttype ! --pkt-type unicast -j NOTRACK
ip6tables -t mangle -D OUTPUT 2
ip6tables -t nat -A POSTROUTING -o eth1 -p 47 -m addrtype --src-type LOCAL -j ACCEPT
ip6tables -t security -X
ip6tables -t mangle --list OUTPUT --numeric --line-numbers
ip6tables -t security -A OUTPUT -p tcp
ip6tables -t nat -L -n
ip6tables-save -c -t filter
ip6tables -S
iptables -v -I NOPE 1 -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
iptables -t raw -w 1 --append PREROUTING -d 192.231.153.134/24 -m statistic --mode nth --every 3 --packet 0
ip6tables -t security -Z FORWARD 3
ip6tables -P FORWARD DROP
ip6tables -t security -A OUTPUT -c 606 44604 ! -s 2001:db8:1::1 -p tcp -m multiport --dports 53 -j MARK --set-mark 0x1
ip6tables -t nat -L -n --line-numbers
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -s fd00:a:b:: -d 2001:db8::/127 -o eth+ -p all -m physdev --physdev-is-bridged -j ACCEPT
-A RCHAIN -p tcp -m multiport --dports http,https
COMMIT
EOF
ip6tables -t filter -F
ip6tables -Z INPUT 1
ip6tables -t raw -A PREROUTING ! -s fe80::1 -p sctp -m limit --limit 1/hour --limit-burst 5 -j NOTRACK
ip6tables-save -t nat
ip6tables -D INPUT 2
ip6tables -t raw -S PREROUTING 3
ip6tables -t filter -A FORWARD -s 2001:db8:1::1 -d ::1/64 -p sctp -m hl --hl-eq 25 -j NFLOG --nflog-group 4
ip6tables -t mangle -L POSTROUTING 3 -n -v
ip6tables -t filter -w 1 --append OUTPUT -s ::1 -o docker0 -p tcp -j RETURN
ip6tables -t mangle -A FORWARD -p 47 -j RETURN
iptables-save
ip6tables-save

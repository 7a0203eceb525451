# Random iptables/ip6tables rule set, seed 143 (conformance/generators/iptables.ts)
iptables -t security -S OUTPUT 3
ip6tables -t filter -C FORWARD -s fd00::/32 -p 47 -j LOG --log-level info
ip6tables -t raw -L PREROUTING 1 -n -v
ip6tables -I INPUT 3 -s fd00:a:b::/64 -p tcp -j NFLOG --nflog-group 1
ip6tables -L
ip6tables -t filter -C OUTPUT -p 47 -j ACCEPT
ip6tables -t nat -R POSTROUTING 1 ! -s 2001:db8::/32 -p tcp -m connmark --mark 0x1 -m statistic --mode random --probability 1 -j MASQUERADE
ip6tables -t mangle -X FORWARD
ip6tables -I FORWARD 1 -d 2001:db8:: -o eth+ -p ipv6-icmp -m conntrack ! --ctstate UNTRACKED -m mac --mac-source 02:00:00:00:00:60 -j LOG
iptables -t filter -A INPUT -i br0 -p sctp -m physdev ! --physdev-is-in -j TRACE
iptables -t raw -A PREROUTING -s 10.213.70.139/30 -p udp -m comment --comment docker -m statistic --mode nth --every 2 --packet 1 -j CONNMARK --restore-mark
iptables -t filter -v -A FORWARD -p 47 -m physdev --physdev-out eth+ -m ttl --ttl-eq 234 -j REJECT --reject-with icmp-net-unreachable
ip6tables -t filter -N DOCKER-USER
ip6tables -t mangle -A POSTROUTING -d fd00:a:b::/127 -p sctp -j LOG --log-prefix "x y" --log-level crit
ip6tables -t security -A OUTPUT ! -d fe80::1 -p sctp -m addrtype --dst-type BROADCAST -m conntrack --ctstate INVALID -j TRACE
iptables -t filter -A FORWARD ! -d 172.14.98.21/0 ! -i veth+ -p 47 -m mark --mark 1 -m addrtype --src-type LOCAL -j REJECT --reject-with tcp-reset
iptables -I INPUT 4 -p udp -j CONNMARK --save-mark
iptables -L INPUT 1 -n -v
iptables -t security -v -X
iptables -A INPUT -d 127.223.30.103 -i docker0 -p 47 -m state --state ESTABLISHED,RELATED -m statistic --mode random --probability 0.5 -j LOG --log-prefix "drop" --log-level debug
iptables -t security -I INPUT 3 ! -s 172.58.83.241/30 -p icmp -j CT --zone 3
iptables -L -v -Z
iptables -t nat -S
iptables -t filter -X
iptables -A INPUT -d 198.70.211.248/32 -p 47 -m addrtype ! --dst-type UNICAST
iptables -t filter -A OUTPUT -s 127.31.229.5/0 -p 47 -m mark ! --mark 1 -j MARK --set-xmark 0x4000/0x4000
iptables -I INPUT -s 198.9.102.244/0 -d 172.61.127.6/0
iptables -t raw -S -v
iptables -t raw -D PREROUTING 2
iptables -A INPUT ! -s 127.197.213.232 -d 127.71.47.68/8 -i veth+ -p all -j MARK --set-xmark 0x4000/0x4000
ip6tables -t mangle -D PREROUTING 1
ip6tables -t mangle -Z FORWARD
ip6tables-restore <<'EOF'
*security
:INPUT DROP [2:465]
:DOCKER - [0:0]
-A FORWARD -s ::1 ! -i br0 -p udp -m pkttype ! --pkt-type multicast -m limit --limit 5/min --limit-burst 1
-A FORWARD -s fe80::1/32 -d ::1/32 -p tcp -m mac --mac-source 02:00:00:00:00:78 -j DOCKER
[2:305] -A INPUT -s 2001:db8:1::1 -p ipv6-icmp -m pkttype --pkt-type unicast -m pkttype --pkt-type multicast -g DOCKER
COMMIT
EOF
ip6tables-save
ip6tables -t filter --list FORWARD --numeric --line-numbers
ip6tables -A OUTPUT -s 2001:db8::/128 ! -d fd00:a:b:: -o cni0 -p tcp -m addrtype ! --dst-type BROADCAST -m owner ! --uid-owner 0 -j DOCKER-USER
iptables -A INPUT -p all -j RETURN
iptables -t raw -L
iptables -t security -L INPUT 1 -n -v
iptables-save -c -t mangle
iptables -A FORWARD -i br0 -p tcp -j LOG
iptables-save -c -t filter
iptables -t nat -I INPUT 3 -s 172.34.41.21 -d 172.122.76.236/24 -i docker0 -p all -m mark --mark 0xffffffff -m physdev ! --physdev-is-in -j NFLOG --nflog-group 2
iptables -t filter -A OUTPUT ! -s 198.184.188.207/8 -j TRACE
iptables -t filter -N KUBE-SERVICES
iptables -t nat -F
iptables -Z KUBE-SERVICES 2
iptables -t mangle -C FORWARD -m state --state NEW -j RETURN
iptables -t mangle -A INPUT ! -d 10.197.82.237/30 -i veth+ -m owner --uid-owner 100-200 -m state --state ESTABLISHED,RELATED -j TRACE
iptables -t filter -A FORWARD -s 10.114.105.216 -p tcp -m physdev --physdev-is-bridged -m comment --comment x_y-z -j NFLOG --nflog-group 4
iptables -v -F
ip6tables -t filter -Z
ip6tables -t nat -v -A PREROUTING -o eth1 -p tcp -m pkttype --pkt-type unicast -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j RETURN
ip6tables -S OUTPUT 3
ip6tables -t filter -F
ip6tables-restore -c <<'EOF'
*nat
:PREROUTING DROP [5:511]
:KUBE-SERVICES - [0:0]
-A PREROUTING -p tcp -m physdev ! --physdev-is-in -j LOG --log-level debug
-A POSTROUTING -d fe80::1 -p all -j TRACE
-A POSTROUTING -o eth1 -j NFLOG --nflog-group 2
COMMIT
EOF
ip6tables -L OUTPUT 3 -n -v
ip6tables -L INPUT -n -v --line-numbers
ip6tables -A DOCKER-USER -o eth+ -p udp -j TRACE
ip6tables -t filter -L -v -Z
ip6tables -t nat -A POSTROUTING -p sctp -j SNAT --to-source fd00::2 --random-fully
ip6tables -D FORWARD 4
ip6tables -t filter -D INPUT 1
ip6tables -t security --list DOCKER --numeric --line-numbers
ip6tables -w 1 --append FORWARD -o docker0 -p sctp -m mark --mark 1 -m addrtype --dst-type UNICAST -j CT --zone 3
ip6tables -t nat --list PREROUTING --numeric --line-numbers
iptables -A FORWARD ! -d 172.84.129.157 -p all -j LOG --log-prefix "drop"
iptables -S INPUT 3
iptables -t security -D INPUT 1
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:419]
:RCHAIN - [0:0]
-A FORWARD -p tcp -m addrtype ! --dst-type LOCAL
-A INPUT -i br0 -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j KUBE-SERVICES
[2:465] -A INPUT -j LOG
-A INPUT ! -s 172.143.212.136/24 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.135
COMMIT
EOF
iptables-save
ip6tables-save

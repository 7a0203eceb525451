# Random iptables/ip6tables rule set, seed 153 (conformance/generators/iptables.ts)
iptables-save -c
iptables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT ! -s 10.119.34.32 ! -d 10.62.97.108 -m mac --mac-source 02:00:00:00:00:66 -g KUBE-SERVICES
-A KUBE-SERVICES -m length --length 1500 -m iprange --dst-range 10.0.0.1-10.0.0.133 -g KUBE-SERVICES
-A FORWARD -s 127.207.90.82/0 -d 127.80.138.6 ! -o docker0 -p tcp -m pkttype ! --pkt-type broadcast -j DROP
COMMIT
EOF
iptables -t nat -L POSTROUTING -n -v --line-numbers
iptables -t security -A OUTPUT -d 10.87.245.48/30 -p sctp -m conntrack --ctstate INVALID -m statistic --mode random --probability 0.33333333349 -j CONNMARK --set-mark 0x2
iptables -t filter -Z INPUT
iptables -t nat -I INPUT -s 127.43.180.70 -i veth+ -m conntrack ! --ctstate NEW -m length --length 100:200 -j TRACE
iptables -t mangle -A INPUT -i br0 ! -p udp -m multiport --dports 53 -m mark --mark 0x10/0xf0 -j LOG
iptables -t raw -v -X
iptables -t mangle -P FORWARD DROP
iptables -w 1 --append FORWARD -p tcp -m limit --limit 5/min --limit-burst 5 -m physdev --physdev-out eth+ -j ACCEPT
iptables -t filter -v -A INPUT -p tcp -m mark --mark 0x4000/0x4000 -m pkttype --pkt-type unicast -j NFLOG --nflog-group 1
ip6tables -v -X
iptables -t mangle -w 1 --append OUTPUT ! -o eth1 -p tcp -j DSCP --set-dscp 10
iptables -L KUBE-SERVICES
iptables-restore -c <<'EOF'
*filter
:DOCKER - [0:0]
-A OUTPUT -m pkttype --pkt-type multicast -m comment --comment x_y-z -j REDIRECT
-A DOCKER -s 192.151.198.232/8 -d 198.89.231.71 -o eth1 -m iprange ! --dst-range 10.0.0.1-10.0.0.114 -m comment --comment "a/b:c -> 10.0.0.1:80" -j ACCEPT
-A INPUT -s 192.11.64.35/8 -i lo -j REJECT
COMMIT
EOF
iptables -t mangle -v -X
iptables -t mangle -A OUTPUT -p tcp -m mark --mark 0x4000/0x4000 -m ttl --ttl-eq 252 -j NFLOG --nflog-group 1
iptables -S DOCKER
iptables -t mangle -I PREROUTING -p sctp -m length ! --length 1500 -m conntrack --ctstate INVALID -j DSCP --set-dscp 0x2e
iptables -F
iptables -t raw -L -v -Z
iptables -A DOCKER -m statistic --mode nth --every 2 --packet 0 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t mangle -A PREROUTING -p udp -m statistic --mode random --probability 0.25000000000
iptables -A DOCKER -o docker0 -j RETURN
iptables-save
ip6tables -v -F
ip6tables -w 1 --append FORWARD -i br0 -p sctp -m mark --mark 0x10/0xf0 -m limit --limit 5/min -j NFLOG --nflog-group 2
iptables -A OUTPUT -s 127.77.166.221/24 ! -o eth1 -p tcp -m addrtype --src-type LOCAL -m addrtype --src-type LOCAL -j LOG --log-prefix "x y"
ip6tables -t raw -S OUTPUT 2
ip6tables -t nat -nvL
iptables-save -c
iptables -R FORWARD 1 -p sctp -m ttl --ttl-gt 214 -j LOG --log-level debug
iptables -A INPUT -s 198.37.104.127 -p tcp -m tcp --dport 65535:1000 -j CONNMARK --set-mark 0x2
ip6tables -t filter -L -v -Z
iptables -L DOCKER 3 -n -v
ip6tables -S INPUT
iptables --list OUTPUT --numeric --line-numbers
iptables -t mangle -nvL
ip6tables -t filter -X OUTPUT
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:100]
:DOCKER - [0:0]
[4:106] -A FORWARD -i docker0 -p tcp -j DOCKER
-A INPUT -s 2001:db8:1::1/16 -p sctp -m limit --limit 1/hour -m mark --mark 0xffffffff -j DOCKER
-A DOCKER ! -i lo -o eth1 -p tcp -m limit --limit 5/min -j ACCEPT
[0:43] -A FORWARD -p all -m statistic --mode random --probability 0.1 -m addrtype --src-type LOCAL -j RETURN
COMMIT
EOF
ip6tables -t nat -v -I INPUT 3 -i docker0 -p tcp -m physdev ! --physdev-is-in -j RETURN
ip6tables -t raw -F
iptables -t mangle -Z INPUT 2
iptables -t raw -L OUTPUT 2 -n -v
iptables -t nat -F
iptables -R OUTPUT 3 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.141 --sport 22:65535 -j TRACE
iptables -t mangle -Z
ip6tables -L INPUT
ip6tables -Z INPUT
ip6tables -t raw -w 1 --append PREROUTING -s 2001:db8:1::1/32 -p tcp -m limit --limit 100/day -m hl --hl-lt 25 -j LOG --log-prefix "drop"
ip6tables-save
ip6tables -t security -A OUTPUT -d 2001:db8:1::1/64 ! -p udp -m statistic --mode random --probability 0.33333333349 -j CONNMARK --save-mark
ip6tables -t security -A OUTPUT -c 295 76789 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables-restore --noflush -c <<'EOF'
*nat
:PREROUTING ACCEPT [2:858]
:RCHAIN - [0:0]
-A PREROUTING -s 2001:db8:: -p 47 -j LOG --log-prefix "IN: " --log-level 7
-A PREROUTING -d fd00:a:b:: ! -p udp -j RCHAIN
-A OUTPUT ! -d 2001:db8:: -m hl --hl-gt 229 -m owner ! --uid-owner 0 -j RCHAIN
[3:403] -A PREROUTING -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -m pkttype --pkt-type multicast -j LOG --log-prefix "IN: " --log-level crit
COMMIT
EOF
iptables -t mangle -L -n -v
iptables -A OUTPUT -c 270 38110 -p sctp -m statistic --mode nth --every 10 --packet 0 -m mark --mark 1 -j RETURN
iptables -t filter -w 1 --append DOCKER -d 172.63.215.42/16 ! -i lo -j MARK --set-mark 5/0xff
ip6tables-save
ip6tables-save -c
ip6tables -t nat -X POSTROUTING
ip6tables -t mangle -A FORWARD -p ipv6-icmp -j LOG --log-prefix "IN: " --log-level 7
ip6tables -t nat -A RCHAIN -s fe80::1 ! -o docker0 -p ipv6-icmp -j MARK --set-xmark 0x4000/0x4000
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [7:446]
:DOCKER - [0:0]
-A FORWARD -d 10.110.169.193 -i br0 -p tcp -m physdev --physdev-in veth0 -j REJECT --reject-with icmp-admin-prohibited
COMMIT
EOF
iptables -t mangle -A INPUT -m pkttype ! --pkt-type broadcast -j LOG --log-prefix "x y"
iptables -t filter -A DOCKER ! -s 192.159.240.107 ! -d 172.144.164.225/12 -p tcp --tcp-flags SYN,RST SYN -m limit --limit 3/s --limit-burst 1 -j DROP
ip6tables -t nat -C RCHAIN ! -d fd00:: -j NFLOG --nflog-group 3
ip6tables -t filter -A DOCKER -o eth1 -p sctp -m length --length 1500 -m addrtype --src-type UNICAST -j DROP
ip6tables -S OUTPUT
ip6tables -t nat -A OUTPUT -c 888 86274 -s fd00:a:b:: -p sctp -m hl --hl-lt 222
ip6tables -t security -L INPUT 1 -n -v
iptables-save
ip6tables-save

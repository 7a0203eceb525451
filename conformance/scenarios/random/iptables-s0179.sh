# Random iptables/ip6tables rule set, seed 179 (conformance/generators/iptables.ts)
iptables-restore <<'EOF'
*filter
:INPUT DROP [8:429]
:KUBE-SERVICES - [0:0]
-A FORWARD -p all -m pkttype --pkt-type unicast -j DROP
-A INPUT -d 172.88.70.212/0 -p tcp -m statistic --mode random --probability 1 -m statistic --mode random --probability 0.5 -g KUBE-SERVICES
-A OUTPUT -j NFLOG --nflog-group 3
-A INPUT -s 198.246.220.92 -p tcp -j KUBE-SERVICES
COMMIT
EOF
iptables -t security -A FORWARD -s 127.122.249.100 ! -i docker0 -j DROP
iptables -t filter -I KUBE-SERVICES 3 ! -i veth+ -p all -j ACCEPT
iptables -t security -X OUTPUT
iptables -v -A OUTPUT -o eth+ -p tcp -m mark --mark 1 -m pkttype ! --pkt-type unicast -j TRACE
iptables -R OUTPUT 2 ! -s 192.141.25.67 ! -d 127.164.255.194 -p tcp -m addrtype --src-type UNICAST -g KUBE-SERVICES
iptables --list FORWARD --numeric --line-numbers
iptables -t filter -I OUTPUT 4 -d 192.100.245.46/30 -p all -j MARK --or-mark 0x8
iptables -t security -R OUTPUT 2 -p udp -m owner --uid-owner 0 -j NFLOG --nflog-group 4
iptables -t filter -A NOPE -d 198.71.143.37/32 -p 47 -m comment --comment x_y-z -m iprange --dst-range 10.0.0.1-10.0.0.62 -g KUBE-SERVICES
iptables -w 1 --append KUBE-SERVICES -m state --state ESTABLISHED,RELATED -m statistic --mode nth --every 2 --packet 0 -j KUBE-SERVICES
ip6tables -t nat -L -v -Z
ip6tables -L OUTPUT -n -v --line-numbers
ip6tables -t security -A FORWARD -s fe80::1/128 -p 47 -j TRACE
ip6tables -t security -A INPUT -c 124 79296 -d ::1 -p all -m statistic --mode random --probability 0.25000000000 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t nat -D OUTPUT -p tcp -m comment --comment docker -m conntrack --ctstate NEW -j TRACE
iptables -t filter -S KUBE-SERVICES 3
iptables -v -X KUBE-SERVICES
iptables -A INPUT -d 127.168.170.10/12 -m iprange ! --dst-range 10.0.0.1-10.0.0.69 -m comment --comment docker -j LOG --log-prefix "x y"
iptables -t nat -L -v -Z
iptables-restore -c <<'EOF'
*mangle
:DOCKER - [0:0]
[3:261] -A PREROUTING -d 10.209.51.47 -i docker0 -p tcp -m conntrack --ctstate NEW -j LOG --log-prefix "drop"
-A POSTROUTING -p udp -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
ip6tables -t security -N KUBE-SERVICES
ip6tables -X INPUT
ip6tables -t raw -P OUTPUT ACCEPT
ip6tables -A OUTPUT -j CONNMARK --restore-mark
ip6tables -A FORWARD -p tcp
ip6tables -t nat -A INPUT -s fd00:a:b:: ! -d ::1/64 ! -i lo -p udp -m udp --dport 0 -j DNAT --to-destination fd00::2
ip6tables -A OUTPUT -s ::1 -d 2001:db8::/32 -p tcp --sport 3000 -j LOG
ip6tables -t mangle -L
ip6tables-save
ip6tables -t filter -A OUTPUT -d 2001:db8:: -p udp -m limit --limit 1/hour -j ACCEPT
ip6tables -t raw -L PREROUTING 3 -n -v
ip6tables -t mangle -D OUTPUT -s fe80::1/32 -p tcp -m pkttype --pkt-type broadcast -m pkttype --pkt-type broadcast -j DSCP --set-dscp 10
iptables -t raw -A OUTPUT ! -s 10.169.67.238 -o eth+ -m state --state ESTABLISHED,RELATED -m addrtype --dst-type MULTICAST -j CONNMARK --set-mark 0x2
iptables -t mangle -P OUTPUT RETURN
iptables -t raw -I PREROUTING 4 -p 47 -m physdev --physdev-out eth+ -m ttl --ttl-lt 104
iptables -t security -N LOGDROP
iptables-save
iptables -t raw -v -A PREROUTING -s 172.96.84.75 -d 192.144.6.118 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.10 -j TTL --ttl-dec 1
iptables -t mangle -v -F PREROUTING
iptables-save
iptables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
iptables -X
iptables -t filter -w 1 --append OUTPUT -p tcp -m iprange ! --dst-range 10.0.0.1-10.0.0.15 -j TCPMSS --set-mss 1400
ip6tables -t nat -v -X
ip6tables -t filter -Z INPUT
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:335]
:DOCKER - [0:0]
-A OUTPUT -d fe80::1 -p sctp -m physdev --physdev-in veth0 -m statistic --mode nth --every 2 --packet 1 -j CONNMARK --restore-mark --mask 0xff
-A FORWARD -s fd00::/16 -p 47 -m statistic --mode nth --every 2 --packet 1 -j REJECT --reject-with icmp6-no-route
-A OUTPUT -d ::1/32 -p ipv6-icmp -g DOCKER
COMMIT
EOF
ip6tables --list INPUT --numeric --line-numbers
ip6tables -A DOCKER -p sctp -j DROP
ip6tables -t nat -R OUTPUT 3 -m comment --comment x_y-z -m hl --hl-lt 86 -j RETURN
ip6tables -A FORWARD -p udp -m length --length 100:200 -j DOCKER
ip6tables -t filter -v -A DOCKER -m owner --uid-owner 65534 -j DOCKER
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A INPUT -p icmp -j RETURN
-A INPUT -i veth+ -p tcp -m multiport ! --sports http,https -j CONNMARK --save-mark
COMMIT
EOF
iptables -t mangle -A OUTPUT -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.131 -m owner ! --uid-owner 65534 -j DSCP --set-dscp-class EF
iptables -t raw -A OUTPUT -p 47 -m addrtype --src-type LOCAL -m connmark --mark 0x1 -j CT --zone-orig 2
iptables -v -X
ip6tables -t security -L INPUT -n -v --line-numbers
ip6tables -t filter -S -v
ip6tables -t nat -P FOO RETURN
ip6tables -I INPUT ! -d fd00:a:b::/64 -j MARK --set-xmark 0x4000/0x4000
ip6tables -D INPUT -p ipv6-icmp -m limit --limit 100/day -g DOCKER
ip6tables -Z FORWARD 3
ip6tables -t nat -X
iptables -t mangle -X DOCKER
iptables -P FORWARD DROP
iptables-save -c
iptables -t filter -I INPUT 2 -i br0 -p 47 -j CONNMARK --save-mark
iptables -v -F
iptables -P INPUT ACCEPT
iptables -L
iptables-save
ip6tables-save

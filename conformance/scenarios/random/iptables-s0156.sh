# Random iptables/ip6tables rule set, seed 156 (conformance/generators/iptables.ts)
ip6tables -t nat -R PREROUTING 1 -p sctp -j DNAT --to-destination fd00::2
ip6tables -A INPUT -p tcp -m pkttype --pkt-type multicast -j CONNMARK --set-mark 0x2
ip6tables-save -c -t filter
iptables -t raw -A NOPE -p icmp -m pkttype --pkt-type unicast -j CT --zone 3
iptables -t mangle -I FORWARD 1 -m limit --limit 5/min -j NFLOG --nflog-group 3
ip6tables -N MYCHAIN
ip6tables -t raw -N DOCKER-USER
iptables -A FORWARD -s 198.232.104.247 -p 47 -m addrtype --src-type UNICAST -m statistic --mode nth --every 10 --packet 1 -j LOG --log-prefix "drop" --log-level info
iptables -t raw -A OUTPUT -s 198.179.245.126 -j LOG --log-level 7
iptables -t raw -A PREROUTING ! -p tcp -m state --state ESTABLISHED,RELATED -m ttl --ttl-gt 112 -j CONNMARK --restore-mark --mask 0xff
iptables-save -c
iptables -t security -N KUBE-SERVICES
ip6tables -L -x -v -n
ip6tables -A OUTPUT -s ::1/32 -p 47 -j RETURN
ip6tables -L MYCHAIN 2 -n -v
iptables -L INPUT 2 -n -v
iptables -t nat -w 1 --append PREROUTING -s 192.233.34.253/32 -p tcp -m ttl --ttl-lt 247 -j LOG --log-prefix "IN: " --log-level crit
iptables -t security -A INPUT -p icmp -m physdev ! --physdev-is-in -g KUBE-SERVICES
iptables -C OUTPUT -d 127.194.250.40/0 -o eth+ -p sctp -m statistic --mode random --probability 1 -m addrtype --src-type LOCAL -j REJECT --reject-with icmp-admin-prohibited
iptables -t mangle -A OUTPUT -o cni0 -p 47 -j LOG --log-level 7
iptables -t security -A FORWARD -c 235 68194 -d 10.184.211.56/30 -p all -g KUBE-SERVICES
ip6tables -t filter -N KUBE-SERVICES
ip6tables -nvL
ip6tables -t nat -R INPUT 1 -i veth+ -p all -j LOG --log-prefix "drop" --log-level info
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [7:180]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 172.58.199.189/32 -o eth1 -g KUBE-SERVICES
-A FORWARD -o docker0 -p tcp -m tcp --dport domain --tcp-flags SYN,RST SYN -j ACCEPT
-A OUTPUT ! -p udp -m pkttype --pkt-type unicast -m ttl --ttl-eq 11 -j KUBE-SERVICES
COMMIT
EOF
iptables -t raw -v -I OUTPUT 1 -d 172.137.222.218 -p udp -m iprange ! --dst-range 10.0.0.1-10.0.0.60
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [2:269]
:RCHAIN - [0:0]
[0:32] -A RCHAIN ! -s 127.17.184.147/8 -p tcp
-A RCHAIN -i veth+ -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
-A POSTROUTING -d 10.33.103.206 -m length --length 0:64 -m owner --uid-owner 65534 -j TTL --ttl-set 64
-A OUTPUT -d 172.169.216.196/30 -p icmp -m ttl --ttl-gt 27 -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t raw -A OUTPUT -o docker0 -m pkttype --pkt-type multicast -m mark --mark 1 -j CT --zone 3
iptables -v -A OUTPUT -d 172.141.174.217/24 -o eth+ -p sctp -m length ! --length 1500 -j RETURN
iptables -Z KUBE-SERVICES 2
iptables-restore <<'EOF'
*security
:INPUT DROP [1:747]
:DOCKER - [0:0]
-A FORWARD -p tcp -j NFLOG --nflog-group 4 --nflog-prefix p
[2:150] -A FORWARD -s 172.140.26.34/16 -d 192.233.77.46/24 -i veth+ -p udp -j DROP
COMMIT
EOF
iptables -t nat -I NOPE 4 ! -d 127.197.67.184/24 -o docker0 -p tcp -j TRACE
iptables -t mangle -S
iptables -A OUTPUT -d 192.66.205.27 -p icmp -m length ! --length 0:64 -j KUBE-SERVICES
iptables -t filter -C NOPE -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.98 -m length --length 0:64 -g KUBE-SERVICES
iptables -A NOPE -p tcp --sport 0 -m conntrack --ctstate UNTRACKED -j KUBE-SERVICES
iptables -F KUBE-SERVICES
ip6tables -D INPUT -p all -m connmark --mark 5/0xff -j LOG --log-prefix "IN: "
ip6tables -v -I FORWARD 1 -d fd00:a:b:: -o docker0 -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -m addrtype --src-type LOCAL -j NFLOG --nflog-group 3
ip6tables -t raw --list OUTPUT --numeric --line-numbers
ip6tables -t nat -L -v -Z
ip6tables -t raw -A OUTPUT -i eth0 -p ipv6-icmp -j TRACE
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [2:481]
:RCHAIN - [0:0]
-A OUTPUT -s fd00:: -d fe80::1 ! -p udp -m multiport ! --dports http,https -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --xor-mark 0x3
COMMIT
EOF
ip6tables -A NOPE -d 2001:db8:: -i veth+ -p sctp -m statistic --mode random --probability 0.25000000000 -m state --state INVALID -j RETURN
ip6tables -t raw -A PREROUTING -s 2001:db8:1::1/127 -m state --state NEW -m length --length 0:64 -j DOCKER-USER
ip6tables -I KUBE-SERVICES 3 -p 47
ip6tables -A NOPE -i docker0 -p ipv6-icmp -m state --state ESTABLISHED,RELATED -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --and-mark 0xff
ip6tables -t nat -R PREROUTING 3 -d fe80::1/32 -p sctp -m limit --limit 100/day --limit-burst 5 -m addrtype ! --dst-type BROADCAST -j DNAT --to-destination 2001:db8::1
ip6tables -N KUBE-SVC-ABC
ip6tables -N LOGDROP
iptables -t filter -L -n --line-numbers
iptables -t nat -A PREROUTING -i br0 -p sctp -j REDIRECT --to-ports 3128
iptables -A OUTPUT ! -s 172.47.10.231/12 -d 127.133.52.125/8 -p sctp -m statistic --mode nth --every 10 --packet 1 -m state --state INVALID -j NFLOG --nflog-group 3
iptables -D INPUT -p tcp -j DROP
iptables --list KUBE-SERVICES --numeric --line-numbers
iptables -L
ip6tables -I FORWARD -j ACCEPT
ip6tables-save -c
ip6tables -D OUTPUT ! -s 2001:db8:1::1/16 -p 47 -m hl --hl-lt 207 -j RETURN
ip6tables -I KUBE-SERVICES -s fd00:a:b::/16 -d fd00::/64 -i veth+ -p udp -m physdev --physdev-out eth+ -j MARK --set-mark 5/0xff
ip6tables -t mangle -A POSTROUTING -s fd00:a:b:: ! -d fd00:: -o docker0 -p udp -m state --state NEW -j MARK --set-xmark 0x4000/0x4000
ip6tables-restore <<'EOF'
*security
:KUBE-SERVICES - [0:0]
-A FORWARD ! -s fd00:a:b:: -i br0 -p udp --sport 0 -m connmark --mark 5/0xff -j NFLOG --nflog-group 4 --nflog-prefix p
-A FORWARD -i docker0 -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
COMMIT
EOF
ip6tables -X FORWARD
ip6tables -D FORWARD -s 2001:db8:1::1/48 ! -d fd00:: -p 47 -m statistic --mode random --probability 0.25000000000 -m conntrack --ctstate NEW -j MYCHAIN
ip6tables -R OUTPUT 2 -s 2001:db8::/32 -d 2001:db8:1::1/16 -p tcp -m conntrack --ctstate NEW -j LOG
ip6tables -t filter -D KUBE-SERVICES 1
iptables -t security -A FORWARD -s 198.153.91.155 -d 10.37.211.46/8 -i br0 -o eth+ -p sctp -j DOCKER
iptables-save
iptables -v -I FORWARD 2 ! -d 192.81.61.219/0 -j ACCEPT
iptables -S -v
iptables-save
ip6tables-save

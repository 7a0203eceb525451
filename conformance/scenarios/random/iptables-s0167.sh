# Random iptables/ip6tables rule set, seed 167 (conformance/generators/iptables.ts)
iptables -t filter -w 1 --append INPUT -p udp -j REJECT --reject-with icmp-port-unreachable
iptables -t security -N DOCKER-USER
iptables -F
iptables -L -n
iptables -C OUTPUT -m addrtype --src-type LOCAL -j RETURN
iptables -P INPUT DROP
ip6tables -t nat -A NOPE -i veth+ -o eth+ -p all -m state --state INVALID -m physdev --physdev-in veth0 -j TRACE
ip6tables -t filter -A INPUT -p sctp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m pkttype --pkt-type unicast -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -A FORWARD -m hl --hl-gt 28 -m hl --hl-lt 58 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t filter -N MYCHAIN
ip6tables -t mangle -A OUTPUT -s fe80::1 -d fd00:: -p tcp -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [0:530]
:RCHAIN - [0:0]
-A RCHAIN -i br0 -p sctp -j RCHAIN
COMMIT
EOF
ip6tables -t filter -C FORWARD -d ::1 -p tcp -m state --state NEW -j MYCHAIN
ip6tables -A RCHAIN -s fd00:: -o eth+ -p 47 -m limit --limit 3/s --limit-burst 20 -m length ! --length 1500 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t raw -A OUTPUT -o eth+ -p tcp -m connmark ! --mark 5/0xff -j NOTRACK
ip6tables -t security -D INPUT -s fd00::/16 -j TRACE
iptables -t filter -v -F INPUT
iptables -t raw -w 1 --append OUTPUT -o eth+ -p udp -m multiport ! --sports 22,80:90,8080 -j RETURN
iptables -t mangle -v -I INPUT 1 -s 192.3.251.246/32 -d 198.70.191.253/32 -p udp -m statistic --mode random --probability 1 -m udp --dport 8080 -j RETURN
iptables -t filter -A FORWARD -d 172.193.173.185/0 -i eth0 -o eth1 -m statistic --mode nth --every 10 --packet 0
iptables -t mangle -S PREROUTING 3
iptables -t mangle --list INPUT --numeric --line-numbers
iptables -t nat -A OUTPUT -p sctp -m limit --limit 10/second --limit-burst 20 -j CONNMARK --save-mark
iptables -t filter -N KUBE-SERVICES
iptables -L -n -v
iptables -t security -S -v
iptables -t security -A FORWARD -s 127.13.33.69/24 -i docker0 -o eth1 -m state --state NEW
iptables -t security --list FORWARD --numeric --line-numbers
iptables -t mangle -A PREROUTING -s 198.147.152.59/32 -d 192.221.101.25 -i lo -j CONNMARK --restore-mark
ip6tables -t filter -E MYCHAIN MYCHAIN-2
ip6tables -A FORWARD -c 906 6163 -s ::1 ! -o docker0 -m addrtype --src-type LOCAL -m comment --comment "kubernetes service portals" -j RETURN
ip6tables -t mangle -F
ip6tables -t nat -I PREROUTING 4 ! -d fd00::/16 -p tcp -m tcp --dport 3000 -j REDIRECT
ip6tables -A INPUT -p 47 -j CONNMARK --restore-mark
ip6tables -A RCHAIN -i eth0 -p tcp -j DROP
ip6tables-save -t filter -c
ip6tables -t security -Z
ip6tables -t filter -S INPUT 2
ip6tables -t nat -A OUTPUT -p sctp -j TRACE
iptables -t filter -P OUTPUT ACCEPT
iptables -R OUTPUT 2 -d 10.11.196.146/24 -p udp -m state ! --state ESTABLISHED,RELATED -j LOG --log-level debug
iptables -t raw -X
iptables -t security -D DOCKER-USER -d 127.63.234.97 -p all -m addrtype --src-type LOCAL -g DOCKER-USER
iptables -t raw -L OUTPUT -n -v --line-numbers
iptables -t mangle -I INPUT 1 -p tcp -m physdev --physdev-out eth+ -m multiport --ports 53 -j CONNMARK --save-mark
iptables-save -c
iptables -S -v
iptables -t nat -nvL
iptables -S INPUT 1
iptables -t raw -Z NOPE 2
iptables -t mangle -v -F POSTROUTING
iptables -t raw --list PREROUTING --numeric --line-numbers
iptables -t mangle -v -X
iptables -t mangle -L
iptables -t security -X FORWARD
iptables -t filter -S INPUT
iptables -t security -D FORWARD -o eth+ -p udp -m statistic --mode nth --every 2 --packet 1 -m limit --limit 5/min --limit-burst 20
iptables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
iptables -D KUBE-SERVICES-2 -s 10.232.213.27 -d 192.217.163.129 ! -o cni0 -m physdev ! --physdev-is-in -m addrtype --src-type LOCAL
iptables -t mangle -S OUTPUT 3
iptables -C OUTPUT -s 127.4.166.40 -p tcp -m physdev --physdev-is-bridged -j DROP
iptables -A INPUT -i docker0 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.158 -m pkttype --pkt-type multicast -g KUBE-SERVICES-2
iptables -A FORWARD -p udp -m length --length 0:64 -m comment --comment "a/b:c -> 10.0.0.1:80" -j LOG --log-level 4
iptables -v -X
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:344]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 192.221.254.246 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.81 -j KUBE-SERVICES
[3:421] -A OUTPUT -p tcp -m tcp --dport 3000 -m multiport --dports http,https -j RETURN
-A INPUT -i docker0 -m conntrack --ctstate INVALID -m owner --uid-owner 65534 -j ACCEPT
-A KUBE-SERVICES -d 127.166.69.94/24 -o docker0 -p 47 -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
iptables -Z KUBE-SERVICES
iptables -t security -Z
iptables -t filter -X INPUT
iptables -t mangle -X FORWARD
ip6tables -t nat -A INPUT -s fd00:a:b::/128 -d 2001:db8:1::1 -p sctp -m statistic --mode random --probability 0.25000000000 -j CONNMARK --save-mark
iptables-save
ip6tables-save

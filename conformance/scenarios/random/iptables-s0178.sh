# Random iptables/ip6tables rule set, seed 178 (conformance/generators/iptables.ts)
iptables -t nat -Z
iptables -X
iptables -t raw -D NOPE 4
iptables -S OUTPUT 3
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -s 172.64.215.121 -i lo -m statistic --mode random --probability 0.5 -m statistic --mode random --probability 0.25000000000 -g KUBE-SERVICES
COMMIT
EOF
iptables -t nat -N KUBE-SEP-XYZ
iptables-save -c
iptables -t raw -A OUTPUT -s 192.164.152.164 -p tcp -m addrtype --src-type LOCAL -m physdev ! --physdev-is-in -j TRACE
iptables -A FORWARD -i docker0 -m connmark --mark 0x1 -j DROP
iptables -D INPUT 4
iptables -X INPUT
iptables -t security -v -A FORWARD -s 198.176.150.127 -o cni0 -p udp -j ACCEPT
iptables -A INPUT -s 172.15.29.136/12 -p all -j MARK --xor-mark 0x3
ip6tables -A INPUT -d ::1 ! -i eth0 -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -j REJECT
ip6tables -t filter -F
ip6tables -v -I FORWARD 2 -s ::1/32 -o eth1 -p sctp -m statistic --mode nth --every 10 --packet 1 -j MARK --and-mark 0xff
ip6tables -t filter -S FORWARD 3
ip6tables -t filter -v -A INPUT -i veth+ -p sctp -m pkttype --pkt-type broadcast -m mark --mark 1 -j REJECT
ip6tables -v -A OUTPUT -s 2001:db8:: -d ::1/16 -p tcp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m statistic --mode nth --every 10 --packet 0 -j CONNMARK --save-mark
ip6tables -A FORWARD -p tcp -m length --length 0:64 --tcp-flags ALL NONE -j ACCEPT
ip6tables -t mangle -v -A OUTPUT -p all -j NFLOG --nflog-group 2
ip6tables -Z
ip6tables -R OUTPUT 3 -p ipv6-icmp --icmpv6-type 1/3 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -D OUTPUT 1
ip6tables -N KUBE-SVC-ABC
iptables -A FORWARD -p udp --sport ssh -m comment --comment x_y-z -j ACCEPT
ip6tables -t mangle -P POSTROUTING RETURN
iptables -t security -D OUTPUT 1
iptables -w 1 --append OUTPUT -d 192.189.169.223/30 -o eth+ -p 47 -j DROP
iptables -C FORWARD -d 127.24.212.217 ! -i eth0 -o eth1 -p tcp -m physdev ! --physdev-is-in -g KUBE-SERVICES
iptables -t nat -D NOPE 4
iptables -t filter -I OUTPUT -s 10.33.56.103 -p 47 -m comment --comment x_y-z -m state --state NEW -j LOG
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:303]
:DOCKER - [0:0]
-A DOCKER -i veth+ -p tcp -j DOCKER
COMMIT
EOF
iptables -t security --list OUTPUT --numeric --line-numbers
iptables -C INPUT -s 198.47.166.80/0 -d 192.135.229.12 -p icmp -j TRACE
ip6tables -F KUBE-SVC-ABC
ip6tables -t filter -I KUBE-SVC-ABC 2 -s fd00::/32 -p sctp -m statistic --mode nth --every 2 --packet 0 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t filter -v -F
ip6tables -t raw -w 1 --append OUTPUT -i docker0 ! -p tcp -m pkttype --pkt-type multicast -m statistic --mode random --probability 1 -j ACCEPT
ip6tables --list OUTPUT --numeric --line-numbers
iptables -t security -A OUTPUT -p icmp -j RETURN
iptables -E DOCKER DOCKER-2
ip6tables -L KUBE-SVC-ABC
ip6tables -t security -w 1 --append FORWARD -i lo ! -o docker0 -m statistic --mode random --probability 0.25000000000 -j NFLOG --nflog-group 1
ip6tables -v -F KUBE-SVC-ABC
ip6tables -t raw -A PREROUTING -p ipv6-icmp -m addrtype --dst-type BROADCAST -m addrtype --dst-type LOCAL -j CONNMARK --save-mark
ip6tables -t mangle -R POSTROUTING 1 -j LOG --log-prefix "IN: " --log-level crit
ip6tables -t raw -A PREROUTING -d 2001:db8::/32 -i veth+ -j TRACE
ip6tables -v -X
ip6tables -t security -F
ip6tables -t mangle -Z PREROUTING
ip6tables -t raw -v -F PREROUTING
iptables -F
iptables -v -I FORWARD 1 -s 127.55.42.211 -d 198.113.225.178/16 -m physdev ! --physdev-is-in -j DOCKER-2
iptables -t raw -X
ip6tables -t raw -A PREROUTING -c 52 50547 -p sctp -m addrtype --src-type UNICAST -m iprange --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 0
ip6tables -t security -A FORWARD -s fd00:a:b:: -p tcp -j RETURN
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [2:46]
:RCHAIN - [0:0]
-A FORWARD -p tcp -m state ! --state ESTABLISHED,RELATED --sport http
-A INPUT -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --or-mark 0x8
COMMIT
EOF
ip6tables -t filter -X INPUT
iptables -L OUTPUT 1 -n -v
iptables -t raw -C OUTPUT -j CONNMARK --save-mark
ip6tables -t nat -D PREROUTING -d 2001:db8::/128 -p tcp
iptables -t raw -D PREROUTING -s 198.21.244.228 -p tcp -j DROP
ip6tables -t mangle -P PREROUTING ACCEPT
ip6tables -t filter -N KUBE-SERVICES
iptables -t nat -A PREROUTING ! -s 198.119.163.133/24 ! -p udp -m mark --mark 1 -m pkttype --pkt-type multicast -j REDIRECT --to-ports 1000-2000
ip6tables -t raw -I OUTPUT -s 2001:db8::/64 -p tcp -j RETURN
ip6tables -t filter -N f2b-sshd
ip6tables -t nat -A PREROUTING -s fe80::1 -d fd00::/16 -p 47 -j NFLOG --nflog-group 1
ip6tables -t mangle -A OUTPUT -s fe80::1/32 -j ACCEPT
iptables-save
ip6tables-save

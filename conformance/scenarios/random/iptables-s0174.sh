# Random iptables/ip6tables rule set, seed 174 (conformance/generators/iptables.ts)
ip6tables -t security -w 1 --append OUTPUT -p all -m hl --hl-eq 219 -j MARK --set-mark 0x1
ip6tables -t mangle -N DOCKER-USER
ip6tables -t nat -A INPUT -s ::1 -p 47 -j RETURN
ip6tables -N KUBE-SVC-ABC
iptables -A INPUT -s 127.137.89.157/32 -p all -m statistic --mode nth --every 10 --packet 1 -j REJECT
iptables -t mangle -A FORWARD -c 184 67843 -i lo -p tcp -m mark ! --mark 0x10/0xf0 -j CONNMARK --restore-mark
iptables -t nat -S POSTROUTING 3
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -s 198.195.244.88/24 -p sctp -j REJECT --reject-with tcp-reset
-A OUTPUT -s 198.72.175.10 -p all -m addrtype --dst-type UNICAST -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
COMMIT
EOF
iptables -t mangle -A POSTROUTING -s 127.126.159.238/12 ! -d 172.194.149.70/16 -p all -m conntrack --ctstate RELATED,ESTABLISHED -m addrtype --dst-type LOCAL -j RETURN
iptables -t raw -X
ip6tables -t raw -w 1 --append OUTPUT -d fe80::1 -o eth1 -p tcp -j NOTRACK
ip6tables -t nat -I NOPE 3 -p udp -m statistic --mode nth --every 2 --packet 0 -j DNAT --to-destination fd00::2
ip6tables -t raw -v -I PREROUTING 3 -s 2001:db8:: -p 47 -j NOTRACK
ip6tables -t nat -L PREROUTING 1 -n -v
ip6tables -t raw -v -A OUTPUT -m owner --uid-owner 65534 -m owner --uid-owner 100-200 -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t raw -I OUTPUT -d 198.137.128.222 -p all -m physdev --physdev-in veth0 -m statistic --mode nth --every 3 --packet 1 -j LOG --log-prefix "x y"
iptables -A KUBE-SERVICES -i docker0 -m state ! --state NEW -m pkttype --pkt-type broadcast -j DROP
iptables -t filter -v -X
iptables -v -X KUBE-SERVICES
iptables -A OUTPUT -d 198.146.188.51 -m iprange ! --dst-range 10.0.0.1-10.0.0.34 -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 0
iptables -t nat -X POSTROUTING
iptables -N DOCKER
ip6tables-save -t security
iptables -t mangle -A POSTROUTING ! -o docker0 -p udp -m multiport --dports 22,80:90,8080 -j TTL --ttl-inc 2
iptables -t nat -Z OUTPUT 1
iptables-save -t filter
iptables -t security --list INPUT --numeric --line-numbers
iptables -t nat -P PREROUTING ACCEPT
iptables -t security -N KUBE-SERVICES
ip6tables -A KUBE-SVC-ABC -p 47 -m mark --mark 1 -g KUBE-SVC-ABC
ip6tables -t mangle -A DOCKER-USER ! -d fd00:: -m pkttype --pkt-type broadcast -j CONNMARK --restore-mark --mask 0xff
ip6tables -t raw -L -v
ip6tables -t raw -N KUBE-SERVICES
ip6tables -t filter -L NOPE 1 -n -v
ip6tables -t filter -A INPUT -s fd00:a:b:: ! -d fd00:: -i veth+ -p ipv6-icmp -m pkttype --pkt-type unicast -m statistic --mode random --probability 0.25000000000 -j MARK --set-mark 5/0xff
ip6tables -A FORWARD -d fd00:a:b::/128 -i eth0 -p all -m length --length 0:64 -j KUBE-SVC-ABC
ip6tables -v -X
ip6tables -t security -D OUTPUT 2
ip6tables -F
ip6tables -nvL
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:319]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -i lo -p tcp
-A INPUT -i eth0 ! -p tcp -j REJECT --reject-with tcp-reset
[1:382] -A FORWARD -s fd00:: ! -i eth0 -j KUBE-SERVICES
[1:15] -A KUBE-SERVICES -s 2001:db8::/127 -m addrtype --dst-type LOCAL -m length ! --length 1500 -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
ip6tables -t mangle -D OUTPUT -d fd00:: -o eth1 -p tcp -m statistic --mode random --probability 0.1 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t filter -I FORWARD ! -s 2001:db8:1::1 -d 2001:db8:1::1/127 ! -o docker0 -m addrtype --src-type LOCAL -j REJECT
iptables-save -t filter -c
ip6tables -t filter -I KUBE-SERVICES 4 ! -i br0 -p ipv6-icmp -j MARK --set-mark 5/0xff
ip6tables -t raw -L -v
ip6tables -Z NOPE
ip6tables -A INPUT -m pkttype ! --pkt-type broadcast -j NFLOG --nflog-group 3
iptables -t raw -v -F PREROUTING
ip6tables -t mangle -L -v -Z
ip6tables -t security -D FORWARD -o docker0 ! -p tcp -j RETURN
iptables -t security -F KUBE-SERVICES
iptables -t security -A OUTPUT -p sctp -j ACCEPT
iptables -A OUTPUT -p icmp -j DROP
iptables-save
iptables -t mangle -N KUBE-SERVICES
iptables-save -c
iptables-save
iptables -X INPUT
iptables -t raw -F
iptables-save -t raw
iptables -t raw -F
ip6tables -t raw -I KUBE-SERVICES -s fd00::/64 -p sctp -m state --state INVALID -j ACCEPT
ip6tables -A INPUT -p tcp -m conntrack --ctstate UNTRACKED -j KUBE-SERVICES
iptables -t raw -I OUTPUT -p 47 -m pkttype --pkt-type unicast -j NOTRACK
iptables -t filter -A KUBE-SERVICES -p icmp -m conntrack ! --ctstate NEW -m addrtype --src-type UNICAST -j MARK --set-mark 5/0xff
iptables-save
iptables -t mangle -A POSTROUTING -p all -m ttl --ttl-eq 185
ip6tables -A NOPE -o docker0 -p ipv6-icmp -m length ! --length 100:200 -m addrtype ! --dst-type UNICAST -j LOG --log-level 4
ip6tables -Z
iptables-save
ip6tables-save

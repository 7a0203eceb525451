# Random iptables/ip6tables rule set, seed 93 (conformance/generators/iptables.ts)
iptables -t nat -R POSTROUTING 1 -o cni0 -p udp -m length --length 100:200 -j LOG --log-prefix "x y" --log-level info
ip6tables-save -t security -c
ip6tables -t nat -A PREROUTING -i lo -p ipv6-icmp -m length --length 100:200 -j NFLOG --nflog-group 4
ip6tables -t security -L
ip6tables -t mangle -P FOO DROP
ip6tables -t filter -F
ip6tables -t nat -A OUTPUT -p all
ip6tables -t filter -C FORWARD -d 2001:db8:1::1 -o cni0 -m statistic --mode nth --every 10 --packet 0 -j TRACE
ip6tables -t filter -C FORWARD -s 2001:db8:1::1 ! -d 2001:db8::/128 -p 47 -m addrtype --dst-type MULTICAST -j NFLOG --nflog-group 2
ip6tables -t mangle -X
ip6tables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
-A OUTPUT -p all -m mark --mark 0x4000/0x4000 -j TRACE
COMMIT
EOF
ip6tables -A OUTPUT -d fd00:a:b:: -m state --state INVALID -m length --length 0:64
ip6tables -A FORWARD ! -s ::1 -m pkttype --pkt-type unicast -m length ! --length 1500
ip6tables -I OUTPUT -p tcp -j TRACE
ip6tables-save -t filter -c
ip6tables -t nat -R INPUT 2 -s fd00:a:b::/48 -p ipv6-icmp -m hl --hl-gt 0 -m mac --mac-source 02:00:00:00:00:28 -j ACCEPT
ip6tables -t filter -Z INPUT
ip6tables -D FORWARD ! -s ::1 -o docker0 -p udp --sport 8080:1000 -m udp --dport 8080 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t filter -nvL
ip6tables -Z INPUT
ip6tables-save
ip6tables -t filter -F
ip6tables-save
ip6tables -Z
ip6tables -A INPUT -s 2001:db8:: -m hl --hl-lt 119 -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -t filter -A OUTPUT -o eth1 -p all -m addrtype --dst-type LOCAL -j TRACE
ip6tables -t nat -F
ip6tables -t nat -Z PREROUTING
ip6tables -t raw -A OUTPUT -p all -g DOCKER
iptables -t raw -A PREROUTING -s 172.238.223.14/12 -d 198.115.253.150 -i eth0 -j RETURN
ip6tables -D FORWARD 2
ip6tables-save -t mangle
ip6tables -t nat -I INPUT -s fd00:: -p tcp -m length --length 0:64 -j ACCEPT
ip6tables -A OUTPUT ! -o docker0 -p all -m state --state NEW -m pkttype --pkt-type broadcast -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -S
ip6tables -A FORWARD -s fd00:: -p tcp -m hl --hl-gt 109 -j DROP
ip6tables -t nat -L OUTPUT -n -v --line-numbers
ip6tables -L INPUT
ip6tables -t filter -I FORWARD -d ::1 -p all -j MARK --set-xmark 0x4000/0x4000
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [4:461]
:RCHAIN - [0:0]
-A RCHAIN -p icmp -j RCHAIN
-A INPUT -p icmp -m statistic --mode random --probability 0.5 -m mac ! --mac-source 02:00:00:00:00:50 -g RCHAIN
COMMIT
EOF
iptables -E RCHAIN RCHAIN-2
iptables -t security -N KUBE-SVC-ABC
iptables -t security -F KUBE-SVC-ABC
iptables -D OUTPUT 3
iptables -t nat -I NOPE 4
iptables -t nat -L PREROUTING
ip6tables -t security -A INPUT ! -d fd00::/64 -m iprange --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t raw -Z PREROUTING
ip6tables -I OUTPUT 2 -p udp -j LOG --log-prefix "drop"
ip6tables -A FORWARD -p ipv6-icmp
ip6tables -t raw -A PREROUTING -d 2001:db8::/48 -p udp -j TRACE
ip6tables -t filter -X
ip6tables -t filter -F
ip6tables -t raw -A NOPE -p udp -j DROP
ip6tables -A FORWARD -i lo -p tcp -m statistic --mode nth --every 10 --packet 1 --tcp-flags FIN,ACK FIN -j CONNMARK --save-mark
ip6tables -A OUTPUT -s 2001:db8::/128 ! -d 2001:db8::/32 -p 47 -j ACCEPT
ip6tables-save -c
ip6tables -D OUTPUT -p ipv6-icmp -j MARK --xor-mark 0x3
ip6tables -t nat -A PREROUTING -d fe80::1/128 -p tcp -m connmark --mark 0x1 -j ACCEPT
ip6tables-save
ip6tables -t raw -E DOCKER DOCKER-2
ip6tables -t filter -D INPUT -s fd00:a:b:: ! -d fe80::1 -p ipv6-icmp -m connmark --mark 0x1 -j RETURN
ip6tables -t filter -N KUBE-SEP-XYZ
ip6tables -t filter -A FORWARD -i eth0 -m mac --mac-source 02:00:00:00:00:89 -j REJECT --reject-with tcp-reset
ip6tables -t security -X
ip6tables -t nat -A OUTPUT -p ipv6-icmp -m conntrack --ctstate INVALID -m iprange --src-range 2001:db8::1-2001:db8::9 -j REDIRECT
iptables -t filter -D OUTPUT 2
iptables -t mangle -A INPUT -p icmp -m limit --limit 10/second -m statistic --mode nth --every 2 --packet 1 -j ACCEPT
iptables -t filter -I FORWARD 4 -m statistic --mode nth --every 10 --packet 1 -j RCHAIN-2
iptables -E RCHAIN-2 RCHAIN-2-2
iptables-save
ip6tables-save

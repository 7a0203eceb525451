# Random iptables/ip6tables rule set, seed 46 (conformance/generators/iptables.ts)
ip6tables-save -c
ip6tables -D INPUT 3
ip6tables -t filter -D OUTPUT 3
ip6tables -t nat -A OUTPUT -d fd00:: -o eth+ -p tcp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m comment --comment x_y-z -j TRACE
ip6tables -F
ip6tables -t filter -A OUTPUT -p tcp -m addrtype --dst-type UNICAST -m statistic --mode random --probability 0.33333333349
iptables -t filter -I INPUT -s 10.134.160.84/30 -p udp -m length --length 1500 -j REJECT
iptables -t raw -A PREROUTING -s 127.41.190.192/0 -p tcp -m multiport --sports 22,80:90,8080 -j NFLOG --nflog-group 3
iptables -I FORWARD 2 -m physdev ! --physdev-is-in -m ttl --ttl-gt 135 -j TRACE
iptables -t nat -N DOCKER-USER
iptables -t security -A OUTPUT -s 198.134.65.183/16 -d 198.210.191.253/24 -p tcp -j CONNMARK --save-mark
iptables-save
iptables -R OUTPUT 2 -o eth+ -p icmp -m statistic --mode nth --every 2 --packet 0 -j MARK --set-mark 5/0xff
ip6tables -t mangle -D OUTPUT -s ::1/32 ! -d 2001:db8:1::1/16 -o eth1 ! -p tcp -j MARK --xor-mark 0x3
ip6tables-save
ip6tables -I INPUT 1 -d fd00:: -p udp -j ACCEPT
ip6tables -t filter -P FORWARD ACCEPT
ip6tables -X
ip6tables -I FORWARD -s 2001:db8:1::1/128 -d fd00:a:b:: -o eth+ -m comment --comment x_y-z -j LOG --log-level crit
ip6tables -t mangle -nvL
ip6tables -t mangle -A FORWARD ! -s fd00::/48 -d fe80::1/48 -o eth+ -p 47 -m mac --mac-source 02:00:00:00:00:89 -j TRACE
ip6tables -X
ip6tables -D INPUT -p ipv6-icmp -m state --state NEW -j LOG --log-prefix "drop"
ip6tables -t filter -F
iptables -t mangle -I FORWARD 2 -d 192.65.35.242 -m mark --mark 0x10/0xf0 -j DROP
iptables -t filter -Z OUTPUT
iptables -t nat -D OUTPUT -d 127.63.108.107 -o cni0 -p icmp -j MARK --set-xmark 0x4000/0x4000
iptables -t raw -C OUTPUT -o docker0 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.57 -m connmark --mark 5/0xff -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t mangle -D POSTROUTING 4
iptables -t filter -P OUTPUT DROP
iptables -t filter -A OUTPUT -p sctp -j REJECT --reject-with icmp-port-unreachable
ip6tables -I FORWARD -d fd00::/64 -m pkttype --pkt-type broadcast -m conntrack --ctstate INVALID
ip6tables -t raw -D OUTPUT 1
ip6tables-restore --noflush <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
[4:469] -A PREROUTING -p 47 -j DROP
[4:27] -A OUTPUT -p udp -m limit --limit 1/hour -j TRACE
-A PREROUTING -d 2001:db8:: -i lo -p all -m mac ! --mac-source 02:00:00:00:00:12 -m addrtype --src-type UNICAST
COMMIT
EOF
ip6tables -t mangle -A FORWARD -s 2001:db8:1::1 ! -i eth0 -p 47 -m mac --mac-source 02:00:00:00:00:31 -m limit --limit 5/min --limit-burst 5 -j DROP
ip6tables -t raw -A OUTPUT -d fe80::1/48 -p udp -j MARK --set-xmark 0x4000/0x4000
iptables -P FORWARD ACCEPT
iptables -t mangle -A POSTROUTING -p udp -m limit --limit 10/second --limit-burst 20 -j DROP
iptables -t nat -D DOCKER-USER 4
iptables -t mangle -L
iptables -t mangle -A POSTROUTING -s 192.90.219.220 -m state --state ESTABLISHED,RELATED -m addrtype --dst-type LOCAL
iptables -t raw -A PREROUTING -s 10.183.78.248/16 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t nat -I DOCKER-USER -m addrtype --dst-type UNICAST -m physdev --physdev-out eth+ -j CONNMARK --restore-mark
iptables -t filter -A OUTPUT -d 127.64.80.70/0 -p 47 -m statistic --mode nth --every 3 --packet 1 -j MARK --and-mark 0xff
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [7:950]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d 198.1.73.98 -o eth1 -p tcp -j KUBE-SERVICES
-A KUBE-SERVICES ! -i br0 -p sctp
-A KUBE-SERVICES -s 127.139.93.41/16 -d 127.55.159.147 -o cni0 -m ttl --ttl-gt 114 -m addrtype --dst-type MULTICAST -j LOG --log-prefix "x y"
COMMIT
EOF
iptables -t mangle -Z INPUT
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [6:479]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d 198.109.122.30
-A FORWARD -s 198.196.226.157/16 -p icmp -m mark --mark 0x4000/0x4000 -j RETURN
-A INPUT -d 172.132.131.25/24
COMMIT
EOF
iptables -X KUBE-SERVICES
iptables -F
ip6tables -t security -A OUTPUT -s fd00:a:b::/64 -d fe80::1/32 -p tcp -m connmark --mark 0x1 -m addrtype --dst-type MULTICAST -j DROP
ip6tables -t filter -A OUTPUT -s fd00:: -o cni0 -p ipv6-icmp -m limit --limit 3/s --limit-burst 20 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j MARK --set-mark 5/0xff
ip6tables -t nat -A PREROUTING -p 47 -j MARK --set-mark 0x1
ip6tables -t raw -L PREROUTING -n -v --line-numbers
ip6tables -L
ip6tables -A OUTPUT -s fe80::1 ! -d 2001:db8:: -o docker0 -p tcp -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter -A FORWARD -d ::1 ! -o eth1 -p ipv6-icmp
ip6tables -A FORWARD ! -s ::1/64 -o eth+ -p ipv6-icmp -m state --state NEW -m length --length 100:200 -j RETURN
ip6tables -A OUTPUT -o docker0 -m limit --limit 1/hour -j CONNMARK --restore-mark
ip6tables -t filter -I OUTPUT -s ::1/128 ! -o eth1 -p udp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m length ! --length 1500 -j NFLOG --nflog-group 1
ip6tables -t nat -A NOPE -o eth1 -p tcp -m pkttype --pkt-type multicast -j DNAT --to-destination '[fd00::3]:8080'
iptables-save
ip6tables-save

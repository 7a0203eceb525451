# Random iptables/ip6tables rule set, seed 26 (conformance/generators/iptables.ts)
iptables -Z
ip6tables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING DROP [8:343]
:RCHAIN - [0:0]
-A RCHAIN -d ::1 -o docker0 -p tcp -j NFLOG --nflog-group 0
COMMIT
EOF
ip6tables -t mangle -Z
ip6tables -A NOPE -d fd00:: -p sctp -j TRACE
ip6tables -I OUTPUT 4 -d fe80::1 ! -o eth+ -m conntrack --ctstate NEW -m comment --comment x_y-z -j TRACE
ip6tables-save -t security -c
ip6tables-save
ip6tables -t filter -A OUTPUT -p 47 -m length --length 1500 -m connmark --mark 5/0xff -j ACCEPT
ip6tables -t filter -L -n --line-numbers
ip6tables -t raw -A OUTPUT ! -d 2001:db8::/32 -o docker0 -p udp -m connmark --mark 5/0xff -m hl --hl-eq 225 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t security -L OUTPUT
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -s fd00:a:b::/48 ! -d fd00::/128 -p sctp -j NFLOG --nflog-group 1
[4:189] -A FORWARD -d 2001:db8:: -p tcp -m multiport --dports 80,443 -g KUBE-SERVICES
-A OUTPUT -d ::1 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m physdev --physdev-out eth+ -j MARK --and-mark 0xff
-A KUBE-SERVICES -i veth+ -p tcp -m state --state ESTABLISHED,RELATED -m addrtype --src-type LOCAL -j CONNMARK --restore-mark
COMMIT
EOF
iptables-save -t filter -c
iptables-save
iptables -S -v
iptables -t nat -A PREROUTING -i lo -p udp -m physdev --physdev-in veth0 -m length --length 1500 -j TRACE
iptables -t mangle -A POSTROUTING -p udp -j ACCEPT
ip6tables -t filter -A FORWARD -d fd00:: -p ipv6-icmp -j REJECT
ip6tables -L -v
ip6tables -t filter -A INPUT -p tcp -m conntrack ! --ctstate RELATED,ESTABLISHED -j KUBE-SERVICES
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[2:120] -A OUTPUT -s 2001:db8:1::1 -p sctp -j REJECT --reject-with icmp6-port-unreachable
-A FORWARD -s 2001:db8:1::1/16 ! -d 2001:db8:1::1/32 -o eth+ -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m addrtype --dst-type LOCAL -j REJECT
-A INPUT -s fe80::1/127 -p tcp -m statistic --mode random --probability 0.25000000000 --sport 3000 -j LOG --log-prefix "IN: "
[1:341] -A INPUT -p all -m physdev --physdev-out eth+ -j HL --hl-set 64
COMMIT
EOF
iptables -t security -A INPUT ! -s 127.2.106.234/0 -p icmp -j TRACE
iptables -A FORWARD -i veth+ -p icmp -m ttl --ttl-gt 241 -j ACCEPT
iptables -A INPUT -j RETURN
iptables -R OUTPUT 2 -p tcp -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t nat -F
ip6tables -t raw -F
ip6tables -t mangle -I PREROUTING 4 -s fe80::1/16 -d 2001:db8:: -m state ! --state ESTABLISHED,RELATED -m statistic --mode random --probability 1
ip6tables -t mangle -A POSTROUTING -p ipv6-icmp -m owner --uid-owner 65534 -m length ! --length 0:64 -j ACCEPT
ip6tables-save -t filter -c
ip6tables -I INPUT -d 2001:db8:1::1 -m mac --mac-source 02:00:00:00:00:70 -j NFLOG --nflog-group 2
ip6tables -A FORWARD -p tcp
ip6tables -t raw -A PREROUTING -s 2001:db8::/64 -d 2001:db8:1::1 -p tcp -j NOTRACK
ip6tables -t security -F
iptables -t mangle -C INPUT -p tcp -m physdev --physdev-out eth+ -m connmark ! --mark 5/0xff --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -Z
iptables -t security -A OUTPUT -d 172.102.98.248/12 -m statistic --mode random --probability 0.25000000000 -m addrtype --src-type LOCAL -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables-restore --noflush -c <<'EOF'
*raw
:PREROUTING ACCEPT [4:125]
:DOCKER - [0:0]
-A PREROUTING ! -i veth+ -p tcp -m mark --mark 1 --sport domain -j DOCKER
[2:221] -A OUTPUT -j NFLOG --nflog-group 4
-A PREROUTING -d fd00:a:b:: -p sctp -m statistic --mode nth --every 10 --packet 1 -j NFLOG --nflog-group 1 --nflog-prefix p
-A OUTPUT -p ipv6-icmp -m addrtype --dst-type BROADCAST -m state --state ESTABLISHED,RELATED -j LOG --log-prefix "IN: " --log-level 4
COMMIT
EOF
ip6tables -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t security -A NOPE ! -i eth0 -p 47 -m state --state ESTABLISHED,RELATED -m addrtype --src-type LOCAL -j DROP
iptables -A INPUT -p tcp -j LOG --log-level info
iptables -t nat -A POSTROUTING ! -o eth1 -m iprange --dst-range 10.0.0.1-10.0.0.162 -j MARK --and-mark 0xff
iptables -t raw -L -n
iptables -X
iptables -R FORWARD 3 ! -d 10.17.112.217/24 ! -i eth0 -m pkttype --pkt-type unicast -m connmark --mark 5/0xff -j RETURN
iptables -t raw -A OUTPUT -p tcp -m comment --comment docker
iptables -t nat -X
iptables -t nat -P PREROUTING RETURN
iptables -t filter -A INPUT -d 192.123.54.6/8 -i veth+
iptables -t nat -A POSTROUTING -p icmp -j MASQUERADE
iptables -D FORWARD -d 198.25.34.245 -m connmark --mark 0x1 -m comment --comment x_y-z -j LOG
ip6tables -t filter -A FORWARD -s fd00:: -p ipv6-icmp --icmpv6-type echo-request -j KUBE-SERVICES-2
ip6tables -t raw -A DOCKER -p 47 -j NOTRACK
ip6tables -L
ip6tables -R FORWARD 2 -d ::1/48 -p udp -j RETURN
ip6tables -t security -A FORWARD -s fd00:: -m addrtype --dst-type BROADCAST -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t mangle -A INPUT -d fe80::1 -m length --length 100:200 -j ACCEPT
ip6tables -t security -D OUTPUT -p tcp -m comment --comment x_y-z
ip6tables -t mangle -N LOGDROP
ip6tables -t nat -I INPUT -m statistic --mode random --probability 0.5 -m limit --limit 100/day -j CONNMARK --set-mark 0x2
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 32 (conformance/generators/iptables.ts)
iptables -t security -F
iptables -t security -A OUTPUT -o docker0 -p sctp -m conntrack --ctstate RELATED,ESTABLISHED -m iprange --dst-range 10.0.0.1-10.0.0.131 -j DROP
iptables -t filter -R FORWARD 3 -s 198.48.15.96 -p udp -m ttl --ttl-gt 54 -m physdev --physdev-in veth0 -j REJECT --reject-with icmp-host-prohibited
ip6tables -t nat -N KUBE-SEP-XYZ
ip6tables -t raw -Z
ip6tables -t nat -A PREROUTING -d ::1/32 ! -i lo -p tcp -m hl --hl-gt 3 -j KUBE-SEP-XYZ
ip6tables -t nat -A PREROUTING -i lo -p tcp -g KUBE-SEP-XYZ
ip6tables-restore --noflush -c <<'EOF'
*mangle
:RCHAIN - [0:0]
[2:333] -A PREROUTING -s ::1/32 -m mac --mac-source 02:00:00:00:00:22 -j MARK --set-mark 0x1
COMMIT
EOF
ip6tables -t security -F
ip6tables -t filter -F
ip6tables -A INPUT -d fd00:a:b:: -p udp -m length --length 1500 -j MARK --set-xmark 0x4000/0x4000
ip6tables -L INPUT
iptables -t filter -D INPUT -p 47 -m addrtype --src-type LOCAL -j MARK --set-xmark 0x4000/0x4000
iptables -t mangle -R FORWARD 3 -p tcp -j TTL --ttl-inc 2
iptables -t mangle -P POSTROUTING DROP
iptables -t filter -P OUTPUT DROP
ip6tables-save -t mangle
ip6tables -t raw -N KUBE-SEP-XYZ
ip6tables -A OUTPUT -s 2001:db8:1::1/128 -p all -j TRACE
ip6tables -F
ip6tables -t mangle -I FORWARD 4 ! -d fe80::1 -o docker0 -m limit --limit 10/second --limit-burst 1 -j RCHAIN
ip6tables-save -t filter
ip6tables -A OUTPUT -p 47 -m pkttype ! --pkt-type unicast -m statistic --mode nth --every 3 --packet 1 -j DROP
ip6tables -t mangle -L -n
ip6tables -L
ip6tables -F
ip6tables -t mangle -I POSTROUTING 2 -d 2001:db8:: -p 47 -m owner ! --uid-owner 100-200 -j NFLOG --nflog-group 0
ip6tables -t security -A INPUT -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode random --probability 1 -j ACCEPT
ip6tables -t raw -I PREROUTING 3 -s 2001:db8:1::1/32 -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode random --probability 0.5 -j DROP
iptables -t raw -N KUBE-SVC-ABC
iptables-save -c
iptables -t nat -A INPUT -p tcp -m ttl --ttl-lt 140 -j MARK --set-xmark 0x4000/0x4000
iptables -P FORWARD RETURN
iptables -t raw -A KUBE-SVC-ABC -d 198.3.98.228/0 -o docker0 -m addrtype --dst-type LOCAL -m ttl --ttl-gt 139 -j LOG --log-prefix "drop"
ip6tables -t filter -R OUTPUT 1 -s fd00::/16 -d 2001:db8:1::1/48 -o eth1 -m state --state INVALID -j NFLOG --nflog-group 2
ip6tables -D INPUT -p ipv6-icmp -m addrtype --src-type LOCAL -j RETURN
ip6tables -t security -L -n -v
ip6tables -t security -A FORWARD ! -s fe80::1/127 ! -i veth+ -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
iptables -t filter -I OUTPUT -p tcp ! --syn -j NFLOG --nflog-group 1
iptables -t filter -D FORWARD ! -i veth+ -p tcp -m limit --limit 100/day -j DROP
iptables -t nat -R INPUT 2 -i veth+ -m iprange ! --dst-range 10.0.0.1-10.0.0.195
iptables -D FORWARD 3
iptables -I FORWARD -s 127.127.213.69 -p 47 -j DROP
iptables -t security -L INPUT -n -v --line-numbers
iptables -t filter -A INPUT ! -s 198.3.125.251/30 -p icmp -m mac --mac-source 02:00:00:00:00:45 -m mac --mac-source 02:00:00:00:00:79 -j ACCEPT
iptables-restore <<'EOF'
*filter
:INPUT DROP [8:599]
:RCHAIN - [0:0]
[1:254] -A RCHAIN -s 172.238.100.139 -o cni0 -p tcp -j RCHAIN
-A OUTPUT -m pkttype --pkt-type multicast -j LOG --log-prefix "drop"
-A RCHAIN -d 192.244.22.74 -o docker0 -p sctp -m ttl --ttl-eq 193 -j RCHAIN
COMMIT
EOF
ip6tables -X
ip6tables -L
ip6tables -t mangle -N KUBE-SERVICES
ip6tables -A INPUT -p 47 -m physdev ! --physdev-is-in -m connmark --mark 0x1 -j RETURN
ip6tables -t nat -A PREROUTING -s fd00:a:b::/16 -m pkttype --pkt-type unicast -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
iptables -t raw -E KUBE-SVC-ABC KUBE-SVC-ABC-2
iptables -A OUTPUT -s 127.222.0.253/24 -d 192.124.131.68 -m comment --comment x_y-z -m addrtype --src-type UNICAST -j REJECT
ip6tables -L FORWARD
ip6tables -t security -N KUBE-SEP-XYZ
ip6tables -F
iptables -t filter -L -v
ip6tables -t filter -N DOCKER-USER
ip6tables -N KUBE-SEP-XYZ
ip6tables -P FORWARD RETURN
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 144 (conformance/generators/iptables.ts)
iptables-save -c
iptables -t mangle -N KUBE-SEP-XYZ
iptables -A OUTPUT -c 779 72898 ! -d 198.203.148.94/32 -p tcp -m statistic --mode random --probability 0.5 -m limit --limit 5/min --limit-burst 20
iptables -v -F
iptables -t filter -A OUTPUT -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t nat -Z
iptables-save -c -t filter
iptables -v -F
iptables -A INPUT -i lo -p udp -m physdev --physdev-is-bridged -m statistic --mode nth --every 3 --packet 0 -j TRACE
iptables -t filter -C INPUT ! -d 10.189.65.172 -i eth0 -p udp -m physdev --physdev-is-bridged
iptables -A INPUT -i lo -p sctp -m mac ! --mac-source 02:00:00:00:00:55 -j TRACE
iptables -t raw -v -I PREROUTING 3 -i lo -m ttl --ttl-eq 113 -m connmark ! --mark 0x1
iptables -C FORWARD -i veth+ -p sctp -j CONNMARK --restore-mark
iptables -R OUTPUT 3 -p tcp -j CONNMARK --restore-mark --mask 0xff
ip6tables -I OUTPUT 1 ! -d fe80::1/127 -p ipv6-icmp -m comment --comment docker -j REJECT --reject-with tcp-reset
ip6tables -t raw -L OUTPUT 1 -n -v
ip6tables -L -n
ip6tables -w 1 --append FORWARD -d fd00::/127 -p tcp -j TRACE
ip6tables-save
ip6tables-save -c
ip6tables -t raw -A OUTPUT ! -s fd00::/48 -p sctp -j ACCEPT
ip6tables -t filter -A OUTPUT -o eth+ -m addrtype --src-type LOCAL
ip6tables -t raw -A OUTPUT -p udp -m limit --limit 10/second --limit-burst 5 -j RETURN
ip6tables -t mangle -Z PREROUTING 3
iptables -t filter -S
iptables -t security -X INPUT
iptables -t security -v -A INPUT ! -i veth+ -p udp -m statistic --mode nth --every 2 --packet 0 -j TRACE
iptables -A FORWARD -i lo -p icmp -m mark --mark 0x10/0xf0 -m limit --limit 100/day --limit-burst 20 -j RETURN
ip6tables -t nat -A OUTPUT -d fd00:a:b::/16 -p 47 -m state --state INVALID -m connmark --mark 0x1 -j CONNMARK --save-mark
ip6tables -A FORWARD -o docker0 -p ipv6-icmp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -t filter -S -v
iptables-save -c
ip6tables -X FORWARD
ip6tables -t nat -D POSTROUTING 3
ip6tables -t security -N DOCKER-USER
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p tcp -j ACCEPT
-A INPUT -p ipv6-icmp -m connmark --mark 5/0xff -m statistic --mode random --probability 0.5 -j KUBE-SERVICES
-A INPUT -d ::1/64 -p all -m hl --hl-gt 18 -m limit --limit 100/day -j KUBE-SERVICES
[0:254] -A OUTPUT -d fe80::1/48 -p all -m addrtype --src-type LOCAL -m length --length 100:200 -j TRACE
COMMIT
EOF
iptables -t raw -S OUTPUT
ip6tables -t security -Z OUTPUT 1
ip6tables -t nat -I PREROUTING 3 -s fd00:a:b::/128 -i lo -p ipv6-icmp
ip6tables -t filter -A KUBE-SERVICES -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -N DOCKER-USER
ip6tables -A OUTPUT -p tcp -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t mangle -A POSTROUTING -p ipv6-icmp -m statistic --mode nth --every 3 --packet 1 --icmpv6-type neighbour-solicitation -j TRACE
ip6tables -t raw -F
ip6tables -t filter -Z KUBE-SERVICES
ip6tables -t security -D INPUT -p sctp -m hl --hl-gt 160 -m statistic --mode nth --every 10 --packet 0 -j LOG --log-prefix "IN: "
ip6tables -t raw -w 1 --append OUTPUT -p 47 -j CONNMARK --set-mark 0x2
ip6tables -t mangle -A FORWARD -p sctp -m pkttype --pkt-type multicast -m conntrack --ctstate INVALID -j TRACE
ip6tables -D KUBE-SERVICES 2
iptables -t mangle -A FORWARD -s 192.103.84.218 -p sctp -m connmark --mark 5/0xff -g KUBE-SEP-XYZ
iptables -t mangle -A POSTROUTING -s 10.119.96.124/8 -j ACCEPT
iptables -L INPUT -n -v --line-numbers
iptables -t security -I INPUT 2 -p icmp -m pkttype ! --pkt-type broadcast -m addrtype --src-type UNICAST -j DROP
iptables -t security -Z FORWARD 3
iptables -I OUTPUT -s 10.176.88.244/0 -m ttl --ttl-gt 248 -m mark --mark 0x4000/0x4000 -j TRACE
iptables -t filter -Z INPUT
iptables -P OUTPUT DROP
iptables -t nat -L PREROUTING 2 -n -v
iptables -t filter -S -v
iptables -A FORWARD -p udp -m udp --dport 1024 -m mark --mark 0xffffffff -j ACCEPT
ip6tables -t security -A OUTPUT -c 60 42004 -d 2001:db8::/48 -m length --length 100:200 -m conntrack --ctstate UNTRACKED -j DROP
iptables -v -A FORWARD -o eth1 -p tcp -j LOG --log-prefix "IN: " --log-level debug
iptables -t mangle -A FORWARD -s 127.3.45.158 -i lo -p icmp -j MARK --or-mark 0x8
iptables -A OUTPUT -p tcp -m ttl --ttl-gt 203 -m length --length 1500 -j CONNMARK --restore-mark
iptables -R OUTPUT 3 -j LOG
iptables -t mangle -N LOGDROP
iptables -I INPUT -m state ! --state NEW -j MARK --set-mark 0x1
ip6tables -R KUBE-SERVICES 1 -m length --length 0:64 -m pkttype --pkt-type unicast -j DOCKER-USER
ip6tables -t raw -A PREROUTING -m mac --mac-source 02:00:00:00:00:30
ip6tables -t nat -N KUBE-SVC-ABC
iptables-save
ip6tables-save

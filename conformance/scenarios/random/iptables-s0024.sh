# Random iptables/ip6tables rule set, seed 24 (conformance/generators/iptables.ts)
ip6tables -t mangle -P FOO DROP
ip6tables -I FORWARD ! -i docker0 -j MARK --and-mark 0xff
ip6tables -t filter -Z OUTPUT
ip6tables -t security -A FORWARD -p all -m physdev --physdev-out eth+ -j LOG
ip6tables -F
ip6tables -t filter -N DOCKER
ip6tables -t filter -R FORWARD 3 -p tcp -m addrtype --src-type UNICAST -m pkttype --pkt-type broadcast
ip6tables -L
ip6tables -t nat -A INPUT -p sctp -m pkttype --pkt-type unicast -m conntrack --ctstate UNTRACKED -j LOG --log-prefix "x y"
ip6tables -t nat -A POSTROUTING -s 2001:db8:1::1/128 -d ::1/16 -p ipv6-icmp -m hl --hl-lt 14 -j NFLOG --nflog-group 2
iptables -t nat -C PREROUTING -s 127.239.43.51 -d 127.99.201.34/16 ! -i lo -p udp -j ACCEPT
iptables -t security -A OUTPUT -p tcp -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -A FORWARD -p icmp -j RETURN
ip6tables -t mangle -I FORWARD 4 -i br0 -p tcp -j DROP
ip6tables -t raw -R OUTPUT 1 -o eth+ -m state --state INVALID -j LOG --log-prefix "x y"
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:673]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p tcp -m hl --hl-lt 163 -m connmark --mark 0x1 -g DOCKER
COMMIT
EOF
ip6tables -t nat -L -v
ip6tables -t filter -D FORWARD -s ::1/48 -p sctp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j HL --hl-dec 1
ip6tables -t filter -P FOO RETURN
ip6tables-save
ip6tables -t nat -R INPUT 1 -p tcp -m physdev --physdev-is-bridged -j DROP
ip6tables -I DOCKER 3 -p 47 -j RETURN
iptables -t nat -A POSTROUTING -s 192.120.231.220/0 -d 198.41.83.82 -o eth1 -p tcp -j LOG --log-prefix "drop"
iptables -t mangle -A OUTPUT -p 47 -j TRACE
ip6tables -t mangle -N KUBE-SERVICES
ip6tables -A INPUT -s 2001:db8:1::1 -d 2001:db8::/128 -p sctp -j TRACE
iptables -Z
iptables -N DOCKER
iptables -A OUTPUT -p all -m mark --mark 1 -m limit --limit 100/day -j NFLOG --nflog-group 0
iptables -Z
iptables-restore <<'EOF'
*mangle
:DOCKER - [0:0]
[1:373] -A DOCKER -p 47 -j LOG --log-prefix "drop"
-A INPUT -d 172.62.51.164 -p tcp -j DOCKER
COMMIT
EOF
iptables -A OUTPUT -d 192.143.22.244/0 -p all -m statistic --mode random --probability 0.25000000000 -m mark ! --mark 0x4000/0x4000 -j ACCEPT
iptables -D NOPE 4
iptables -A OUTPUT -p sctp -m pkttype --pkt-type multicast
ip6tables -t nat -A INPUT -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 --sport 443 -j ACCEPT
ip6tables -t mangle -D POSTROUTING 1
ip6tables -C OUTPUT ! -o cni0 -p 47 -m pkttype --pkt-type unicast -j LOG
iptables -F
iptables -t filter -L -n
iptables -A OUTPUT -o cni0 -m statistic --mode random --probability 0.25000000000 -m connmark --mark 0x1 -j DOCKER
ip6tables -t nat -D NOPE 2
ip6tables -C DOCKER -i eth0 -j DOCKER
iptables -t security -A FORWARD ! -i lo -j LOG --log-prefix "x y" --log-level 4
ip6tables -t security -A OUTPUT -s ::1/128 -o cni0 -p tcp -m limit --limit 1/hour --limit-burst 1 -j REDIRECT
ip6tables -t security -R OUTPUT 2 -s 2001:db8:1::1 -p all -m connmark --mark 5/0xff -m connmark --mark 5/0xff -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -A KUBE-SERVICES ! -s 2001:db8:1::1 ! -p tcp -m state --state ESTABLISHED,RELATED -j RETURN
iptables -t security -D FORWARD 1
iptables -t filter -A FORWARD -o eth+ -p tcp -m connmark --mark 0x1 -j RETURN
ip6tables -t raw -L -n
ip6tables -L -x -v -n
ip6tables-save
ip6tables -t mangle -N KUBE-SEP-XYZ
ip6tables -t raw -A NOPE -s 2001:db8:: ! -d fd00:a:b::/48 -j NFLOG --nflog-group 1
ip6tables -t nat -A NOPE -s 2001:db8:1::1/32 -d 2001:db8::/32 -o docker0 -p tcp --tcp-flags ALL ALL -j MARK --set-mark 0x1
ip6tables -t security -F
ip6tables -N KUBE-SERVICES
iptables -t mangle -X DOCKER
iptables -t raw -A PREROUTING -i br0 -p icmp -m pkttype ! --pkt-type broadcast -j MARK --set-mark 5/0xff
iptables -t security -A NOPE -o cni0 -j RETURN
iptables -t raw -Z
iptables-save
ip6tables-save

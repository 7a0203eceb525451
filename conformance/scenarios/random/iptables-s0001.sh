# Random iptables/ip6tables rule set, seed 1 (conformance/generators/iptables.ts)
iptables -t raw -F
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [0:826]
:RCHAIN - [0:0]
-A RCHAIN ! -s fd00::/127 -o docker0 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j MARK --set-mark 5/0xff
[1:47] -A OUTPUT -d fd00::/16 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -g RCHAIN
-A INPUT -s fd00:: ! -d 2001:db8:: -i br0 -p ipv6-icmp -m comment --comment "kubernetes service portals" -j RCHAIN
COMMIT
EOF
ip6tables -P FOO ACCEPT
ip6tables -t filter -A INPUT -d 2001:db8::/127 -i eth0 -p all -m mac ! --mac-source 02:00:00:00:00:18 -m statistic --mode random --probability 1 -j LOG --log-prefix "IN: "
ip6tables -A FORWARD ! -s fd00::/48 -m limit --limit 100/day -m addrtype --dst-type LOCAL -j MARK --and-mark 0xff
ip6tables -D FORWARD ! -i lo -p udp -m comment --comment x_y-z -j NFLOG --nflog-group 4
ip6tables -t mangle -S PREROUTING
ip6tables -A RCHAIN ! -d fd00:a:b::/32 -p ipv6-icmp -m connmark --mark 5/0xff -m length --length 1500 -g RCHAIN
iptables-save
iptables -t filter -D NOPE 1
iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [4:106]
:RCHAIN - [0:0]
-A RCHAIN -i veth+ -p tcp -m ttl --ttl-gt 213 --tcp-flags SYN,RST SYN -j MARK --set-xmark 0x4000/0x4000
-A PREROUTING -p tcp -m pkttype ! --pkt-type broadcast -j LOG
-A OUTPUT -s 10.193.224.80/0 -p tcp -j RCHAIN
COMMIT
EOF
ip6tables -t security -L
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [3:982]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p ipv6-icmp -m physdev --physdev-out eth+ -m addrtype --dst-type UNICAST -j DSCP --set-dscp 10
-A KUBE-SERVICES -s ::1/48 -i docker0 -p tcp -m comment --comment x_y-z -j NFLOG --nflog-group 0 --nflog-prefix p
COMMIT
EOF
ip6tables-save
ip6tables -t filter -I RCHAIN 2 ! -s 2001:db8:1::1/127 -d fd00:a:b::/64 -i br0 -j ACCEPT
ip6tables -t raw -D PREROUTING -d fd00::/48 -i veth+ -p 47 -j ACCEPT
ip6tables -N KUBE-SVC-ABC
iptables-save -t mangle -c
iptables -A INPUT -d 10.136.85.62 -i veth+ -p tcp --syn -m statistic --mode random --probability 0.25000000000 -j NFLOG --nflog-group 3
iptables -t filter -I INPUT -p tcp -j ACCEPT
ip6tables -t mangle -D POSTROUTING 1
ip6tables -N DOCKER-USER
ip6tables -t security -F
ip6tables -D RCHAIN -i eth0 -p tcp -j TRACE
ip6tables-restore -c <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[1:324] -A KUBE-SERVICES -d fd00:: -i br0 -o eth1 -p tcp -m tcp --dport 0 -m physdev ! --physdev-is-in -j ACCEPT
-A FORWARD -s fd00:a:b:: -o eth+ -m statistic --mode nth --every 10 --packet 1 -m physdev --physdev-is-bridged -j LOG --log-prefix "IN: " --log-level debug
-A INPUT -m addrtype --dst-type UNICAST -m mac --mac-source 02:00:00:00:00:37 -j REJECT --reject-with tcp-reset
COMMIT
EOF
ip6tables -A FORWARD -s fe80::1 ! -i docker0 -p tcp -j KUBE-SERVICES
ip6tables-save
ip6tables-save
iptables -L -n
iptables -I FORWARD 4 -m statistic --mode nth --every 2 --packet 1 -m state --state INVALID -j DROP
iptables -t filter -A OUTPUT -p all -m addrtype --dst-type BROADCAST -m length --length 100:200 -j REJECT --reject-with icmp-admin-prohibited
iptables -t filter -A OUTPUT -d 172.59.201.40 ! -o eth+ -m addrtype --dst-type UNICAST -j REJECT --reject-with icmp-net-unreachable
iptables -t filter -F
iptables -t nat -A OUTPUT -s 10.245.177.92/16 -p tcp -m limit --limit 10/second --limit-burst 1 -j REDIRECT
iptables-save
iptables -A INPUT ! -d 192.92.151.178 -i lo -p sctp -m limit --limit 3/s --limit-burst 5 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -A OUTPUT -d 172.230.46.1 -o docker0 -p tcp -m addrtype --src-type LOCAL -m connmark --mark 0x1 -j MARK --and-mark 0xff
iptables -t filter -L -x -v -n
iptables -t nat -S -v
iptables-save -c
iptables -A FORWARD -d 10.215.205.149/24 -j MARK --set-mark 0x1
ip6tables -t filter -A NOPE -s 2001:db8:1::1 -d fd00:a:b:: -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
ip6tables -t filter -I FORWARD -o eth1 -p 47 -j RETURN
iptables -t raw -A RCHAIN -d 192.52.254.237/16 -p icmp -m mark --mark 1 -j MARK --set-mark 0x1
iptables -t nat -A NOPE -d 198.67.35.203 -p sctp
ip6tables -t raw -N MYCHAIN
ip6tables-save -c
iptables -I OUTPUT -o docker0 -m iprange --dst-range 10.0.0.1-10.0.0.54 -m mark --mark 0x10/0xf0 -j REJECT --reject-with icmp-host-prohibited
iptables -A NOPE -p sctp -m limit --limit 5/min -j ACCEPT
iptables -X
iptables -L -n --line-numbers
iptables-save
iptables -t mangle -F
ip6tables -t security -A INPUT -d 2001:db8::/64 -p all -m pkttype --pkt-type unicast -m conntrack ! --ctstate INVALID -j LOG --log-level crit
ip6tables -t raw -A OUTPUT -m physdev ! --physdev-is-in -m statistic --mode random --probability 1 -j DROP
iptables-restore <<'EOF'
*raw
:RCHAIN - [0:0]
-A RCHAIN -d 198.88.158.92 -p sctp -m mark --mark 0xffffffff -m conntrack --ctstate RELATED,ESTABLISHED -j RCHAIN
-A RCHAIN -s 127.1.132.173/16 -p tcp -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 0
-A PREROUTING -p tcp -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
iptables -t mangle -I OUTPUT 3
iptables -t filter -A INPUT -i br0 -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j RETURN
iptables -t filter -A OUTPUT -o cni0 -p tcp --sport 3000 -m statistic --mode nth --every 10 --packet 0 -j REDIRECT
iptables -t security -L -v
iptables-save
ip6tables-save

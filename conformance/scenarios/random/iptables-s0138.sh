# Random iptables/ip6tables rule set, seed 138 (conformance/generators/iptables.ts)
ip6tables-restore --noflush <<'EOF'
*security
:RCHAIN - [0:0]
-A OUTPUT -s 2001:db8:1::1 -d fd00:a:b:: -p all
COMMIT
EOF
ip6tables -v -F OUTPUT
iptables -t filter -A INPUT -p all -j TRACE
iptables -t filter -P FORWARD ACCEPT
iptables -X
iptables -t filter -A FORWARD -d 192.248.232.87 ! -i eth0 -p tcp -j DROP
iptables -t nat -F
iptables -t filter -A FORWARD -d 127.72.35.8 -o eth1 -p all -j DROP
iptables-save
iptables -t security -D INPUT ! -d 198.150.139.112 -i docker0 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.149 -j TRACE
iptables -t mangle -v -X
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [0:639]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -o eth1 -p tcp -j ACCEPT
-A FORWARD -p udp ! --sport 443 -m statistic --mode nth --every 3 --packet 0 -j REJECT
COMMIT
EOF
iptables -t raw -P PREROUTING ACCEPT
iptables -t security -L OUTPUT -n -v --line-numbers
iptables -X
iptables -t mangle -Z
iptables -A INPUT ! -s 172.217.252.21/24 -p icmp -j LOG --log-prefix "x y" --log-level info
iptables -t raw -A PREROUTING -p tcp -j CONNMARK --save-mark
iptables -t nat -N MYCHAIN
iptables -t nat -v -I OUTPUT 1 -j DROP
iptables -t security -D INPUT -s 172.24.82.195 -d 172.40.210.47/0 -p all -m statistic --mode nth --every 2 --packet 0 -j ACCEPT
ip6tables -t raw -Z OUTPUT 1
ip6tables -t nat -A INPUT -s ::1 -p 47 -m statistic --mode random --probability 0.33333333349 -m conntrack --ctstate UNTRACKED -j ACCEPT
ip6tables -t security -N KUBE-SERVICES
ip6tables -R INPUT 2 -p 47 -m addrtype --src-type UNICAST -j DROP
ip6tables -t filter -A INPUT -p ipv6-icmp -m hl --hl-gt 156 -m addrtype --src-type UNICAST -j ACCEPT
ip6tables -t filter -Z INPUT
ip6tables -t security -A FORWARD -i lo -p sctp -m limit --limit 10/second -j RCHAIN
ip6tables -t raw -A PREROUTING -i br0 -j RETURN
ip6tables -t filter -F
ip6tables -t mangle -N LOGDROP
ip6tables -v -A OUTPUT -p 47 -j MARK --set-mark 0x1
ip6tables -A NOPE ! -o eth+ -p tcp -m hl --hl-lt 54 -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -t security -A INPUT -d 198.84.215.59/16 -i br0 -m mark --mark 0x10/0xf0 -j LOG --log-prefix "IN: " --log-level 7
iptables -D FORWARD 4
iptables -L OUTPUT 1 -n -v
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:565]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d 198.87.93.183/32 -p icmp -m addrtype --src-type LOCAL -m addrtype ! --dst-type LOCAL -j TRACE
[0:147] -A KUBE-SERVICES -p tcp -m connmark --mark 0x1 -m comment --comment "kubernetes service portals" -j REJECT --reject-with icmp-port-unreachable
[3:400] -A OUTPUT -s 127.52.88.57 -p sctp -j MARK --or-mark 0x8
COMMIT
EOF
iptables -t nat -S POSTROUTING 3
iptables -t mangle -v -I NOPE 2 -p sctp -m mac ! --mac-source 02:00:00:00:00:73 -j DSCP --set-dscp 0x2e
iptables -t raw -Z OUTPUT
iptables -t mangle -A POSTROUTING -s 198.197.244.65/32 -d 127.224.50.115 -p tcp --tcp-flags SYN,RST SYN --syn -j TTL --ttl-dec 1
iptables -t nat -A OUTPUT -o eth1 -p icmp -m state --state INVALID -m pkttype --pkt-type unicast -j DNAT --to-destination 172.17.0.2
iptables -A OUTPUT -c 556 93491 ! -o eth+ -p all -m state ! --state NEW -j KUBE-SERVICES
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:199]
:DOCKER - [0:0]
-A OUTPUT -s 192.187.158.200 -m iprange --dst-range 10.0.0.1-10.0.0.76 -m iprange ! --dst-range 10.0.0.1-10.0.0.99 -j KUBE-SERVICES
COMMIT
EOF
iptables -t security -N LOGDROP
iptables -t security -A OUTPUT -m statistic --mode nth --every 10 --packet 0 -j LOG --log-level 7
iptables -t nat -A PREROUTING -p 47 -m physdev ! --physdev-is-in -j MARK --or-mark 0x8
iptables -v -X DOCKER
ip6tables -t filter -L -v
ip6tables -t mangle -w 1 --append LOGDROP -p tcp -m pkttype --pkt-type unicast -g LOGDROP
ip6tables -t raw -v -X
ip6tables -t raw -L PREROUTING 2 -n -v
ip6tables -t raw -S OUTPUT 2
ip6tables -t raw -I PREROUTING -p tcp -m limit --limit 10/second --limit-burst 20 -j NOTRACK
iptables -t security -R NOPE 2 -s 192.242.248.17/12 -m addrtype --dst-type MULTICAST -j MARK --set-mark 5/0xff
iptables -t filter -D OUTPUT 1
iptables -A INPUT ! -s 172.164.176.84/16 -p sctp
iptables -t mangle -L FORWARD 2 -n -v
ip6tables -A FORWARD -i veth+ -p 47 -j ACCEPT
ip6tables -t raw -R PREROUTING 2 -s fd00:a:b:: ! -d fd00:a:b::/48 -i br0 -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -m mark --mark 0x10/0xf0
ip6tables -t nat -F
ip6tables -A FORWARD -s ::1/48 ! -i docker0 -p all -m length --length 100:200 -j DSCP --set-dscp 10
ip6tables -t security -S RCHAIN 3
ip6tables -S FORWARD 1
ip6tables -t filter -I INPUT 2 -d fd00:a:b::/64 -i lo -j REJECT
ip6tables -A OUTPUT -j CONNMARK --restore-mark
ip6tables -Z INPUT
ip6tables -A FORWARD -o eth+ -p 47 -m mark ! --mark 0x4000/0x4000 -m conntrack --ctstate UNTRACKED -j ACCEPT
ip6tables -t security -nvL
ip6tables-restore <<'EOF'
*security
:INPUT DROP [2:894]
:DOCKER - [0:0]
-A FORWARD -o eth1 -p tcp -m addrtype --src-type UNICAST -m iprange --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 4 --nflog-prefix p
-A INPUT -j DOCKER
COMMIT
EOF
iptables-save
ip6tables-save

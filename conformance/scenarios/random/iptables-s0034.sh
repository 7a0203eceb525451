# Random iptables/ip6tables rule set, seed 34 (conformance/generators/iptables.ts)
iptables -t mangle -A PREROUTING -s 198.125.89.151 -p tcp -j TRACE
iptables -t nat -P PREROUTING ACCEPT
iptables -t mangle -L
iptables -t raw -Z OUTPUT
iptables -t security -D FORWARD ! -s 198.209.99.116 -i br0 -o docker0
ip6tables -t filter -A FORWARD -m connmark ! --mark 0x1 -m length ! --length 0:64 -j RETURN
ip6tables -A OUTPUT -p tcp -m hl --hl-gt 198 -m pkttype --pkt-type unicast -j CONNMARK --save-mark
ip6tables -t nat -P POSTROUTING ACCEPT
ip6tables -t filter -N LOGDROP
ip6tables -t filter -D LOGDROP -s fd00:a:b::/32 -d 2001:db8:1::1 -i eth0 -p udp -m addrtype --src-type UNICAST -j CONNMARK --restore-mark
ip6tables -S
ip6tables -A FORWARD -s fd00:a:b:: -p all -m conntrack --ctstate INVALID -j RETURN
ip6tables -A INPUT ! -s 2001:db8::/128 ! -d fe80::1/64 -p 47 -m limit --limit 5/min -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j TRACE
iptables -t filter -A FORWARD ! -d 192.83.152.213 -j LOG
iptables -t raw -A OUTPUT -p all -m mark --mark 1 -j ACCEPT
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [7:398]
:RCHAIN - [0:0]
-A INPUT -d 127.54.52.139/32 -p all -m connmark --mark 0x1 -j TTL --ttl-inc 2
-A PREROUTING -i lo -m ttl --ttl-lt 57
[2:167] -A PREROUTING -p tcp -m statistic --mode nth --every 3 --packet 0 -j MARK --set-mark 0x1
-A RCHAIN -s 127.169.168.238/8 -m statistic --mode random --probability 0.33333333349 -j RCHAIN
COMMIT
EOF
iptables -t nat -I OUTPUT -m limit --limit 10/second -j MARK --set-mark 5/0xff
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [2:566]
:KUBE-SERVICES - [0:0]
-A INPUT -m pkttype --pkt-type unicast -j KUBE-SERVICES
-A FORWARD -d 127.26.218.177/30 -p tcp
COMMIT
EOF
iptables -t mangle -D POSTROUTING -p icmp -m iprange ! --dst-range 10.0.0.1-10.0.0.75 -m addrtype ! --dst-type BROADCAST -j ACCEPT
iptables -t raw -N f2b-sshd
iptables -I FORWARD 3 -s 198.5.150.184/16 -p 47 -j ACCEPT
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:438]
:RCHAIN - [0:0]
-A FORWARD -p udp -m mark --mark 0xffffffff -m pkttype --pkt-type broadcast -g LOGDROP
[3:118] -A INPUT -s fd00:a:b::/16 -d ::1 -p sctp -m comment --comment "kubernetes service portals" -m iprange --src-range 2001:db8::1-2001:db8::9
COMMIT
EOF
ip6tables -t raw -X
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:637]
:DOCKER - [0:0]
[4:316] -A OUTPUT -d 192.123.223.43/24 -p icmp -m iprange ! --dst-range 10.0.0.1-10.0.0.139 -m state --state INVALID -j ACCEPT
-A FORWARD ! -s 172.169.207.183 -p tcp
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [7:782]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p sctp -j MARK --set-mark 5/0xff
COMMIT
EOF
ip6tables -t nat -F
ip6tables -t filter -P FORWARD ACCEPT
ip6tables -C KUBE-SERVICES -p ipv6-icmp -j CONNMARK --set-mark 0x2
ip6tables-save -t filter
ip6tables -A KUBE-SERVICES -s fd00::/32 -d 2001:db8::/32 -p all -j ACCEPT
ip6tables -L -n -v
ip6tables -t security -A OUTPUT -p 47 -m hl --hl-gt 81 -j NFLOG --nflog-group 3
ip6tables -t nat -L -n
ip6tables -D OUTPUT 2
ip6tables -t raw -A OUTPUT -d 2001:db8:1::1 -o eth+ -p tcp -j RETURN
ip6tables -t filter -A FORWARD -m statistic --mode random --probability 0.25000000000 -m addrtype --src-type UNICAST -j TRACE
ip6tables -A INPUT -s fd00:a:b:: -p tcp -m addrtype --src-type LOCAL -m addrtype --src-type LOCAL -j TRACE
iptables -C OUTPUT -s 192.151.63.83/8 -p udp -m iprange --dst-range 10.0.0.1-10.0.0.44 -j DOCKER
ip6tables -t nat -F
iptables -t nat -A POSTROUTING -p sctp -m statistic --mode random --probability 1 -m addrtype --dst-type MULTICAST -j MASQUERADE
iptables -A FORWARD -i docker0 -p tcp -m connmark --mark 0x1 -j ACCEPT
iptables -t filter -A FORWARD -i eth0 -p udp -j MARK --xor-mark 0x3
ip6tables -t raw -A PREROUTING -i eth0 -p ipv6-icmp -m conntrack ! --ctstate UNTRACKED -m connmark --mark 5/0xff -j CONNMARK --restore-mark
ip6tables -A FORWARD -p tcp -m physdev --physdev-out eth+ -m pkttype --pkt-type broadcast -j DROP
ip6tables -t mangle -I POSTROUTING 4 ! -s fd00::/48 -m mac --mac-source 02:00:00:00:00:89 -j DROP
iptables -A FORWARD -s 192.88.205.147 -d 127.5.128.51/32 -p icmp -m ttl --ttl-gt 47 -m physdev --physdev-is-bridged -g DOCKER
iptables-restore <<'EOF'
*security
:DOCKER - [0:0]
-A DOCKER -s 192.242.195.116 -p tcp -m iprange ! --dst-range 10.0.0.1-10.0.0.167 -m iprange --dst-range 10.0.0.1-10.0.0.44 -j NFLOG --nflog-group 1
-A DOCKER -o cni0 -p tcp -m physdev --physdev-out eth+ -m tcp --dport 65535:1000 -j DROP
COMMIT
EOF
iptables-restore -c <<'EOF'
*security
:INPUT DROP [0:161]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p all -m comment --comment x_y-z -j LOG --log-prefix "drop"
[4:230] -A INPUT -s 192.227.177.134 -p tcp -m limit --limit 1/hour -m limit --limit 10/second --limit-burst 1 -g KUBE-SERVICES
COMMIT
EOF
iptables -t nat -R POSTROUTING 2 -d 127.236.145.101 -m statistic --mode random --probability 0.25000000000 -m ttl --ttl-gt 223 -j SNAT --to-source 172.17.0.2 --random-fully
ip6tables -t nat -R POSTROUTING 3 -o cni0 -p sctp -m pkttype --pkt-type multicast -j SNAT --to-source 2001:db8::1 --random-fully
ip6tables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t mangle -N DOCKER
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:490]
:DOCKER - [0:0]
[3:396] -A FORWARD -i veth+ -p tcp -m tcp --dport 8080 -j KUBE-SERVICES-2
-A DOCKER -o eth1 -p sctp -g KUBE-SERVICES-2
-A FORWARD -s fd00:a:b:: -p udp -m addrtype --src-type UNICAST -g KUBE-SERVICES-2
[2:115] -A OUTPUT ! -d fd00::/128 -p udp -m owner --uid-owner 0 -j REJECT --reject-with icmp6-no-route
COMMIT
EOF
ip6tables -L INPUT
iptables-save -t nat
iptables -t raw -N KUBE-SERVICES
iptables -t mangle -D RCHAIN -i docker0 -j TTL --ttl-inc 2
ip6tables -A KUBE-SERVICES-2 ! -s ::1 -p ipv6-icmp -m statistic --mode random --probability 1 -m physdev --physdev-out eth+ -j TRACE
iptables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -s 10.234.181.90 -p 47 -m physdev ! --physdev-is-in -j DOCKER
-A INPUT -p udp -m ttl --ttl-gt 142 -m addrtype --src-type LOCAL -g DOCKER
-A RCHAIN -i docker0 -p icmp -j MARK --set-mark 0x1
-A OUTPUT -s 192.97.118.224 -o docker0 -p udp -m multiport --sports 22,80:90,8080 -m iprange ! --dst-range 10.0.0.1-10.0.0.63 -j DROP
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [5:834]
:KUBE-SERVICES - [0:0]
-A INPUT -p all -m mac --mac-source 02:00:00:00:00:21 -m comment --comment "a/b:c -> 10.0.0.1:80" -j LOG --log-level 7
-A KUBE-SERVICES -i eth0 -o eth1 -p tcp -m comment --comment x_y-z
-A OUTPUT -d 192.68.103.197 -p 47 -j KUBE-SERVICES
-A OUTPUT -p 47 -m state --state NEW -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables-save
ip6tables-save

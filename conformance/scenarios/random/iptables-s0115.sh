# Random iptables/ip6tables rule set, seed 115 (conformance/generators/iptables.ts)
iptables -L FORWARD 1 -n -v
iptables-save
ip6tables -A INPUT -p sctp -m connmark --mark 0x1 -j NFLOG --nflog-group 3
ip6tables -t security -L -v
ip6tables -t security -X INPUT
ip6tables -t nat -Z OUTPUT
ip6tables -t filter -v -F
ip6tables -t mangle -N MYCHAIN
ip6tables -Z
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t security -I OUTPUT 4 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -D FORWARD ! -o cni0 -p sctp -m mac --mac-source 02:00:00:00:00:13 -m connmark --mark 0x1 -j MARK --xor-mark 0x3
ip6tables-save -c -t security
ip6tables -v -X
ip6tables -t nat -L -n --line-numbers
iptables -t raw -A OUTPUT -s 127.99.123.28/0 -d 192.21.143.23 -p sctp -j CONNMARK --restore-mark
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:974]
:KUBE-SERVICES - [0:0]
-A FORWARD -p icmp -m ttl --ttl-gt 235 -m addrtype --src-type UNICAST -j REJECT --reject-with icmp-net-unreachable
[3:57] -A FORWARD -s 198.37.180.181/24 -o docker0 -p icmp -m statistic --mode random --probability 0.33333333349 -m comment --comment x_y-z -j NFLOG --nflog-group 2
COMMIT
EOF
iptables -v -I OUTPUT 1 -j DROP
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:530]
:DOCKER - [0:0]
-A INPUT -p tcp -m tcp --dport 53:1000 -m ttl --ttl-gt 92
-A DOCKER -d 192.74.200.115 -p all -m conntrack ! --ctstate UNTRACKED -j MARK --set-mark 5/0xff
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [1:773]
:RCHAIN - [0:0]
-A INPUT -i eth0 -p sctp -m connmark --mark 5/0xff -g DOCKER
COMMIT
EOF
ip6tables -A FORWARD -i lo ! -o eth1 -p tcp
ip6tables -A INPUT -p sctp -m statistic --mode random --probability 0.25000000000 -m pkttype --pkt-type multicast -j TRACE
ip6tables-restore --noflush <<'EOF'
*mangle
:DOCKER - [0:0]
-A FORWARD -s 2001:db8:1::1 ! -d fd00:a:b:: -o eth+ -p sctp -m mark ! --mark 0x10/0xf0 -g DOCKER
-A INPUT ! -s 2001:db8:: -p ipv6-icmp -m connmark ! --mark 5/0xff -j HL --hl-inc 2
-A OUTPUT -d ::1 -p sctp -j TRACE
-A INPUT -s 2001:db8:1::1 ! -d ::1/64 -p sctp -j HL --hl-inc 2
COMMIT
EOF
ip6tables -Z OUTPUT 3
ip6tables -L OUTPUT
ip6tables -t security -I OUTPUT -p ipv6-icmp -j LOG --log-prefix "x y" --log-level crit
ip6tables -t filter -F
ip6tables -A NOPE -p ipv6-icmp -j REJECT
ip6tables -t raw -F
ip6tables -A OUTPUT -c 496 48265 -p sctp -j RETURN
ip6tables -v -X
ip6tables -v -F INPUT
iptables -A NOPE -p icmp -m statistic --mode nth --every 3 --packet 1 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT
iptables -t raw -A OUTPUT -s 10.233.220.170/30 ! -d 192.141.163.248 -p 47 -m physdev ! --physdev-is-in -j CT --notrack
iptables-save -c
ip6tables -t nat -L -v -Z
ip6tables -t raw -A PREROUTING -m pkttype ! --pkt-type broadcast -m length --length 0:64 -j ACCEPT
iptables -t nat -A POSTROUTING -s 172.157.60.148/30 -p all -m addrtype --src-type LOCAL
iptables -t security -D OUTPUT -o docker0 -p 47 -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
ip6tables-save -c
ip6tables -v -I OUTPUT 3 -o docker0 -m pkttype --pkt-type broadcast -m statistic --mode nth --every 10 --packet 1 -j TRACE
ip6tables -A INPUT -c 952 43376 -d fd00:a:b::/64 ! -i lo -p tcp -j NFLOG --nflog-group 4
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [4:204]
:RCHAIN - [0:0]
[1:309] -A RCHAIN -p udp -m state --state NEW -m pkttype ! --pkt-type multicast -j MARK --set-xmark 0x4000/0x4000
-A OUTPUT -s 198.221.160.152/16 -d 10.2.172.74 -p tcp -j TRACE
[2:480] -A FORWARD ! -s 172.159.185.227 -d 198.221.68.144 -p tcp -j RETURN
-A INPUT -j ACCEPT
COMMIT
EOF
iptables -t filter -R FORWARD 3 -o eth1 -j ACCEPT
ip6tables-save -c
ip6tables -v -F
iptables -L DOCKER 1 -n -v
iptables -A OUTPUT -d 10.55.219.212/24 -o eth+ -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.156 -j TRACE
iptables -S RCHAIN
iptables -t raw -L -v -Z
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:326]
:DOCKER - [0:0]
-A OUTPUT -s 192.128.68.182/8 -o docker0 -m comment --comment "kubernetes service portals" -j DROP
[4:125] -A OUTPUT -p icmp -m statistic --mode random --probability 1 -j TRACE
COMMIT
EOF
iptables -L -n --line-numbers
iptables -A INPUT ! -s 10.73.0.32/32 -d 172.237.190.236/16 -i br0 -m ttl --ttl-gt 237 -j LOG --log-prefix "drop"
iptables-save -c
iptables -t mangle -A OUTPUT -p all -j CONNMARK --save-mark
iptables-save -c
iptables -t raw -S PREROUTING 1
iptables -t raw -Z PREROUTING
ip6tables -t nat -D POSTROUTING 3
ip6tables -t security -Z FORWARD 2
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [1:446]
:RCHAIN - [0:0]
-A POSTROUTING -d 2001:db8:: -p sctp -m length --length 0:64 -m statistic --mode random --probability 0.25000000000
[1:24] -A PREROUTING -p udp -m multiport --ports 80,443 -m owner --uid-owner 100-200 -j DSCP --set-dscp 10
COMMIT
EOF
ip6tables -t nat -A POSTROUTING -o eth+ -p ipv6-icmp -j TRACE
ip6tables -A INPUT -c 999 62706 -s 2001:db8:1::1 ! -d 2001:db8:1::1/48 -p tcp -m addrtype --dst-type MULTICAST -j MARK --or-mark 0x8
ip6tables -t security -v -A OUTPUT -m mark --mark 0xffffffff -j ACCEPT
ip6tables -D FORWARD -o docker0 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m conntrack --ctstate INVALID -j TRACE
ip6tables -t raw -A PREROUTING -d fd00:a:b:: -p tcp -j ACCEPT
ip6tables -t security -N KUBE-SERVICES
ip6tables -t nat -I POSTROUTING -o docker0 -j MARK --and-mark 0xff
ip6tables -A INPUT ! -d fd00::/32 -p all -m pkttype --pkt-type multicast -m pkttype --pkt-type broadcast -j MARK --set-xmark 0x4000/0x4000
ip6tables -t nat -S PREROUTING
iptables-save
ip6tables-save

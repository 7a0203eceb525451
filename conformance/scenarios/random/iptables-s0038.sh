# Random iptables/ip6tables rule set, seed 38 (conformance/generators/iptables.ts)
iptables -I INPUT -s 172.187.238.33/0 -p sctp -j RETURN
ip6tables -t filter -A FORWARD -m comment --comment "kubernetes service portals" -j CONNMARK --restore-mark
ip6tables -A NOPE ! -o cni0 -p udp -m addrtype --src-type UNICAST -j CONNMARK --save-mark
ip6tables -Z
iptables -t nat -A NOPE -d 192.117.235.185/24 -p tcp -m physdev --physdev-out eth+ -j MARK --set-xmark 0x4000/0x4000
iptables -t security -A OUTPUT -p 47 -m mark ! --mark 0x10/0xf0 -m length --length 100:200 -j TRACE
iptables -t security -A INPUT ! -i lo -p tcp -m mark --mark 0x10/0xf0 -j RETURN
iptables-restore --noflush <<'EOF'
*security
:DOCKER - [0:0]
-A FORWARD ! -s 10.164.197.196/8 -d 10.201.115.37 -p 47 -m addrtype --dst-type MULTICAST -m mac ! --mac-source 02:00:00:00:00:27 -j DROP
-A OUTPUT -d 198.215.30.131/16 -p sctp -m addrtype --src-type LOCAL -m connmark --mark 5/0xff -j NFLOG --nflog-group 1 --nflog-prefix p
-A INPUT -j DOCKER
[4:147] -A FORWARD -o cni0 -p sctp -m limit --limit 5/min -j DOCKER
COMMIT
EOF
iptables -N KUBE-SVC-ABC
iptables -t filter -Z
iptables -t filter -D FORWARD 3
iptables-save -c
iptables -t nat -A OUTPUT -d 10.68.148.74/32 -j ACCEPT
iptables -R OUTPUT 2 -m statistic --mode nth --every 2 --packet 0 -j CONNMARK --save-mark
iptables -t nat -A INPUT -s 192.95.63.157/16 -d 192.165.209.141/12 -m comment --comment x_y-z -j RETURN
iptables -A OUTPUT ! -s 198.126.246.253 -o eth+ -m mark --mark 0x10/0xf0 -m pkttype --pkt-type multicast -j ACCEPT
iptables -t raw -A PREROUTING -s 127.199.203.112/30 -i br0 -p sctp -m comment --comment "a/b:c -> 10.0.0.1:80" -m limit --limit 10/second -j LOG --log-level info
iptables -t security -A OUTPUT -p 47 -m ttl --ttl-gt 217 -m owner --uid-owner 100-200 -j LOG --log-prefix "drop" --log-level crit
iptables -t filter -A NOPE -s 127.8.158.229 -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m mark --mark 0xffffffff -j RETURN
iptables -D FORWARD ! -s 172.65.150.248/24 -d 198.120.156.74 -p icmp -j CONNMARK --restore-mark
iptables -t raw -A PREROUTING -p sctp -j NOTRACK
iptables -t nat -D POSTROUTING 2
ip6tables -t filter -D FORWARD -s 2001:db8:1::1/128 -i docker0 -p 47 -m state ! --state INVALID -j CONNMARK --save-mark
ip6tables-save
ip6tables -D INPUT 1
ip6tables -R OUTPUT 2 -p tcp -m addrtype --src-type LOCAL
ip6tables -t mangle -A INPUT -p all -m connmark --mark 0x1 -m state --state NEW -j DROP
ip6tables -t filter -X
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:985]
:RCHAIN - [0:0]
[2:362] -A FORWARD -d fe80::1 -p 47 -m mark --mark 0x4000/0x4000 -m length --length 100:200
[3:343] -A OUTPUT ! -s fd00::/32 -p 47 -m owner ! --uid-owner 65534 -j CONNMARK --set-mark 0x2
-A OUTPUT -p tcp -j RCHAIN
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [4:156]
:DOCKER - [0:0]
-A FORWARD ! -o eth+ -p 47 -m state ! --state ESTABLISHED,RELATED -j REJECT
-A DOCKER -s fd00:a:b:: -j DROP
COMMIT
EOF
iptables-save -t mangle -c
iptables -A KUBE-SVC-ABC -o eth+ -p udp -j DROP
iptables -Z OUTPUT
iptables -t raw -A OUTPUT ! -d 10.114.61.249/32 -o cni0 -p 47 -m addrtype --src-type LOCAL -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -A NOPE -o docker0 -p tcp -m addrtype --src-type LOCAL --syn
iptables -t nat -P PREROUTING RETURN
iptables -t mangle -A INPUT ! -d 127.127.111.140/24 -m connmark ! --mark 5/0xff -m mark --mark 0x4000/0x4000 -j MARK --or-mark 0x8
iptables -t raw -A PREROUTING -p all -m statistic --mode random --probability 0.25000000000 -j MARK --xor-mark 0x3
ip6tables -t mangle -L -n --line-numbers
ip6tables -Z DOCKER
ip6tables -A OUTPUT -d fd00:: -m pkttype --pkt-type broadcast -m addrtype --src-type LOCAL -j CONNMARK --restore-mark
ip6tables -t filter -I FORWARD 3 ! -s 2001:db8::/64 -d 2001:db8:: -i eth0 -o docker0 -m addrtype --src-type UNICAST -j DOCKER
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[4:466] -A INPUT -s ::1/48 -p udp -m multiport --sports 80,443 -j MARK --set-mark 0x1
[2:328] -A INPUT -p sctp -m mac ! --mac-source 02:00:00:00:00:35 -m connmark --mark 5/0xff -j KUBE-SERVICES
-A FORWARD ! -d fd00:a:b::/127 -m hl --hl-lt 54 -j DROP
-A OUTPUT -p all -j ACCEPT
COMMIT
EOF
ip6tables -t raw -N KUBE-SEP-XYZ
ip6tables -t mangle -A FORWARD -p ipv6-icmp -m hl --hl-lt 175 -j HL --hl-dec 1
ip6tables -t raw -C PREROUTING -s fe80::1/127 -d 2001:db8:: -p udp -m conntrack ! --ctstate UNTRACKED -j DROP
ip6tables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A INPUT -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG --log-prefix "x y" --log-level 4
COMMIT
EOF
iptables -A INPUT -d 172.219.203.87/32 -p icmp -j ACCEPT
iptables -t filter -A KUBE-SVC-ABC -p 47 -m addrtype --src-type LOCAL -j ACCEPT
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:669]
:RCHAIN - [0:0]
-A FORWARD -o eth1 -p tcp -m comment --comment x_y-z -g KUBE-SERVICES
-A INPUT -d fd00::/127 -o eth+ -p all -m state --state ESTABLISHED,RELATED -m statistic --mode random --probability 1 -j LOG --log-prefix "drop"
[0:302] -A RCHAIN -s fe80::1 -p sctp -j RCHAIN
COMMIT
EOF
ip6tables -t mangle -A OUTPUT -o eth+ -m hl --hl-eq 49 -j HL --hl-inc 2
ip6tables -C KUBE-SERVICES -d fe80::1/16 -m length --length 1500 -m length ! --length 100:200 -j ACCEPT
ip6tables -t nat -N f2b-sshd
ip6tables -L -n
ip6tables -t raw -L PREROUTING
ip6tables -t filter -A RCHAIN -d 2001:db8::/48 -m comment --comment x_y-z -m pkttype ! --pkt-type multicast -j CONNMARK --restore-mark --mask 0xff
ip6tables-save
ip6tables -t filter -A OUTPUT -p sctp -m physdev --physdev-is-bridged -j KUBE-SERVICES
iptables -t security -A FORWARD -p 47 -m statistic --mode nth --every 2 --packet 1 -m physdev --physdev-out eth+ -j CONNMARK --set-mark 0x2
iptables -t mangle -A PREROUTING -d 127.178.171.116/30 -m state --state INVALID -m statistic --mode random --probability 1 -j DROP
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 117 (conformance/generators/iptables.ts)
ip6tables -t raw -A PREROUTING -s fd00::/127 -i eth0 -p all -j HL --hl-set 64
iptables -L INPUT 2 -n -v
ip6tables -t nat -Z
ip6tables -t filter -v -F OUTPUT
ip6tables -t mangle -A INPUT -j CONNMARK --set-mark 0x2
ip6tables -N DOCKER-USER
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [1:555]
:KUBE-SERVICES - [0:0]
[2:129] -A INPUT -s fe80::1 -d fd00:: -p ipv6-icmp -j KUBE-SERVICES
-A FORWARD ! -d ::1 -o cni0 -p tcp -m owner --uid-owner 65534 --tcp-flags ALL NONE
[2:403] -A KUBE-SERVICES -p 47 -m mark --mark 0x10/0xf0 -j TRACE
COMMIT
EOF
ip6tables -D FORWARD 4
iptables -t nat -F
ip6tables -I FORWARD 4 -p 47 -j KUBE-SERVICES
ip6tables -t raw -R NOPE 3 -d ::1 -i br0 -o docker0 -p 47 -m length --length 1500
ip6tables -t mangle -L POSTROUTING 2 -n -v
ip6tables -I OUTPUT 2 ! -o docker0 -m physdev ! --physdev-is-in -j KUBE-SERVICES
ip6tables -v -A OUTPUT -s 2001:db8:1::1/127 -d fd00:: -m addrtype --src-type UNICAST -j CONNMARK --save-mark
ip6tables -D OUTPUT -d fd00:: -p all -m addrtype --dst-type LOCAL -m statistic --mode nth --every 3 --packet 1
ip6tables -t filter -A INPUT -m pkttype ! --pkt-type multicast -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t filter -I NOPE 2 -d 2001:db8::/48 -i lo -m statistic --mode nth --every 2 --packet 0 -m pkttype ! --pkt-type unicast -j MARK --or-mark 0x8
ip6tables -A INPUT -p udp -j ACCEPT
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [8:352]
:RCHAIN - [0:0]
-A OUTPUT -m length ! --length 1500 -j RETURN
-A FORWARD -d ::1 -p udp -m state ! --state INVALID -j RETURN
[4:309] -A OUTPUT ! -d ::1 -m hl --hl-lt 53 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
COMMIT
EOF
ip6tables -X OUTPUT
ip6tables -E RCHAIN RCHAIN-2
ip6tables -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t filter -D KUBE-SERVICES-2 -d 2001:db8:: -i br0 -p udp -j KUBE-SERVICES-2
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [2:852]
:DOCKER - [0:0]
-A DOCKER -s fd00:a:b:: -d fd00:a:b::/64 -i veth+ -o docker0 -j LOG --log-level debug
-A INPUT -i docker0 -p tcp -m addrtype ! --dst-type MULTICAST -m comment --comment "kubernetes service portals" -j DROP
[0:95] -A OUTPUT -p all -m state ! --state ESTABLISHED,RELATED -j DOCKER
-A OUTPUT -d ::1 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -j DOCKER
COMMIT
EOF
ip6tables-save -c
ip6tables -t security -w 1 --append OUTPUT -p ipv6-icmp -m hl --hl-gt 241 -j DROP
ip6tables -t nat -S OUTPUT 1
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables -P OUTPUT ACCEPT
iptables --list OUTPUT --numeric --line-numbers
iptables -t filter -A INPUT ! -s 127.240.16.189 -d 172.24.234.2 -i docker0 -p all -j RETURN
ip6tables -A RCHAIN-2 -d 2001:db8::/128 -p tcp -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -X OUTPUT
ip6tables -A RCHAIN-2 ! -s 2001:db8:1::1/48 ! -d fd00:a:b:: -p tcp ! --sport 8080 -m hl --hl-lt 18 -j DOCKER
ip6tables -Z
ip6tables -t nat -v -F POSTROUTING
ip6tables-save -t filter
ip6tables -t nat -X PREROUTING
ip6tables -t raw -F
ip6tables -t security -S
ip6tables -I INPUT -p tcp --tcp-flags FIN,ACK FIN
ip6tables -D RCHAIN-2 ! -s fd00:a:b::/127 -i br0 -o eth+ -p ipv6-icmp -m hl --hl-gt 175 -j TRACE
ip6tables -t security -Z INPUT 1
ip6tables-save -c -t raw
ip6tables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [2:271]
:DOCKER - [0:0]
-A FORWARD -p tcp -m comment --comment docker -m statistic --mode random --probability 0.1 -j DROP
COMMIT
EOF
ip6tables -A INPUT -p sctp -m statistic --mode random --probability 0.1 -m comment --comment docker -j MARK --set-xmark 0x4000/0x4000
ip6tables -t security -L -v -Z
ip6tables -t raw -A OUTPUT -s 2001:db8:1::1/64 -d ::1/64 ! -o cni0 -p all -m statistic --mode random --probability 0.5 -m comment --comment docker -j CONNMARK --restore-mark
iptables -Z OUTPUT 2
iptables -Z INPUT
iptables -t nat -Z
ip6tables -t filter -A KUBE-SERVICES-2 ! -d 2001:db8:: -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG --log-prefix "IN: "
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:517]
:DOCKER - [0:0]
-A FORWARD -p 47 -m statistic --mode random --probability 0.5 -j MARK --and-mark 0xff
-A DOCKER -d fd00:a:b::/16 -p all -j RETURN
-A INPUT -p ipv6-icmp -m hl --hl-gt 255 -j LOG --log-prefix "drop" --log-level info
-A DOCKER ! -s ::1 -d fe80::1/16 -m addrtype --dst-type LOCAL -m addrtype --src-type UNICAST -j LOG --log-level 7
COMMIT
EOF
iptables-save
ip6tables -S
ip6tables -t raw -D OUTPUT -d fd00:: -p sctp -m state --state ESTABLISHED,RELATED -j CONNMARK --restore-mark
ip6tables -t mangle -v -A FORWARD -d 2001:db8::/128 -p ipv6-icmp -m mark --mark 0xffffffff -m pkttype --pkt-type broadcast -j HL --hl-inc 2
ip6tables -t nat -I PREROUTING 3 -i br0 -m mark ! --mark 0x4000/0x4000 -j DROP
ip6tables -Z INPUT
ip6tables-save -c
ip6tables -t raw -S OUTPUT 1
ip6tables -t mangle -v -I POSTROUTING 1 -o eth+ -p ipv6-icmp -m mark --mark 0x4000/0x4000 -j TRACE
ip6tables -E DOCKER DOCKER-2
ip6tables -v -I DOCKER-2 2 -o eth+ -p all -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -t nat -v -A POSTROUTING -p udp -m mark --mark 1 -m addrtype ! --dst-type MULTICAST -j LOG --log-prefix "IN: "
ip6tables -t security --list OUTPUT --numeric --line-numbers
ip6tables -t security -A INPUT -s fe80::1 -j NFLOG --nflog-group 4
ip6tables -N MYCHAIN
iptables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING ACCEPT [7:449]
:RCHAIN - [0:0]
-A INPUT -i eth0 -p sctp -m connmark --mark 0x1 -j TRACE
[2:9] -A INPUT -p icmp -g RCHAIN
-A PREROUTING -d 192.85.71.126/24 -p sctp -m addrtype --src-type LOCAL -m connmark --mark 0x1 -j LOG --log-prefix "IN: "
COMMIT
EOF
iptables-save -c
iptables-save
ip6tables-save

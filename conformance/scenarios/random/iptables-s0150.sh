# Random iptables/ip6tables rule set, seed 150 (conformance/generators/iptables.ts)
ip6tables-save
ip6tables -A INPUT
ip6tables -t mangle -D OUTPUT -s fd00::/64 -d 2001:db8:1::1/128 -m comment --comment x_y-z -m addrtype --src-type LOCAL -j DROP
ip6tables -X FORWARD
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [2:482]
:KUBE-SERVICES - [0:0]
-A INPUT -m iprange --src-range 2001:db8::1-2001:db8::9 -m addrtype --src-type LOCAL -j REJECT
[4:422] -A FORWARD -s fd00::/127 -p udp -m connmark --mark 0x1 -j CONNMARK --save-mark
COMMIT
EOF
ip6tables-save -c
ip6tables -t mangle -v -X
ip6tables -t nat -A INPUT -s fd00:: -p 47 -m comment --comment docker -j SNAT --to-source fd00::2
ip6tables -v -X
ip6tables -t filter -v -I KUBE-SERVICES 1 -p udp -m connmark --mark 5/0xff
ip6tables -X
ip6tables -L -v
ip6tables -A OUTPUT -p 47 -m comment --comment docker -j TRACE
ip6tables -X FORWARD
ip6tables -A INPUT -d 2001:db8:: -i eth0 -m statistic --mode nth --every 10 --packet 1 -m mac --mac-source 02:00:00:00:00:58 -j CONNMARK --set-mark 0x2
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [1:95]
:DOCKER - [0:0]
-A OUTPUT -s fd00:: -o eth1 -p ipv6-icmp -j REJECT --reject-with icmp6-no-route
-A OUTPUT ! -d fd00:a:b::/32 -m conntrack --ctstate NEW -j TRACE
-A OUTPUT -p udp -j RETURN
-A DOCKER -p all -m length --length 100:200 -m pkttype --pkt-type broadcast -j ACCEPT
COMMIT
EOF
ip6tables -t nat -A OUTPUT -d fd00:a:b::/127 -m comment --comment docker -j RETURN
ip6tables -t raw -R PREROUTING 3 ! -o cni0 -p sctp -m length --length 0:64 -m statistic --mode random --probability 0.5 -j MARK --or-mark 0x8
ip6tables -t nat -A PREROUTING -s fd00:a:b:: -m connmark --mark 0x1 -m state --state ESTABLISHED,RELATED
ip6tables -w 1 --append FORWARD -o eth+ -j DROP
ip6tables -t security -X
ip6tables -I DOCKER -o eth1 -p 47 -m connmark --mark 0x1 -m length ! --length 0:64 -j RETURN
ip6tables -t filter -A DOCKER -s fd00:a:b::/127 ! -d 2001:db8:: -p tcp -m addrtype --src-type UNICAST -j RETURN
ip6tables-save -c -t nat
iptables-save
iptables -t mangle -X INPUT
ip6tables -t raw -N f2b-sshd
ip6tables -t mangle -D FORWARD -p sctp -m length --length 1500 -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -t filter -L -n --line-numbers
ip6tables -Z INPUT
iptables -t nat -S OUTPUT 3
iptables -A FORWARD -o eth1
iptables -t nat -P POSTROUTING ACCEPT
ip6tables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [1:250]
:KUBE-SERVICES - [0:0]
-A PREROUTING -s fd00::/64 ! -d fd00:: -i eth0 -p 47 -g KUBE-SERVICES
-A PREROUTING -s ::1/128 -o docker0 -p ipv6-icmp -m addrtype --dst-type MULTICAST -m addrtype --dst-type MULTICAST
COMMIT
EOF
ip6tables -A FORWARD -s 2001:db8:1::1 ! -d 2001:db8:1::1/127 -p ipv6-icmp -m state --state INVALID -m length ! --length 0:64 -j LOG --log-level info
ip6tables -t mangle -Z OUTPUT 2
ip6tables -t raw --list PREROUTING --numeric --line-numbers
ip6tables -t mangle -I FORWARD -p tcp -m addrtype --src-type LOCAL -j TRACE
ip6tables -t security -S INPUT 3
iptables -D FORWARD 3
iptables -t raw -A PREROUTING -p 47 -m addrtype --src-type UNICAST -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j NFLOG --nflog-group 0
ip6tables -t raw -I OUTPUT ! -o eth+ ! -p tcp -m statistic --mode random --probability 0.1 -j RETURN
ip6tables -A FORWARD -s fe80::1 -p udp -m statistic --mode nth --every 2 --packet 1 -j RETURN
ip6tables -t mangle -Z FORWARD 2
ip6tables -t raw -A OUTPUT -d 2001:db8:1::1/16 -o cni0 -p sctp -m statistic --mode nth --every 2 --packet 0 -m physdev --physdev-is-bridged -j RETURN
ip6tables -t security --list FORWARD --numeric --line-numbers
ip6tables -A OUTPUT ! -s fd00:a:b:: -p 47 -j REJECT
iptables -t raw -L -v -Z
iptables -v -A INPUT -p sctp -j NFLOG --nflog-group 1
iptables -t security -A OUTPUT -m pkttype --pkt-type broadcast -j RETURN
ip6tables -S
ip6tables -t security -w 1 --append FORWARD -p sctp -m connmark --mark 0x1 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -A PREROUTING ! -s 2001:db8:: -p tcp -m mark --mark 0x10/0xf0
ip6tables -t raw -A PREROUTING -d fd00:a:b::/127 ! -i veth+ -p tcp -j CT --zone 3
ip6tables -S INPUT 1
ip6tables -t raw -v -X f2b-sshd
iptables -A INPUT -c 426 69873 -p 47 -j CONNMARK --restore-mark
iptables-save -t filter
iptables -t nat -X PREROUTING
iptables -Z OUTPUT
iptables -t nat -A OUTPUT -o cni0 -p tcp -m length ! --length 100:200 -j LOG
iptables -t mangle -w 1 --append POSTROUTING -j TRACE
iptables -A INPUT -d 198.148.186.47/0 -p tcp -m addrtype --dst-type BROADCAST --syn
iptables -F
iptables -t mangle -D OUTPUT 2
ip6tables -t mangle -A OUTPUT -p sctp -j DSCP --set-dscp 10
ip6tables -A INPUT -p ipv6-icmp -m mark ! --mark 0x10/0xf0 --icmpv6-type 128 -j DOCKER
ip6tables -t security -S INPUT 2
iptables-save -c -t filter
iptables-save -c
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 42 (conformance/generators/iptables.ts)
iptables -t raw -D OUTPUT 3
iptables -t security -A OUTPUT -s 172.150.79.38/8 ! -i docker0 -p tcp --sport 22:9000 -m owner --uid-owner 100-200 -j TRACE
iptables -F
iptables -I INPUT -p icmp -m mac --mac-source 02:00:00:00:00:17
iptables -t mangle -N KUBE-SERVICES
ip6tables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A INPUT -p ipv6-icmp -m physdev --physdev-in veth0 -m addrtype --dst-type UNICAST -j CONNMARK --set-mark 0x2
-A OUTPUT -d fe80::1/32 -m conntrack --ctstate RELATED,ESTABLISHED -j LOG --log-prefix "x y"
-A RCHAIN -p 47 -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
ip6tables -t filter -A OUTPUT -p ipv6-icmp -m hl --hl-gt 4 -m statistic --mode nth --every 2 --packet 0 -j MARK --and-mark 0xff
ip6tables -A FORWARD ! -o cni0 -p sctp -m mark --mark 0xffffffff -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t nat -A POSTROUTING -p ipv6-icmp -m mark --mark 1 -m statistic --mode nth --every 10 --packet 0 -j MARK --set-mark 0x1
iptables -t security -F
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [7:989]
:RCHAIN - [0:0]
-A OUTPUT -s 192.236.4.61 -p 47 -m state ! --state INVALID -m state --state NEW -j MARK --or-mark 0x8
COMMIT
EOF
ip6tables -A INPUT ! -i lo
ip6tables -t nat -Z PREROUTING
ip6tables-save
ip6tables -R RCHAIN 3 -d ::1 -m physdev --physdev-out eth+
ip6tables -t mangle -A PREROUTING -j RETURN
ip6tables -t filter -I RCHAIN -p all -m comment --comment docker -m addrtype --dst-type UNICAST -j TRACE
ip6tables -t filter -A INPUT -s 2001:db8:1::1/16 -m mac --mac-source 02:00:00:00:00:43 -m mac --mac-source 02:00:00:00:00:49 -j DROP
ip6tables -t filter -A FORWARD -d fd00::/127 -m physdev --physdev-out eth+ -j LOG
iptables -t raw -P FOO ACCEPT
iptables -t nat -I OUTPUT 3 -o eth+ -p icmp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j DROP
ip6tables -t filter -A RCHAIN ! -i veth+ -p ipv6-icmp -j ACCEPT
ip6tables -t filter -D NOPE -d 2001:db8::/64 -g RCHAIN
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [4:505]
:DOCKER - [0:0]
[3:283] -A PREROUTING -s fd00:: -p sctp -j CONNMARK --restore-mark
COMMIT
EOF
ip6tables -A OUTPUT -p tcp -j ACCEPT
iptables -t mangle -X KUBE-SERVICES
iptables -t filter -Z INPUT
iptables -t filter -A OUTPUT -o docker0 -m iprange --dst-range 10.0.0.1-10.0.0.91 -j TRACE
ip6tables -R OUTPUT 2 ! -s 2001:db8::/128 -p tcp -m addrtype ! --dst-type BROADCAST -j RCHAIN
ip6tables -A INPUT ! -s 2001:db8::/48 -p 47 -m mark --mark 0xffffffff -j TRACE
ip6tables -A INPUT -s 2001:db8:: -i lo -p sctp -m statistic --mode random --probability 0.25000000000 -g RCHAIN
ip6tables -X RCHAIN
ip6tables -N KUBE-SEP-XYZ
ip6tables -t mangle -L FORWARD -n -v --line-numbers
ip6tables -t raw -D OUTPUT -p sctp -m owner --uid-owner 0 -j ACCEPT
iptables -t security -I INPUT 1 ! -p tcp -j DROP
iptables -I INPUT 1 -i docker0 -m comment --comment "a/b:c -> 10.0.0.1:80" -m connmark ! --mark 5/0xff -j REJECT
ip6tables-save
ip6tables -t mangle -N KUBE-SVC-ABC
ip6tables -D FORWARD 1
ip6tables -t raw -L -n -v
iptables -t mangle -R INPUT 2 -s 172.184.158.245 -d 10.96.90.249/30 ! -i lo -p tcp -m length --length 0:64 -m conntrack --ctstate NEW -j TRACE
iptables -A INPUT ! -s 198.49.31.215/12 ! -d 127.61.242.102 -p all -m statistic --mode nth --every 10 --packet 0 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t nat -D PREROUTING -i veth+ -p ipv6-icmp -j MARK --set-xmark 0x4000/0x4000
ip6tables -t security -A FORWARD -i eth0 -m pkttype ! --pkt-type broadcast -m hl --hl-lt 62 -j RETURN
ip6tables-restore --noflush <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
[4:57] -A KUBE-SERVICES -s 2001:db8:1::1 -o docker0 -p udp -j RETURN
COMMIT
EOF
ip6tables -t raw -A KUBE-SERVICES -s 2001:db8:1::1/16 -p 47 -m state --state NEW -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -I INPUT -m connmark --mark 5/0xff -j CONNMARK --set-mark 0x2
ip6tables -t filter -F
ip6tables -t mangle -A OUTPUT -s fe80::1/127 ! -o eth1 -p tcp -j MARK --or-mark 0x8
iptables -t raw -A PREROUTING -s 192.43.102.138/0 -i veth+ -p sctp -m ttl --ttl-gt 190 -m conntrack --ctstate INVALID -j ACCEPT
iptables -t nat -D OUTPUT -s 172.20.133.222/32 -d 10.233.118.188 ! -o docker0 -p all -j MARK --set-mark 5/0xff
iptables -t mangle -A FORWARD -p tcp --sport http -m addrtype --dst-type BROADCAST -j TCPMSS --set-mss 1400
ip6tables -Z KUBE-SEP-XYZ
iptables -t security -A OUTPUT -p udp -j NFLOG --nflog-group 3
iptables -X
iptables -X
iptables -t mangle -X KUBE-SERVICES
iptables -A FORWARD -s 198.133.96.196/8 -p 47 -m limit --limit 3/s -m comment --comment "kubernetes service portals" -j CONNMARK --restore-mark
iptables -t nat -N DOCKER-USER
iptables-save
ip6tables-save

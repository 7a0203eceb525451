# Random iptables/ip6tables rule set, seed 81 (conformance/generators/iptables.ts)
ip6tables -t raw -D PREROUTING -s ::1 -d ::1/32 -i br0 -p ipv6-icmp -m physdev --physdev-is-bridged -j DNAT --to-destination fd00::2
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [4:540]
:RCHAIN - [0:0]
-A FORWARD -s 2001:db8::/64 -d fd00::/32 -i veth+ -o eth1 ! -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j MARK --xor-mark 0x3
-A OUTPUT -o eth1 -p 47 -j HL --hl-inc 2
-A PREROUTING -s fe80::1/32 -m hl --hl-eq 12 -m addrtype --src-type LOCAL -j NFLOG --nflog-group 1 --nflog-prefix p
-A PREROUTING ! -d fe80::1 -m mac --mac-source 02:00:00:00:00:53 -m statistic --mode nth --every 3 --packet 1 -j RCHAIN
COMMIT
EOF
ip6tables -S -v
ip6tables -L -n
ip6tables -t filter -A FORWARD -p all -m conntrack ! --ctstate INVALID -m statistic --mode nth --every 2 --packet 0 -j DROP
ip6tables -t nat -I OUTPUT 4 -o docker0 -p ipv6-icmp
ip6tables-save -c
ip6tables -t security -C INPUT -p all -m statistic --mode random --probability 0.25000000000 -j DROP
ip6tables -L INPUT -n -v --line-numbers
iptables -D OUTPUT -p 47 -j LOG --log-prefix "x y"
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:752]
:RCHAIN - [0:0]
-A OUTPUT -p sctp -j CONNMARK --restore-mark
[3:84] -A INPUT -d 192.200.206.219 ! -i veth+ -p sctp -j LOG --log-prefix "IN: "
-A INPUT -p all -m ttl --ttl-gt 107 -m state --state ESTABLISHED,RELATED -j LOG --log-prefix "drop"
COMMIT
EOF
iptables -L INPUT
iptables -D FORWARD 1
ip6tables -t mangle -A PREROUTING -i docker0 -p 47 -m mark ! --mark 0xffffffff -j RCHAIN
ip6tables -t filter -Z
ip6tables -I INPUT -d fe80::1/32 -i veth+ -m addrtype --dst-type UNICAST -j REJECT --reject-with tcp-reset
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [8:810]
:RCHAIN - [0:0]
-A FORWARD ! -s fd00:a:b::/127 -i docker0 -p ipv6-icmp -m addrtype --dst-type MULTICAST -m connmark --mark 5/0xff -j NFLOG --nflog-group 4
-A RCHAIN -d ::1/64 -o docker0 -p 47 -m conntrack --ctstate INVALID -m physdev --physdev-is-bridged -j DROP
-A INPUT -p tcp -m multiport --dports 80,443 -m statistic --mode random --probability 1 -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -P INPUT DROP
ip6tables -A RCHAIN -o cni0 -p tcp -j CONNMARK --restore-mark
ip6tables -t security -R INPUT 3 -p udp -m physdev --physdev-out eth+ -j NFLOG --nflog-group 4
ip6tables -t mangle -nvL
ip6tables-save
ip6tables -t security -D NOPE 4
ip6tables -t filter -Z NOPE
ip6tables -t raw -I PREROUTING -j MARK --set-mark 5/0xff
ip6tables-save -c
ip6tables -t mangle -A OUTPUT ! -d 2001:db8:: -m iprange --src-range 2001:db8::1-2001:db8::9 -m owner --uid-owner 65534 -j MARK --set-mark 0x1
iptables -t nat -D PREROUTING ! -d 172.54.164.255 -i br0 -p 47 -m pkttype --pkt-type multicast -m state ! --state INVALID -j REDIRECT
iptables -t nat -I INPUT -s 10.215.78.83/0 -p all -m state --state NEW -m addrtype --dst-type MULTICAST
iptables -A FORWARD -s 172.236.127.30 -p all -j MARK --set-mark 5/0xff
ip6tables -E RCHAIN RCHAIN-2
ip6tables -I RCHAIN-2 4 -s ::1 -d ::1 -o eth+ -p 47 -m limit --limit 1/hour -m addrtype --src-type LOCAL -j MARK --and-mark 0xff
ip6tables -t security -F
ip6tables -t nat -Z
ip6tables -t mangle -A FORWARD -m iprange --src-range 2001:db8::1-2001:db8::9 -m addrtype --src-type LOCAL -j TRACE
ip6tables-save
iptables -t mangle -L -n -v
iptables -t raw -A PREROUTING
iptables -t raw -D OUTPUT 3
iptables -t raw -Z PREROUTING
iptables -I RCHAIN 4 -d 198.13.246.94/24 -o docker0 -p sctp -m limit --limit 5/min -j LOG --log-prefix "IN: " --log-level crit
ip6tables -t filter -L -n -v
ip6tables-save
ip6tables -t nat -A PREROUTING -s ::1/48 -d 2001:db8:: -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j DROP
ip6tables -A RCHAIN-2 -s ::1 -i lo -p ipv6-icmp -j RCHAIN-2
ip6tables -R FORWARD 1 -i docker0 -p ipv6-icmp -j RCHAIN-2
ip6tables -P FORWARD DROP
ip6tables -t mangle -A PREROUTING ! -d fd00:a:b:: -m comment --comment x_y-z -j RETURN
ip6tables-save -t filter
ip6tables -A FORWARD -s fe80::1/16 -d 2001:db8::/128 -o eth1 -p tcp -m limit --limit 10/second --limit-burst 1 -j RCHAIN-2
ip6tables -t mangle -A INPUT -i docker0 -m connmark --mark 5/0xff -j DROP
ip6tables -t filter -X RCHAIN-2
ip6tables -D RCHAIN-2 -p tcp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -g RCHAIN-2
ip6tables -D INPUT -d fd00::/64 -m hl --hl-lt 91
ip6tables -t security -P INPUT DROP
ip6tables -t nat -F
ip6tables -A FORWARD ! -d 2001:db8:1::1 -j RCHAIN-2
ip6tables -t filter -A INPUT -m length --length 0:64 -m length ! --length 1500 -j CONNMARK --restore-mark
iptables -t nat -X
iptables -I INPUT -i br0 -p tcp -j RCHAIN
iptables -t security -F
iptables -N DOCKER
iptables -N DOCKER
iptables -t filter -F DOCKER
iptables -A RCHAIN -p icmp -j ACCEPT
iptables -N KUBE-SEP-XYZ
iptables -t security -A INPUT -s 172.4.224.160 -p 47 -m state --state NEW -j TRACE
ip6tables -t security -A INPUT -s 2001:db8:: -p 47 -m mark ! --mark 1 -m addrtype --dst-type LOCAL -j ACCEPT
iptables -t filter -P OUTPUT RETURN
iptables-save
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 163 (conformance/generators/iptables.ts)
iptables -t raw -I OUTPUT 1 -s 10.132.28.32 -o eth1 -p tcp -j NOTRACK
iptables -Z FORWARD
iptables -t raw -L -v
iptables -A INPUT -i lo -p 47 -j LOG --log-prefix "drop"
iptables -t mangle -A PREROUTING -i lo -j TTL --ttl-dec 1
iptables -t security -L OUTPUT
iptables -L
iptables -t filter -A INPUT -p 47 -m pkttype --pkt-type multicast -j TRACE
iptables -t nat -I OUTPUT 2 -p all -m limit --limit 3/s -j REDIRECT
iptables -t raw -L PREROUTING 3 -n -v
iptables-save -c -t filter
iptables -t raw -X
iptables -D FORWARD 1
ip6tables -t mangle -v -I INPUT 3 -s fd00::/32 -p ipv6-icmp -m mark --mark 0xffffffff -m addrtype --dst-type BROADCAST -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter -A NOPE -p tcp --sport 443
ip6tables -t mangle -I FORWARD -p 47 -j ACCEPT
ip6tables -t nat -A POSTROUTING -c 940 826 -o cni0 -p ipv6-icmp -m limit --limit 3/s -j CONNMARK --restore-mark
ip6tables -t filter -P FOO DROP
ip6tables -t raw -C PREROUTING -s ::1 -p ipv6-icmp -j ACCEPT
ip6tables -A INPUT -p ipv6-icmp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -t security -P OUTPUT ACCEPT
ip6tables -t filter -v -A INPUT -s 2001:db8:: -p udp -m connmark --mark 0x1 -j TRACE
ip6tables-save
iptables -Z FORWARD 3
iptables-save -t filter
iptables -X INPUT
iptables -L -v -Z
iptables -A INPUT -p sctp -j TRACE
iptables -L -x -v -n
ip6tables -t filter -A OUTPUT ! -s ::1 -p tcp -m state --state INVALID -m mark --mark 1 -j CONNMARK --restore-mark
iptables -t security --list OUTPUT --numeric --line-numbers
iptables -t raw -D PREROUTING -p icmp -m limit --limit 3/s -j CONNMARK --save-mark
iptables --list FORWARD --numeric --line-numbers
iptables -t raw -A OUTPUT -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t security -A INPUT -s 192.154.126.68/30 -p 47 -j DROP
iptables -I INPUT 2 -m addrtype --src-type UNICAST -m iprange ! --dst-range 10.0.0.1-10.0.0.123 -j RETURN
iptables -L -n --line-numbers
iptables -A OUTPUT -c 78 70254 -o eth+ -m owner --uid-owner 65534 -m addrtype --dst-type LOCAL -j RETURN
iptables -t filter -X
ip6tables -N MYCHAIN
ip6tables -t mangle -A FORWARD -s 2001:db8:1::1 -i eth0 -o cni0 -p tcp -m tcp ! --dport 22:1000 -m connmark --mark 0x1
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:138]
:RCHAIN - [0:0]
-A INPUT -m hl --hl-gt 174 -j MYCHAIN
-A FORWARD -j LOG --log-prefix "x y" --log-level crit
-A RCHAIN -p tcp -m comment --comment x_y-z -g MYCHAIN
-A OUTPUT -p udp -m state --state ESTABLISHED,RELATED -m comment --comment "kubernetes service portals"
COMMIT
EOF
ip6tables -t mangle -Z FORWARD 3
ip6tables -L -v -Z
ip6tables -t nat -C PREROUTING -m addrtype --dst-type MULTICAST -j REDIRECT
ip6tables -A FORWARD ! -d ::1 ! -i lo -o cni0 -m hl --hl-lt 208 -j MARK --and-mark 0xff
ip6tables-save
ip6tables -t mangle -F
ip6tables -D OUTPUT -o eth1 -p tcp --syn -m comment --comment docker
ip6tables -t nat -I PREROUTING 2 -d fd00::/64 -m comment --comment "kubernetes service portals" -j REDIRECT
ip6tables -L -n -v
ip6tables -v -F
ip6tables -A RCHAIN -j NFLOG --nflog-group 2
ip6tables -t security -F
ip6tables -t security -A FORWARD -i docker0 -o eth+ -p tcp -m tcp --dport 22:65535 -m conntrack ! --ctstate INVALID -j CONNMARK --restore-mark
ip6tables -t nat -F
ip6tables -t filter -N DOCKER
ip6tables -t nat -P POSTROUTING RETURN
ip6tables -t filter -F DOCKER
iptables -L
iptables -t nat -A POSTROUTING -d 198.57.103.245/0 -p udp -m state --state INVALID -j DROP
iptables -t raw -I PREROUTING 1 ! -s 10.253.120.217 -d 10.194.139.174/32 -i veth+ -p sctp -m ttl --ttl-gt 23 -j CT --notrack
iptables -t raw -v -X
iptables -t nat -L -n -v
iptables -S OUTPUT 3
iptables -t filter -P OUTPUT DROP
iptables -t mangle -S PREROUTING 3
iptables -t nat -A INPUT -s 198.191.200.255 -d 172.116.245.215 -i eth0 -m addrtype --src-type UNICAST -m length --length 0:64 -j ACCEPT
iptables -t filter -X FORWARD
iptables -t filter -I FORWARD -d 192.64.108.37/24 -o eth1 -p icmp -m state --state ESTABLISHED,RELATED -j LOG
iptables-save
ip6tables-save

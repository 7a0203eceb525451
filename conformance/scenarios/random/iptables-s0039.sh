# Random iptables/ip6tables rule set, seed 39 (conformance/generators/iptables.ts)
iptables -t security -A INPUT -i br0 -m length --length 1500 -m pkttype --pkt-type unicast -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t raw -A PREROUTING -d ::1/64 -m iprange --src-range 2001:db8::1-2001:db8::9 -m addrtype --src-type UNICAST -j ACCEPT
ip6tables -t nat -F
ip6tables -L -n
ip6tables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [1:801]
:RCHAIN - [0:0]
-A INPUT -p all -m pkttype --pkt-type unicast -m mac --mac-source 02:00:00:00:00:44 -j RCHAIN
-A OUTPUT -s fd00:a:b:: -d fe80::1 -m hl --hl-lt 172 -m pkttype ! --pkt-type unicast -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
ip6tables -t raw -A PREROUTING -s fd00:a:b::/127 -d fd00:a:b:: -p ipv6-icmp --icmpv6-type 136 -m hl --hl-eq 38 -j NFLOG --nflog-group 2
ip6tables -t security -S
ip6tables-save
ip6tables-save -t filter
ip6tables -t security -A OUTPUT -s fd00::/127 -d fd00:: -p tcp -j MARK --or-mark 0x8
iptables -t raw -N KUBE-SVC-ABC
iptables -t nat -F
iptables -t security -F
iptables-restore <<'EOF'
*filter
:INPUT DROP [4:316]
:RCHAIN - [0:0]
-A RCHAIN -d 192.34.234.221/24 -i lo -p tcp -j TRACE
[0:351] -A OUTPUT -s 198.196.47.48 -m addrtype --src-type LOCAL -j MARK --set-xmark 0x4000/0x4000
-A INPUT -j LOG --log-prefix "drop"
-A OUTPUT -p icmp -m statistic --mode random --probability 0.25000000000 -j TRACE
COMMIT
EOF
iptables -t security -A OUTPUT -p sctp -m ttl --ttl-eq 97 -m mark --mark 1 -j RETURN
iptables -t mangle -P FOO RETURN
iptables -t raw -I OUTPUT -d 127.128.11.24/0 -p icmp -m limit --limit 5/min --limit-burst 1 -j NOTRACK
iptables-save
iptables -A NOPE -s 172.103.6.148/30 -i docker0 -o docker0 -p tcp -j CONNMARK --save-mark
iptables -t mangle -A INPUT -p tcp -m tcp --dport domain:1000 --syn -j CONNMARK --set-mark 0x2
iptables -t mangle -A OUTPUT ! -i eth0 -m conntrack --ctstate INVALID -j RETURN
iptables -t security -F
iptables -t raw -X KUBE-SVC-ABC
iptables -t mangle -A INPUT ! -s 10.22.220.220/30 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -m addrtype --src-type UNICAST -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t nat -A PREROUTING ! -p tcp -j MARK --xor-mark 0x3
iptables -A INPUT -p 47 -m mark --mark 0xffffffff -m limit --limit 1/hour
iptables -N MYCHAIN
iptables-save -t filter -c
iptables -P INPUT DROP
iptables-save
iptables -A FORWARD -i docker0 -o eth+ -p tcp -m tcp --dport 53 -m statistic --mode nth --every 2 --packet 1 -j TRACE
iptables -L MYCHAIN -n -v --line-numbers
iptables -A OUTPUT -p sctp -j TRACE
iptables -t mangle -A OUTPUT -p udp -j RETURN
iptables -t filter -L -x -v -n
ip6tables -t security -X RCHAIN
ip6tables -t filter -A OUTPUT ! -o docker0 -p all -m length --length 0:64 -m owner --uid-owner 0
ip6tables -D OUTPUT 4
ip6tables -N LOGDROP
ip6tables -t security -A OUTPUT -s fe80::1 -m length --length 0:64 -m length ! --length 0:64 -j DROP
ip6tables -t raw -P PREROUTING ACCEPT
ip6tables -A FORWARD -i docker0 -p udp -m limit --limit 5/min --limit-burst 1 -j LOG --log-level debug
ip6tables -A FORWARD -o cni0 -p sctp -m pkttype ! --pkt-type multicast -j MARK --or-mark 0x8
ip6tables -L LOGDROP -n -v --line-numbers
ip6tables -t security -I RCHAIN ! -s fd00::/64 -d 2001:db8:1::1 -p udp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m udp --dport 80 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A OUTPUT ! -p tcp -m owner ! --uid-owner 0 -m conntrack --ctstate NEW -j DOCKER
-A DOCKER -m comment --comment x_y-z
-A FORWARD -o docker0 -g LOGDROP
-A DOCKER -d fd00::/16 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j RETURN
COMMIT
EOF
ip6tables -t security -D INPUT 1
iptables -t nat -D POSTROUTING 1
iptables -L -n -v
ip6tables -t filter -L LOGDROP
ip6tables -A OUTPUT -d ::1 -p ipv6-icmp -m statistic --mode random --probability 0.1 -j CONNMARK --restore-mark
iptables -t security -A FORWARD -p tcp ! --syn -m statistic --mode random --probability 0.33333333349 -j CONNMARK --set-mark 0x2
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [8:434]
:RCHAIN - [0:0]
-A OUTPUT ! -s 10.86.132.246/0 -o docker0 -p udp -g MYCHAIN
[1:103] -A RCHAIN -p tcp -m pkttype --pkt-type broadcast -m pkttype ! --pkt-type unicast -j MYCHAIN
-A INPUT -s 172.71.233.62/16 -i docker0 -m length --length 100:200
-A INPUT -p udp -m limit --limit 100/day --limit-burst 20 -j NFLOG --nflog-group 4
COMMIT
EOF
iptables -t security -A OUTPUT -p udp -j MARK --set-mark 0x1
iptables -R FORWARD 3 -d 192.223.68.248/16 -o cni0 -p udp -m limit --limit 10/second -m ttl --ttl-gt 217 -g MYCHAIN
iptables -t security -A FORWARD -d 198.10.199.45/16 ! -i docker0 ! -o docker0 -p icmp
iptables -A OUTPUT -p tcp -j REJECT
iptables -t mangle -D INPUT 4
iptables -t mangle -A INPUT ! -i veth+ -p tcp -j TRACE
iptables -t mangle -N MYCHAIN
iptables-save
ip6tables-save

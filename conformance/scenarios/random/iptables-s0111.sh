# Random iptables/ip6tables rule set, seed 111 (conformance/generators/iptables.ts)
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [0:493]
:KUBE-SERVICES - [0:0]
-A INPUT -i eth0 -p 47 -j MARK --set-xmark 0x4000/0x4000
-A KUBE-SERVICES -p all -j TRACE
COMMIT
EOF
ip6tables -t raw -A OUTPUT -d fd00:a:b:: -p 47 -j TRACE
ip6tables -t filter -A INPUT -p tcp -m connmark --mark 5/0xff -m addrtype --dst-type UNICAST -j ACCEPT
ip6tables -t filter -D FORWARD -p tcp -m pkttype --pkt-type multicast -m comment --comment "a/b:c -> 10.0.0.1:80" -j RETURN
ip6tables -t raw -A OUTPUT -s ::1 -d ::1 -p udp -m owner --uid-owner 100-200 -m state --state INVALID -j RETURN
ip6tables -t filter -P FOO DROP
ip6tables-save -t security
ip6tables -t raw -A PREROUTING -p ipv6-icmp -j RETURN
ip6tables -t nat -v -X
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [6:815]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 192.72.47.75 -p all -m conntrack --ctstate RELATED,ESTABLISHED -j TRACE
-A OUTPUT -p udp -j KUBE-SERVICES
COMMIT
EOF
iptables-save
iptables -t security -C FORWARD -p udp -j DROP
iptables-save -c -t filter
iptables -t filter -I OUTPUT 1 -p sctp -m state --state NEW -m mark --mark 0x4000/0x4000 -j RETURN
iptables -t mangle -A INPUT ! -d 192.76.26.113/32 -m limit --limit 100/day --limit-burst 1 -j TTL --ttl-inc 2
iptables -C FORWARD -p icmp -m mark --mark 0x4000/0x4000 -m length ! --length 0:64 -j CONNMARK --save-mark
iptables -t filter -Z OUTPUT
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [6:329]
:KUBE-SERVICES - [0:0]
-A FORWARD -p 47 -j NFLOG --nflog-group 4
-A FORWARD -i docker0 -o cni0 -p icmp -j MARK --or-mark 0x8
COMMIT
EOF
ip6tables -t security -F
ip6tables-save
iptables -N MYCHAIN
iptables -t nat -S OUTPUT 1
iptables -t mangle -L PREROUTING 1 -n -v
ip6tables -t nat -F
iptables -Z MYCHAIN 3
iptables -E MYCHAIN MYCHAIN-2
iptables -t filter -P OUTPUT DROP
ip6tables -t filter -L -v -Z
ip6tables-save -c
ip6tables -A FORWARD -s fd00:: -o eth+ -p tcp -m statistic --mode nth --every 2 --packet 1 -m pkttype --pkt-type unicast -j CONNMARK --set-mark 0x2
iptables-save -c
iptables -t nat -F
iptables -A MYCHAIN-2 -o docker0 -p icmp -m statistic --mode nth --every 2 --packet 1 -j DSCP --set-dscp-class EF
iptables -L -n
iptables -N MYCHAIN
iptables -v -A KUBE-SERVICES -d 198.153.119.184 -p tcp -m length ! --length 1500 -j NFLOG --nflog-group 3
iptables -t mangle -N LOGDROP
iptables -A OUTPUT -d 192.219.35.23/8 -p udp -j LOG
iptables -L MYCHAIN -n -v --line-numbers
iptables -t filter -L KUBE-SERVICES -n -v --line-numbers
iptables -t filter -A MYCHAIN -s 198.186.5.186/32 -i br0 -p sctp -m addrtype --src-type UNICAST -m limit --limit 10/second -j ACCEPT
iptables -I KUBE-SERVICES 1 -p all -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m connmark --mark 5/0xff -j CONNMARK --set-mark 0x2
iptables-save -t mangle
iptables -Z KUBE-SERVICES 2
iptables -t nat -I OUTPUT -p sctp -m comment --comment "kubernetes service portals" -j NFLOG --nflog-group 1
iptables -t filter -A INPUT -s 127.129.247.162/0 -d 192.194.238.113 -m statistic --mode random --probability 1 -j NFLOG --nflog-group 0
iptables -t security -A INPUT -s 198.192.147.103 -p sctp -j LOG --log-prefix "x y"
iptables -F KUBE-SERVICES
iptables -t security -A FORWARD -d 10.223.222.184/30 -p tcp -m statistic --mode nth --every 3 --packet 1 -j CONNMARK --set-mark 0x2
iptables -t mangle -A POSTROUTING -o eth+ -p icmp -m addrtype --src-type UNICAST -m mark --mark 0x10/0xf0
ip6tables -t mangle -A POSTROUTING -m comment --comment x_y-z -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t mangle -L
ip6tables -t nat -S POSTROUTING 1
ip6tables -t filter -P FORWARD DROP
ip6tables -t nat -S PREROUTING 3
iptables -t filter -A OUTPUT -c 768 30367 -s 198.17.207.75/12 -p tcp -m tcp --dport 443 -j ACCEPT
iptables -A KUBE-SERVICES -p sctp -m iprange ! --dst-range 10.0.0.1-10.0.0.17 -m connmark --mark 5/0xff -j TRACE
iptables -t raw -w 1 --append OUTPUT -o docker0 -p 47 -m mark ! --mark 0x10/0xf0 -j CT --zone-orig 2
iptables -t filter -v -F MYCHAIN
ip6tables -t security --list OUTPUT --numeric --line-numbers
ip6tables -t security -N MYCHAIN
ip6tables -t filter -D OUTPUT -p ipv6-icmp -m state --state ESTABLISHED,RELATED -m hl --hl-eq 62 -j TRACE
ip6tables -t filter -L INPUT 2 -n -v
iptables -N MYCHAIN
ip6tables -A INPUT -d 2001:db8:: -p udp -m pkttype --pkt-type unicast -m addrtype ! --dst-type MULTICAST -j REJECT --reject-with tcp-reset
ip6tables -F
ip6tables -S FORWARD 2
ip6tables -A FORWARD -s 2001:db8:1::1/16 -p ipv6-icmp -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t raw -P OUTPUT DROP
iptables -t raw -A PREROUTING -d 192.189.65.184/32 -p tcp -m addrtype --dst-type UNICAST ! --syn -j LOG --log-level 4
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 36 (conformance/generators/iptables.ts)
ip6tables -t mangle -A POSTROUTING -o cni0 -p ipv6-icmp -j DROP
ip6tables -D OUTPUT -p ipv6-icmp -m statistic --mode random --probability 1 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t nat -nvL
ip6tables -t nat -L OUTPUT
ip6tables -A INPUT ! -p tcp -m hl --hl-gt 220 -m addrtype --dst-type UNICAST -j MARK --set-mark 0x1
ip6tables -t mangle -L -n
ip6tables -A OUTPUT -d fd00:a:b::/128 -p tcp -m owner ! --uid-owner 100-200 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t raw -R PREROUTING 1 ! -d fd00:: -i veth+ -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9
ip6tables -A OUTPUT -o eth+ -j ACCEPT
ip6tables -t raw -P PREROUTING ACCEPT
ip6tables -t security -L INPUT
ip6tables -t nat -X
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:716]
:KUBE-SERVICES - [0:0]
[4:375] -A FORWARD -s 2001:db8:: -p ipv6-icmp -m addrtype --dst-type BROADCAST -g KUBE-SERVICES
[2:445] -A OUTPUT -o docker0 -p ipv6-icmp -j TRACE
COMMIT
EOF
ip6tables -A KUBE-SERVICES -d 2001:db8:1::1 -p all -m length --length 100:200 -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --and-mark 0xff
ip6tables-restore <<'EOF'
*nat
:PREROUTING DROP [5:789]
:DOCKER - [0:0]
-A OUTPUT -p tcp -m statistic --mode nth --every 2 --packet 1 -j DNAT --to-destination [fd00::3]:8080
COMMIT
EOF
ip6tables -t nat -A OUTPUT -s fd00::/16 -m owner --uid-owner 100-200 -j LOG
ip6tables -P OUTPUT ACCEPT
ip6tables -N LOGDROP
iptables -t security -I INPUT -d 10.89.95.246/16 -i docker0 -p udp -j ACCEPT
iptables -P FORWARD DROP
ip6tables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A DOCKER -s fd00:a:b::/64 -p 47 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m statistic --mode nth --every 10 --packet 0 -j NOTRACK
-A OUTPUT -d fd00:a:b:: -p tcp -j RETURN
-A OUTPUT -o docker0 -p sctp -j RETURN
COMMIT
EOF
ip6tables -L -v
ip6tables -t nat -Z
ip6tables-save
ip6tables -nvL
ip6tables -t mangle -F
ip6tables -t security -C FORWARD -s 2001:db8:1::1 -i docker0 -p udp -m statistic --mode random --probability 0.5 -j DROP
ip6tables -Z LOGDROP
ip6tables -t filter -C FORWARD -p all -m limit --limit 5/min --limit-burst 1 -j DROP
ip6tables -t raw -A OUTPUT -p sctp -m addrtype --src-type UNICAST -j NOTRACK
ip6tables -C FORWARD -m state --state INVALID -j LOG
ip6tables -D LOGDROP -s fe80::1/128 -i lo -p sctp -j KUBE-SERVICES
ip6tables -t nat -I POSTROUTING 3 -s 2001:db8:: -d fd00:a:b:: -p sctp -m state --state ESTABLISHED,RELATED -m addrtype --src-type LOCAL -j DOCKER
ip6tables -I FORWARD -m owner --uid-owner 65534 -j KUBE-SERVICES
ip6tables -t nat -P PREROUTING DROP
ip6tables -t security -S
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [5:292]
:DOCKER - [0:0]
-A DOCKER -i docker0 -o eth1 -p tcp -m multiport --dports 80,443 -m pkttype ! --pkt-type multicast
[0:298] -A DOCKER -j DROP
-A OUTPUT -p udp -m hl --hl-gt 165 -m owner --uid-owner 100-200 -j TRACE
-A DOCKER -p tcp -m addrtype --dst-type UNICAST -j DOCKER
COMMIT
EOF
ip6tables -t nat -A DOCKER -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m mark --mark 1 -j TRACE
iptables-save
iptables -t filter -R OUTPUT 1 ! -o docker0 -p tcp -j REJECT
iptables -t mangle -R POSTROUTING 3 -d 192.221.185.16/32 -p all -j CONNMARK --restore-mark --mask 0xff
iptables-save -t security
iptables -t nat -A POSTROUTING -s 10.33.228.33/8
iptables -t raw -N DOCKER-USER
iptables -L -v
iptables -R OUTPUT 2 ! -s 192.106.215.3/8 ! -o docker0 -j NFLOG --nflog-group 0
iptables -S INPUT
iptables -D FORWARD -d 198.203.29.37/30 -p udp -m conntrack --ctstate RELATED,ESTABLISHED -m state --state NEW -j REJECT
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [3:611]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -o cni0 -p all
-A INPUT -p sctp -j ACCEPT
-A FORWARD ! -s 198.147.102.202/32 -p udp -m iprange --dst-range 10.0.0.1-10.0.0.200 -m conntrack --ctstate NEW -j RETURN
COMMIT
EOF
iptables -t security -A OUTPUT -s 198.142.10.52/0 -p icmp -j RETURN
ip6tables -t nat -C DOCKER -o cni0 -j RETURN
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [4:854]
:RCHAIN - [0:0]
-A OUTPUT -m pkttype --pkt-type unicast -m conntrack ! --ctstate UNTRACKED -j TRACE
-A OUTPUT -s fd00:a:b:: -p ipv6-icmp -j CONNMARK --restore-mark --mask 0xff
-A POSTROUTING ! -s 2001:db8:1::1 -p tcp -j MASQUERADE
COMMIT
EOF
ip6tables -t nat -A PREROUTING -p sctp -m limit --limit 1/hour -m statistic --mode nth --every 10 --packet 0 -j MARK --or-mark 0x8
ip6tables -t security -I OUTPUT 3 ! -d ::1 -o docker0 -p tcp -m comment --comment "kubernetes service portals" -m tcp --dport domain -j ACCEPT
ip6tables -t security -X
iptables -t mangle -S
iptables -t filter -P OUTPUT ACCEPT
iptables -t filter -F
iptables -L -n -v
iptables -t security -P FORWARD ACCEPT
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 76 (conformance/generators/iptables.ts)
iptables -t filter -A OUTPUT -s 192.225.9.51 -p tcp -m multiport --dports 53 -m addrtype --dst-type UNICAST -j LOG --log-level info
iptables -L -x -v -n
iptables -t security -D OUTPUT -p sctp -j CONNMARK --set-mark 0x2
iptables -I OUTPUT ! -s 127.211.160.184/0 -p 47 -j MARK --xor-mark 0x3
iptables -t mangle -C FORWARD -o docker0 -m mac --mac-source 02:00:00:00:00:55 -m addrtype --dst-type UNICAST -j DROP
iptables -t security -L FORWARD
ip6tables -R OUTPUT 1 -p ipv6-icmp --icmpv6-type 136 -m state --state NEW -j TRACE
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [5:622]
:DOCKER - [0:0]
-A INPUT -d ::1 -p tcp -m multiport ! --ports http,https -m length --length 1500 -j CONNMARK --save-mark
-A FORWARD -m physdev --physdev-in veth0 -m addrtype --dst-type BROADCAST
-A INPUT -d fd00:: -p sctp -m pkttype --pkt-type unicast -m conntrack --ctstate INVALID -j CONNMARK --set-mark 0x2
-A FORWARD -d 2001:db8::/16 -p sctp -m owner --uid-owner 65534 -j DOCKER
COMMIT
EOF
ip6tables -t filter -nvL
ip6tables -A FORWARD -i br0 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j DOCKER
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -s 198.85.209.215/8 -m statistic --mode random --probability 0.33333333349 -m conntrack --ctstate RELATED,ESTABLISHED -g RCHAIN
-A INPUT -s 198.59.136.149 -p tcp -m physdev --physdev-is-bridged -m multiport --sports 22,80:90,8080 -j RCHAIN
-A RCHAIN ! -i veth+ -p tcp -m ttl --ttl-eq 225 -j LOG --log-level 7
COMMIT
EOF
iptables -t filter -I FORWARD -p tcp -m physdev ! --physdev-is-in -m statistic --mode nth --every 2 --packet 1 -j NFLOG --nflog-group 2
iptables -t raw -Z
iptables -t filter -A OUTPUT -o docker0 -p all -j RCHAIN
iptables -F
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [1:912]
:RCHAIN - [0:0]
-A OUTPUT -p 47 -j RETURN
[2:448] -A OUTPUT -s 172.191.62.166/32 -p tcp -j RCHAIN
-A OUTPUT -s 198.170.137.80/30 -j RCHAIN
-A PREROUTING ! -i br0 -p all -j CT --zone 3
COMMIT
EOF
iptables -t security -R INPUT 1 -s 198.109.71.64 -p tcp -m physdev ! --physdev-is-in -j CT --notrack
iptables -t mangle -D INPUT -p tcp --tcp-flags FIN,ACK FIN -m ttl --ttl-lt 227 -j LOG --log-prefix "drop"
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:369]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p tcp -m mark --mark 0x4000/0x4000 -j REJECT
-A KUBE-SERVICES ! -o eth1 -p 47 -m comment --comment "kubernetes service portals" -j TRACE
-A INPUT ! -s 2001:db8:: -p tcp -m tcp --dport 3000 -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -t security -D FORWARD -p ipv6-icmp -j TRACE
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [2:160]
:RCHAIN - [0:0]
-A INPUT -p sctp -m pkttype ! --pkt-type multicast -m iprange --src-range 2001:db8::1-2001:db8::9 -j RCHAIN
-A OUTPUT ! -s 2001:db8::/32 -m mark --mark 1 -j RCHAIN
COMMIT
EOF
ip6tables -t security -D FORWARD 1
iptables -t security -A INPUT -i docker0 -p tcp -m addrtype ! --dst-type BROADCAST
iptables -t filter -D FORWARD 4
iptables -A OUTPUT -d 127.179.90.242 -p tcp -m multiport --ports 53 -m multiport --sports 22,80:90,8080 -j RCHAIN
iptables-restore -c <<'EOF'
*nat
:PREROUTING DROP [0:313]
:DOCKER - [0:0]
-A POSTROUTING -d 198.200.172.237/12 -p all -j TRACE
-A INPUT -p tcp -j CONNMARK --restore-mark --mask 0xff
-A INPUT -p 47 -j NOTRACK
-A POSTROUTING -s 198.14.97.2/32 -p tcp -m conntrack --ctstate INVALID -m multiport --dports http,https
COMMIT
EOF
ip6tables -t security -A INPUT -d 2001:db8:: -p tcp -m addrtype --dst-type LOCAL -m conntrack ! --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -A FORWARD -i lo -p all -m comment --comment docker -g KUBE-SERVICES
ip6tables -A OUTPUT -o cni0 -p tcp -m comment --comment "kubernetes service portals" -j NFLOG --nflog-group 4
ip6tables -t raw -Z OUTPUT
ip6tables -F
ip6tables -t filter -A OUTPUT ! -s fd00:a:b::/48 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -I KUBE-SERVICES -s 2001:db8::/32 -d fe80::1 -p all -m physdev --physdev-in veth0 -j TRACE
iptables -t nat -F DOCKER
iptables -t raw -A NOPE ! -d 127.78.205.176 ! -i veth+ -p all -j CT --zone 3
ip6tables -A KUBE-SERVICES -o docker0 -p ipv6-icmp -m physdev --physdev-out eth+ -m addrtype --dst-type LOCAL -j REJECT --reject-with icmp6-no-route
ip6tables -t mangle -A FORWARD -p tcp -m addrtype --src-type UNICAST -m tcp --dport 80:1000 -j TRACE
ip6tables -t nat -N KUBE-SVC-ABC
ip6tables -t nat -A KUBE-SVC-ABC -s ::1/16 -p ipv6-icmp -g KUBE-SVC-ABC
ip6tables -A FORWARD -s fe80::1/127 ! -i br0 -p 47 -j MARK --xor-mark 0x3
ip6tables -t security -A OUTPUT ! -d fd00:a:b::/64 -o eth1 -m addrtype --src-type LOCAL -m statistic --mode random --probability 0.1 -j TRACE
ip6tables -F
ip6tables -t filter -A KUBE-SERVICES -p ipv6-icmp -j KUBE-SERVICES
ip6tables -A FORWARD -d ::1 -m statistic --mode random --probability 1 -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
ip6tables -t filter -R OUTPUT 1 -o eth1 -p tcp -m tcp --dport 443 -m mark ! --mark 0xffffffff -g KUBE-SERVICES
ip6tables -I KUBE-SERVICES -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 2
ip6tables -A OUTPUT -d 2001:db8:1::1/127 -m comment --comment x_y-z -j KUBE-SERVICES
ip6tables -t filter -S
ip6tables -Z
ip6tables-save
ip6tables-save
ip6tables-save
ip6tables -t raw -L -n --line-numbers
ip6tables -t security -A FORWARD -p tcp -j TRACE
ip6tables -A FORWARD -j NFLOG --nflog-group 1 --nflog-prefix p
iptables-save -c
iptables -t raw -N MYCHAIN
iptables -A OUTPUT -d 198.52.187.110 -p udp -m multiport --ports 53 -m physdev --physdev-in veth0
iptables -A INPUT -p 47 -m ttl --ttl-eq 52 -m iprange --dst-range 10.0.0.1-10.0.0.120
iptables-save
iptables -t nat -F
iptables -t raw -A RCHAIN -s 172.83.6.148 -i br0 -o eth+ -p all -j TRACE
iptables-save
iptables -D OUTPUT -d 10.154.21.203 -p all -m length --length 0:64 -j RETURN
iptables -t raw -A RCHAIN -o cni0 -m addrtype --src-type LOCAL
iptables -t mangle -A POSTROUTING -d 192.104.97.40/8 -p 47 -j NFLOG --nflog-group 2
iptables -N KUBE-SEP-XYZ
iptables -L -n
iptables -N KUBE-SERVICES
iptables -I KUBE-SERVICES 3 -p all -j ACCEPT
iptables-save
ip6tables-save

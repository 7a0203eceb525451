# Random iptables/ip6tables rule set, seed 80 (conformance/generators/iptables.ts)
iptables -A FORWARD -s 172.56.190.242 -d 127.171.223.121/32 ! -i lo -m pkttype --pkt-type unicast -j TRACE
iptables -F
iptables -A FORWARD -p 47 -m length --length 100:200
ip6tables -t mangle -I OUTPUT 4 -p tcp -m mark --mark 0x10/0xf0 -j REJECT --reject-with icmp6-no-route
ip6tables -t filter -F
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [8:915]
:KUBE-SERVICES - [0:0]
-A POSTROUTING ! -s ::1 -o cni0 -p ipv6-icmp -m owner --uid-owner 100-200 -m pkttype --pkt-type unicast -j MARK --and-mark 0xff
[0:357] -A PREROUTING -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
-A POSTROUTING -p udp -m comment --comment docker -m addrtype --dst-type LOCAL -g KUBE-SERVICES
[2:56] -A PREROUTING -m hl --hl-lt 2 -m limit --limit 1/hour -j TRACE
COMMIT
EOF
ip6tables-save -c
ip6tables -t security -N KUBE-SERVICES
ip6tables-save -t filter
ip6tables -S -v
ip6tables -F
ip6tables -D INPUT 3
ip6tables -t security -A OUTPUT -p tcp -m owner --uid-owner 65534 -m state --state INVALID -j KUBE-SERVICES
ip6tables -C OUTPUT -p sctp -m statistic --mode nth --every 2 --packet 1 -j ACCEPT
ip6tables-save
ip6tables -t filter -nvL
ip6tables -t mangle -L -n --line-numbers
ip6tables -t mangle -N KUBE-SERVICES
ip6tables -A OUTPUT -s ::1/64 -p ipv6-icmp -m limit --limit 5/min --limit-burst 20 -j TRACE
iptables -t raw -A PREROUTING -p 47 -j CONNMARK --restore-mark
iptables-save -t nat
iptables -t filter -nvL
iptables -t filter -C FORWARD -s 198.185.175.211/0 -d 198.101.94.11 -m mark ! --mark 0xffffffff -m addrtype --dst-type BROADCAST -j TRACE
ip6tables-save
iptables -t filter -I INPUT 4 ! -d 127.234.222.14/24 -p udp -j ACCEPT
iptables -t filter -I INPUT 2 -j TRACE
ip6tables-save -t filter
ip6tables -t security -F
ip6tables -t filter -L -n --line-numbers
ip6tables -L FORWARD
ip6tables -t raw -P OUTPUT DROP
ip6tables -F
ip6tables -t mangle -P PREROUTING DROP
ip6tables -L FORWARD -n -v --line-numbers
ip6tables-save -c
ip6tables -A INPUT -s 2001:db8:1::1 -p all -j RETURN
iptables -t filter -N f2b-sshd
iptables -A INPUT -d 10.169.110.232/12 -i eth0 -p all -m physdev --physdev-out eth+ -m statistic --mode random --probability 0.5 -j MARK --xor-mark 0x3
iptables-save
iptables-restore --noflush -c <<'EOF'
*nat
:DOCKER - [0:0]
-A PREROUTING -d 172.131.110.221/30 -p udp -j DROP
-A PREROUTING -i br0 -p icmp -g DOCKER
-A INPUT ! -d 198.80.215.95 -m statistic --mode random --probability 1 -j LOG
COMMIT
EOF
iptables -t security -D OUTPUT 1
ip6tables-save
iptables-save -t filter
iptables -t raw -N MYCHAIN
iptables -A OUTPUT -s 192.37.148.217 -d 198.44.76.110/0 -m length ! --length 100:200 -j TRACE
iptables -t mangle -A INPUT -d 127.192.59.42 -p icmp -j TTL --ttl-dec 1
iptables -t nat -I POSTROUTING -d 192.75.15.211/16 -p all -m addrtype --src-type UNICAST -j DOCKER
iptables -t nat -A POSTROUTING -d 127.145.77.222 -p sctp -m conntrack --ctstate NEW -j MASQUERADE
iptables -t raw -N DOCKER-USER
iptables -A FORWARD -d 172.139.46.243/16 -j CONNMARK --set-mark 0x2
iptables -t mangle -D FORWARD 3
iptables-save -t filter
iptables -t nat -E DOCKER DOCKER-2
iptables -S -v
iptables -nvL
iptables -S -v
iptables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A OUTPUT ! -d 10.48.112.156/32 -p sctp -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -I FORWARD 3 -p ipv6-icmp -m hl --hl-lt 217 -j DROP
ip6tables -t filter -N DOCKER
ip6tables -t raw -C PREROUTING ! -s fd00::/64 -m comment --comment x_y-z -j TRACE
ip6tables -D DOCKER -s fd00::/48 ! -d fe80::1/64 -p 47 -m pkttype ! --pkt-type unicast
ip6tables -t raw -L -n --line-numbers
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t mangle -A OUTPUT -o cni0 -p sctp -m conntrack ! --ctstate NEW
iptables -C OUTPUT -p sctp -j CONNMARK --restore-mark
ip6tables -t nat -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -A DOCKER -p 47 -m physdev --physdev-out eth+ -m addrtype --src-type UNICAST -j ACCEPT
ip6tables -X DOCKER
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -p all -m addrtype --src-type LOCAL -m statistic --mode nth --every 2 --packet 0 -j TRACE
-A OUTPUT -s fd00:: -m addrtype ! --dst-type UNICAST -m owner --uid-owner 65534 -j REJECT --reject-with icmp6-no-route
-A OUTPUT -s fd00:a:b::/32 -p 47 -m statistic --mode random --probability 0.33333333349 -m owner --uid-owner 100-200 -j KUBE-SERVICES
COMMIT
EOF
ip6tables -R KUBE-SERVICES 1 -s ::1/16 -d fd00:: -p udp -m comment --comment x_y-z -j LOG
iptables-save
ip6tables-save

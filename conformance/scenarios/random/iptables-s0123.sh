# Random iptables/ip6tables rule set, seed 123 (conformance/generators/iptables.ts)
iptables -Z OUTPUT
iptables -P OUTPUT ACCEPT
iptables -t nat -X
iptables -S INPUT 1
iptables -t filter -D INPUT 3
iptables -t raw -A OUTPUT -s 10.78.91.61/16 -p 47 -m limit --limit 3/s -m pkttype --pkt-type broadcast -j TRACE
iptables -t raw -v -X
iptables -A NOPE -c 328 14905 ! -s 192.177.219.19/8 ! -d 127.253.142.164 -o docker0 -j CONNMARK --restore-mark --mask 0xff
iptables-save
iptables -t filter -A INPUT -i lo -p udp
iptables -A INPUT -m length --length 100:200 -m iprange --dst-range 10.0.0.1-10.0.0.59
ip6tables -t filter -X
ip6tables -t nat -Z
ip6tables -t nat -X
ip6tables -F
ip6tables -X OUTPUT
iptables -v -I INPUT 3 -d 198.184.8.79/16 -i br0 -p sctp -m mark --mark 0x4000/0x4000 -j DROP
iptables -t security -A INPUT -c 224 36914 -d 10.0.5.60/12 -i eth0 -p tcp -m ttl --ttl-gt 134 -m ttl --ttl-eq 198 -j ACCEPT
iptables -v -A INPUT -j DROP
iptables -t mangle -N DOCKER
iptables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING ACCEPT [6:376]
:KUBE-SERVICES - [0:0]
-A POSTROUTING -d 192.78.244.155/16 -o eth1 -j LOG --log-prefix "IN: " --log-level debug
COMMIT
EOF
ip6tables -I FORWARD 1 -s 2001:db8::/128 -d fd00::/128 -o cni0 -p sctp -m addrtype --src-type UNICAST -j DROP
ip6tables -A OUTPUT -p ipv6-icmp -m addrtype --src-type LOCAL -j NFLOG --nflog-group 4
ip6tables -t mangle -v -I PREROUTING 2 -s fd00:a:b::/64 -j RETURN
ip6tables -t raw -N DOCKER-USER
ip6tables -t filter -A FORWARD -d 2001:db8:1::1 -p sctp -m statistic --mode random --probability 1 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle --list POSTROUTING --numeric --line-numbers
iptables -t filter -A OUTPUT -c 631 41623 -p all -m comment --comment x_y-z -j TRACE
iptables -A INPUT -s 198.15.142.10 -d 192.205.160.68/16 -p tcp -j LOG --log-prefix "drop"
iptables -C FORWARD -p tcp -m mark --mark 0x10/0xf0 -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j LOG
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -i br0 -p all -m addrtype --dst-type UNICAST -m owner --uid-owner 65534 -j KUBE-SERVICES
-A OUTPUT -s 127.245.217.218 -p tcp -m ttl --ttl-eq 90 -m pkttype ! --pkt-type multicast -j TTL --ttl-inc 2
-A OUTPUT ! -d 198.167.167.57/12 -p all -j RETURN
-A KUBE-SERVICES -p sctp -m mark --mark 0xffffffff -m ttl --ttl-lt 185 -j TRACE
COMMIT
EOF
iptables -t nat -X OUTPUT
ip6tables-save
iptables -A FORWARD -p 47 -m conntrack --ctstate UNTRACKED -j CONNMARK --restore-mark
iptables -t filter -I KUBE-SERVICES -o docker0 -p sctp -m statistic --mode random --probability 0.33333333349 -m pkttype ! --pkt-type unicast -j REJECT
iptables -t filter -A OUTPUT -s 192.225.242.23/16 -p sctp -m physdev ! --physdev-is-in
iptables -v -X
iptables-save -t mangle
iptables -t raw -v -F
iptables -t raw -Z
iptables -A KUBE-SERVICES
iptables -v -F OUTPUT
iptables -t mangle -A FORWARD -o cni0 -p tcp -m statistic --mode nth --every 2 --packet 0 -m mark --mark 0xffffffff -j ACCEPT
iptables -t raw -I PREROUTING -i lo -p tcp -m length --length 100:200 -m ttl --ttl-eq 109 -j DROP
iptables -t raw -I OUTPUT 3 ! -o cni0 -p sctp -m ttl --ttl-lt 129 -j NOTRACK
iptables -P INPUT DROP
iptables -t security -A FORWARD ! -d 198.225.235.213 ! -i docker0 -o eth1 -p icmp -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 2
iptables -t raw --list OUTPUT --numeric --line-numbers
iptables -C OUTPUT ! -d 10.50.61.56/30 -o docker0 -p udp -m multiport --sports 53 -m multiport --sports 53 -j KUBE-SERVICES
iptables -t security -I OUTPUT 3 -p icmp -j LOG --log-prefix "x y" --log-level crit
iptables -t nat -A POSTROUTING -p icmp -j REJECT
iptables -v -A KUBE-SERVICES ! -s 127.254.216.1/8 -d 192.219.45.132/16 -o docker0 -p icmp -m statistic --mode nth --every 10 --packet 1 -j CONNMARK --set-mark 0x2
iptables -t raw -F
ip6tables -v -X
ip6tables -A INPUT -p all
ip6tables -t nat -F
ip6tables -L OUTPUT 1 -n -v
ip6tables -t raw -A PREROUTING -s fe80::1 -p sctp -m statistic --mode nth --every 3 --packet 1 -g DOCKER-USER
ip6tables -t security -A INPUT -s ::1/32 -i eth0 -p udp -m length --length 1500 -j DROP
ip6tables -L
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [7:22]
:KUBE-SERVICES - [0:0]
-A FORWARD -i eth0 -p all -m limit --limit 5/min --limit-burst 1 -m statistic --mode random --probability 0.1 -j NFLOG --nflog-group 3
-A KUBE-SERVICES -p sctp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j REJECT --reject-with icmp-admin-prohibited
[2:89] -A KUBE-SERVICES -p all -j MARK --set-mark 0x1
COMMIT
EOF
iptables -t mangle -D PREROUTING -s 10.12.8.223 -p icmp -m mark --mark 0xffffffff -j CONNMARK --set-mark 0x2
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [4:685]
:DOCKER - [0:0]
-A OUTPUT -m physdev ! --physdev-is-in -j RETURN
-A OUTPUT -d 192.139.225.66 -i docker0 -p icmp -m connmark ! --mark 0x1 -j MARK --or-mark 0x8
-A FORWARD -i eth0 -p sctp -j TRACE
COMMIT
EOF
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [4:80]
:RCHAIN - [0:0]
[3:380] -A RCHAIN -s 172.102.207.139 -m state ! --state NEW -j RETURN
COMMIT
EOF
iptables -t security -Z OUTPUT 1
iptables -t filter -v -F OUTPUT
iptables -t mangle -D DOCKER -i docker0 -p 47 -j TRACE
iptables -t security -v -I FORWARD 1 -o eth+ -m addrtype --dst-type UNICAST -j ACCEPT
iptables-save
iptables -t filter -A NOPE -p sctp -j LOG --log-prefix "IN: " --log-level info
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 40 (conformance/generators/iptables.ts)
ip6tables -t mangle -A FORWARD -p all -m hl --hl-eq 196 -j HL --hl-inc 2
iptables-save -t filter
iptables -t filter -D INPUT 3
iptables -t nat -L -n --line-numbers
iptables -t nat -S PREROUTING
iptables -t security -Z
iptables -A OUTPUT -s 10.218.183.22/0 -p icmp -m mark --mark 0x10/0xf0 -j LOG --log-prefix "x y"
iptables -t nat -I POSTROUTING 3 -o docker0 -p all -m conntrack --ctstate INVALID -j DROP
iptables -t nat -Z POSTROUTING
iptables -S FORWARD
iptables -R FORWARD 1 -d 10.116.139.136/32 -o eth+ -m length --length 1500 -j MARK --set-mark 0x1
ip6tables -t nat -P INPUT DROP
ip6tables -L -n --line-numbers
ip6tables -t raw -S -v
ip6tables -t filter -F
ip6tables -t security -A INPUT -p all -m conntrack ! --ctstate INVALID -m addrtype --src-type UNICAST
ip6tables -t raw -N DOCKER
ip6tables -t raw -A PREROUTING -d fd00:: -m pkttype --pkt-type multicast -j MARK --xor-mark 0x3
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [0:703]
:KUBE-SERVICES - [0:0]
-A INPUT -s 2001:db8:: ! -d 2001:db8:: -p all -m addrtype ! --dst-type MULTICAST -m hl --hl-eq 39 -j LOG --log-level info
-A INPUT -i eth0 -p ipv6-icmp -j LOG
-A KUBE-SERVICES ! -o cni0 -p tcp -m owner --uid-owner 100-200 -m tcp --dport domain -j CONNMARK --restore-mark
COMMIT
EOF
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [0:291]
:DOCKER - [0:0]
-A PREROUTING -m addrtype --dst-type BROADCAST -j MARK --set-xmark 0x4000/0x4000
-A OUTPUT -d fe80::1/48 -p all -j NFLOG --nflog-group 4
-A OUTPUT -s fd00:: -p udp -m length ! --length 0:64 -m physdev ! --physdev-is-in -j DROP
COMMIT
EOF
ip6tables -t mangle -D FORWARD -o cni0 -j CONNMARK --restore-mark
ip6tables -S -v
iptables -t mangle -D PREROUTING -m iprange --dst-range 10.0.0.1-10.0.0.28 -j TTL --ttl-dec 1
iptables -t filter -A INPUT -p 47 -m length --length 100:200 -m length --length 1500 -j DROP
iptables -F
iptables -F
iptables -t nat -A POSTROUTING -p 47 -m state --state NEW
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [4:507]
:DOCKER - [0:0]
[2:370] -A FORWARD -s 192.148.75.76 ! -d 172.105.71.223/32 -o eth+ -j CONNMARK --set-mark 0x2
-A FORWARD -s 192.91.132.28/30 -i docker0 -p sctp -m physdev --physdev-out eth+ -m statistic --mode nth --every 10 --packet 0 -j LOG --log-prefix "drop"
COMMIT
EOF
iptables -A NOPE -m state --state NEW -j REJECT --reject-with icmp-admin-prohibited
iptables-save -t raw
ip6tables-save
iptables -C INPUT -s 192.141.76.252 -p tcp -m ttl --ttl-lt 177 -m statistic --mode nth --every 3 --packet 0 -j LOG
iptables-restore -c <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A PREROUTING -d 198.242.166.107 -p tcp -m pkttype --pkt-type unicast -m iprange --dst-range 10.0.0.1-10.0.0.147 -j CONNMARK --restore-mark
-A POSTROUTING -s 192.55.111.27/30 -d 10.58.206.162/24 -o docker0 -m statistic --mode nth --every 10 --packet 1 -m addrtype --dst-type LOCAL -j KUBE-SERVICES
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [6:825]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p sctp -m pkttype ! --pkt-type broadcast -m connmark --mark 5/0xff -j LOG
-A INPUT -p tcp --sport 3000:1000 -m connmark --mark 0x1 -g KUBE-SERVICES
[3:337] -A OUTPUT ! -s 198.180.220.9/32 -d 127.231.53.62 -m limit --limit 10/second --limit-burst 5 -j KUBE-SERVICES
-A OUTPUT -p icmp -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
COMMIT
EOF
iptables -A OUTPUT -m iprange --dst-range 10.0.0.1-10.0.0.72 -j MARK --xor-mark 0x3
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A OUTPUT ! -s 198.216.41.76 ! -o eth1 -p tcp -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 1 --nflog-prefix p
-A INPUT -d 198.80.147.8/24 -i br0 -j TRACE
COMMIT
EOF
iptables-save -c
iptables -R KUBE-SERVICES 2 ! -s 10.35.43.73 -d 127.95.86.194 -p all -m connmark --mark 0x1 -j RETURN
iptables -N KUBE-SERVICES
iptables -t nat -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t nat -R PREROUTING 2 -s 10.232.30.255/24 -d 127.202.181.217/30 -j RETURN
ip6tables -t security -F
ip6tables -t mangle -P FOO DROP
ip6tables -A OUTPUT -p udp -m multiport ! --ports http,https -j KUBE-SERVICES
ip6tables -A INPUT ! -d 2001:db8:1::1/128 -p tcp -m mac --mac-source 02:00:00:00:00:71 -j KUBE-SERVICES
ip6tables -t raw -P PREROUTING DROP
ip6tables -t nat -A NOPE ! -o docker0 -p udp -m hl --hl-lt 212 -m conntrack --ctstate RELATED,ESTABLISHED -j DNAT --to-destination 2001:db8::1
iptables -A KUBE-SERVICES -o docker0 -m addrtype --src-type UNICAST -m ttl --ttl-eq 15 -g KUBE-SERVICES
iptables-save -c
iptables -F
iptables -t filter -X KUBE-SERVICES
iptables -N DOCKER-USER
iptables -t mangle -F
iptables -t raw -A PREROUTING -d 172.104.209.167 -i eth0 -m iprange --dst-range 10.0.0.1-10.0.0.192 -j DROP
iptables -t security -A OUTPUT -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.118 -j RETURN
iptables -F
iptables -t raw -C PREROUTING -p 47 -m addrtype --src-type UNICAST -m length --length 100:200 -j CT --notrack
iptables -t raw -L OUTPUT -n -v --line-numbers
iptables -t mangle -P INPUT RETURN
iptables -t mangle -A OUTPUT -p udp -g KUBE-SERVICES
iptables-save
ip6tables-save

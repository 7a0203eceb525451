# Random iptables/ip6tables rule set, seed 69 (conformance/generators/iptables.ts)
iptables-save -c
iptables -nvL
iptables -I FORWARD -p all -m mark ! --mark 0x10/0xf0 -m iprange --dst-range 10.0.0.1-10.0.0.164 -j LOG
ip6tables-save -c
ip6tables -A INPUT ! -s ::1 -m pkttype --pkt-type unicast -j REJECT --reject-with icmp6-port-unreachable
iptables -t filter -N KUBE-SERVICES
ip6tables -t security -N KUBE-SVC-ABC
ip6tables -t raw -A OUTPUT -p tcp -m addrtype --src-type UNICAST
ip6tables -R OUTPUT 1 -s fe80::1/16 -d 2001:db8:1::1/128 -p sctp -m owner --uid-owner 100-200 -m statistic --mode nth --every 3 --packet 0 -j TRACE
ip6tables -L INPUT -n -v --line-numbers
iptables -A KUBE-SERVICES -s 172.49.201.171/8 -g KUBE-SERVICES
iptables -t filter -R KUBE-SERVICES 2 -s 198.117.196.250 -p 47 -g KUBE-SERVICES
iptables -I OUTPUT -m statistic --mode random --probability 0.5 -j CONNMARK --restore-mark
iptables -L NOPE -n -v --line-numbers
iptables -C NOPE -i eth0 -j NFLOG --nflog-group 4
ip6tables -F
ip6tables -t mangle -N DOCKER
ip6tables -C INPUT -s fe80::1/128 -p sctp -j RETURN
ip6tables-restore --noflush <<'EOF'
*mangle
:KUBE-SERVICES - [0:0]
-A POSTROUTING -o docker0 -p all -j HL --hl-dec 1
[0:464] -A KUBE-SERVICES -i lo -p ipv6-icmp -m statistic --mode nth --every 3 --packet 0 -j LOG --log-prefix "x y" --log-level debug
-A PREROUTING ! -i eth0 -p all -j MARK --set-mark 5/0xff
[3:8] -A INPUT -i eth0 -p 47 -m pkttype --pkt-type unicast -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG --log-prefix "IN: " --log-level crit
COMMIT
EOF
ip6tables -t mangle -I KUBE-SERVICES 3 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m physdev --physdev-in veth0 -j DOCKER
ip6tables -t security -E KUBE-SVC-ABC KUBE-SVC-ABC-2
ip6tables -t filter -A FORWARD -s 2001:db8::/16 -i eth0 -o eth+ -p tcp --tcp-flags ALL NONE -m tcp --dport 0 -j MARK --set-mark 0x1
ip6tables -F
iptables -A OUTPUT -d 172.164.238.83 -p 47 -m ttl --ttl-eq 39 -m ttl --ttl-gt 128 -j DROP
iptables -t nat -S -v
iptables -t filter -C OUTPUT -d 127.27.82.171 -m length --length 0:64 -j DROP
iptables -A NOPE -i br0 -m pkttype --pkt-type multicast -j LOG --log-prefix "drop" --log-level info
iptables-restore <<'EOF'
*mangle
:RCHAIN - [0:0]
[0:4] -A FORWARD -p all -m iprange --dst-range 10.0.0.1-10.0.0.97 -m pkttype --pkt-type multicast -j RCHAIN
COMMIT
EOF
iptables -A KUBE-SERVICES -s 198.28.249.77/30 -i docker0 ! -p tcp -j DROP
iptables -t nat -D POSTROUTING 2
ip6tables -t nat -F
ip6tables -t raw -I OUTPUT 1 -p tcp -j CT --zone 3
ip6tables -D OUTPUT 2
ip6tables -t nat -S
ip6tables -N KUBE-SVC-ABC
ip6tables-save -c
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [2:321]
:DOCKER - [0:0]
-A PREROUTING -s fe80::1 -i eth0 -p ipv6-icmp -m addrtype ! --dst-type UNICAST -m mac --mac-source 02:00:00:00:00:42 -j NOTRACK
[1:396] -A OUTPUT -s 2001:db8:: ! -d 2001:db8:: -p tcp -j LOG --log-level crit
-A PREROUTING -s 2001:db8:1::1/64 -i docker0 -p 47 -j MARK --xor-mark 0x3
-A OUTPUT -d fd00:a:b::/64 -p ipv6-icmp -m addrtype --dst-type UNICAST -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
ip6tables -P INPUT ACCEPT
ip6tables -t nat -A INPUT -d 2001:db8:1::1 -p ipv6-icmp -j RETURN
ip6tables -A INPUT -i docker0 -m length --length 100:200 -j LOG
ip6tables -t mangle -A OUTPUT -j HL --hl-inc 2
ip6tables -A FORWARD -p ipv6-icmp -m limit --limit 3/s -m pkttype ! --pkt-type broadcast -j KUBE-SVC-ABC
ip6tables -t raw -I OUTPUT 2 -s 2001:db8::/16 ! -o eth+ -m state --state NEW -j LOG --log-prefix "drop"
ip6tables -t filter -N DOCKER-USER
ip6tables -t filter -A KUBE-SVC-ABC -p tcp -m limit --limit 5/min -j LOG --log-prefix "x y" --log-level 7
ip6tables -Z
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:484]
:DOCKER - [0:0]
[3:163] -A DOCKER -p sctp -g DOCKER
-A INPUT -p udp -m physdev --physdev-in veth0 -m connmark --mark 0x1 -j REJECT --reject-with icmp6-no-route
-A INPUT -s fe80::1 -m hl --hl-eq 60 -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 0 --nflog-prefix p
COMMIT
EOF
ip6tables -I FORWARD 2 -d fd00::/32 ! -o cni0 -j CONNMARK --save-mark
ip6tables -I OUTPUT 3 -p ipv6-icmp -m state --state ESTABLISHED,RELATED -j REJECT --reject-with icmp6-no-route
ip6tables -t filter -D INPUT 1
ip6tables -A INPUT -s fd00:a:b::/32 ! -d ::1/127 -i veth+ -p tcp -j MARK --and-mark 0xff
ip6tables -S -v
ip6tables -I OUTPUT 4 -o cni0 -p 47 -m statistic --mode random --probability 0.33333333349 -j LOG
ip6tables -t raw -C PREROUTING -m connmark --mark 0x1 -m statistic --mode random --probability 0.1
iptables -A INPUT -p all -m addrtype --src-type UNICAST -m state --state NEW -j KUBE-SERVICES
iptables -t security -X
iptables -D FORWARD 3
iptables -t filter -D FORWARD -o eth+ -p icmp --icmp-type destination-unreachable -j CONNMARK --save-mark
iptables -I NOPE 1 -s 198.141.27.3 -i veth+ -o eth+ -p icmp -m addrtype --src-type LOCAL -j TTL --ttl-dec 1
iptables -t raw -A OUTPUT -d 172.193.241.205/32 -p tcp -m state --state ESTABLISHED,RELATED -j MARK --set-mark 5/0xff
iptables-save -t filter
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [6:742]
:RCHAIN - [0:0]
-A INPUT ! -s ::1 -d fe80::1/127 -m mac --mac-source 02:00:00:00:00:37 -j NFLOG --nflog-group 4
-A FORWARD -d fd00:a:b::/64 -p tcp -m mac --mac-source 02:00:00:00:00:24 -m hl --hl-gt 131 -j RCHAIN
-A FORWARD -d 2001:db8:: -o docker0 -p all -m physdev --physdev-in veth0 -g RCHAIN
COMMIT
EOF
ip6tables -E RCHAIN RCHAIN-2
ip6tables -t nat -A INPUT -s 2001:db8:1::1/16 -p 47
ip6tables-save -t security
ip6tables -t security -I KUBE-SVC-ABC-2 2 -p all -m connmark --mark 5/0xff -m comment --comment "kubernetes service portals" -j TRACE
ip6tables -A OUTPUT -s ::1 -p tcp -m conntrack --ctstate INVALID -m state ! --state ESTABLISHED,RELATED -j TRACE
ip6tables -D RCHAIN-2 ! -d 2001:db8::/64 ! -i lo -p tcp -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t nat -L
ip6tables -A RCHAIN-2 -d fd00:: -p tcp --syn --syn -j RCHAIN-2
iptables-save
ip6tables-save

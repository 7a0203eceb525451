# Random iptables/ip6tables rule set, seed 100 (conformance/generators/iptables.ts)
iptables -S
iptables -D FORWARD 3
iptables -L -n
ip6tables -t mangle -A PREROUTING -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --or-mark 0x8
ip6tables-save
ip6tables -C FORWARD -m iprange --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -A NOPE -d fd00:a:b:: -i eth0 -o cni0 -p sctp -m hl --hl-eq 20 -j TRACE
ip6tables -L
ip6tables -S FORWARD
ip6tables -t mangle -Z
ip6tables-save
ip6tables -t raw -A OUTPUT -s 2001:db8:1::1/16 -m addrtype --dst-type UNICAST -m connmark --mark 5/0xff
ip6tables-save -t security
ip6tables -t security -A FORWARD -s fe80::1 -d 2001:db8:1::1 -i veth+ -p udp -j ACCEPT
ip6tables-save -t nat -c
iptables -A FORWARD ! -s 192.177.43.233/30 -d 10.56.205.156/30 ! -i br0 -o eth1 -p all -m statistic --mode random --probability 1 -m statistic --mode nth --every 2 --packet 1 -j REJECT --reject-with icmp-net-unreachable
ip6tables -I OUTPUT 3 -p sctp -m comment --comment x_y-z -m connmark --mark 0x1 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -A FORWARD -m statistic --mode nth --every 2 --packet 1 -j DROP
iptables -t raw -L -n
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
[1:260] -A OUTPUT -i lo -m connmark ! --mark 5/0xff -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t raw -A OUTPUT ! -o cni0 -p 47 -j DSCP --set-dscp-class EF
iptables -F
iptables -F DOCKER
ip6tables -t raw -I PREROUTING -d ::1 -i lo -p udp -j LOG --log-level debug
iptables -N KUBE-SERVICES
iptables -A KUBE-SERVICES ! -s 198.127.33.56/16 -j KUBE-SERVICES
iptables -E DOCKER DOCKER-2
iptables -A FORWARD -s 127.223.194.44 -i br0 -p sctp -m physdev --physdev-out eth+ -j TRACE
iptables-save
iptables -t raw -D PREROUTING -p 47 -j NFLOG --nflog-group 1
ip6tables -t filter -F
ip6tables -A OUTPUT -p tcp -m mark --mark 0xffffffff -j CONNMARK --set-mark 0x2
ip6tables -A NOPE -o docker0 -p sctp -m owner --uid-owner 0 -m pkttype --pkt-type multicast -j REJECT
ip6tables-save -c
ip6tables -A FORWARD -s fd00::/128 -i lo -p 47 -m mark ! --mark 0x10/0xf0 -m conntrack --ctstate UNTRACKED -j TRACE
ip6tables -A INPUT -i veth+ -p tcp -m mark --mark 0x4000/0x4000 -j TRACE
ip6tables -P FOO RETURN
ip6tables -t mangle -L -v
ip6tables -t security -X
ip6tables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER ! -o eth1 -p udp -m multiport --dports http,https -j HL --hl-inc 2
-A DOCKER -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
-A INPUT -p tcp -j MARK --xor-mark 0x3
COMMIT
EOF
ip6tables -C OUTPUT -d ::1/16 -p tcp -j RETURN
ip6tables-save
ip6tables -t raw -A PREROUTING -m state ! --state ESTABLISHED,RELATED -j TRACE
ip6tables -t filter -A DOCKER -d fe80::1 -j CONNMARK --set-mark 0x2
ip6tables -t nat -D INPUT 2
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:789]
:RCHAIN - [0:0]
[3:252] -A FORWARD -p all -m connmark --mark 0x1 -j LOG --log-prefix "drop" --log-level crit
COMMIT
EOF
ip6tables -t mangle -N KUBE-SEP-XYZ
ip6tables -S -v
iptables -t filter -D DOCKER-2 4
ip6tables -F RCHAIN
ip6tables -t filter -L
ip6tables -I DOCKER -s fd00:: -d ::1/48 -m length --length 100:200 -m mark --mark 1 -j REJECT
ip6tables -t security -I FORWARD 3 -s fe80::1 -d fd00::/32 -m addrtype --src-type UNICAST -m conntrack --ctstate NEW -j NFLOG --nflog-group 4
ip6tables -t nat -F
ip6tables -t raw -R PREROUTING 3 -s ::1/48 -d fe80::1 -p ipv6-icmp -m length --length 100:200 -m length ! --length 100:200 -j ACCEPT
ip6tables -E DOCKER DOCKER-2
ip6tables -L -n --line-numbers
ip6tables -I FORWARD 4 ! -s fd00:: -p all -j NOTRACK
ip6tables-save -t filter
ip6tables -A INPUT -p sctp -m physdev --physdev-is-bridged -m addrtype --src-type UNICAST -j RETURN
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [6:837]
:KUBE-SERVICES - [0:0]
-A FORWARD -d 2001:db8:1::1 ! -p udp -m limit --limit 10/second -j REDIRECT
COMMIT
EOF
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [7:347]
:RCHAIN - [0:0]
-A FORWARD -p icmp -m mac --mac-source 02:00:00:00:00:41 -j ACCEPT
-A RCHAIN -p udp -m comment --comment "kubernetes service portals" -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t raw -nvL
iptables -t raw -D OUTPUT ! -s 10.55.145.90/32 -m pkttype --pkt-type broadcast -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [0:698]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 192.2.215.133/24 -o eth1 -p all -m connmark ! --mark 5/0xff -m state ! --state ESTABLISHED,RELATED -j NFLOG --nflog-group 0
[4:340] -A OUTPUT -p sctp -m physdev --physdev-in veth0 -m addrtype --src-type UNICAST -j KUBE-SERVICES
-A FORWARD -p all -m comment --comment "kubernetes service portals" -j NFLOG --nflog-group 0
-A INPUT -p icmp -m mark ! --mark 0x10/0xf0 -j TRACE
COMMIT
EOF
iptables -t mangle -I FORWARD -s 172.128.126.33/24 ! -o docker0 -p icmp -m comment --comment docker -j ACCEPT
ip6tables-save -c
iptables -t raw -S -v
iptables -t raw -X
ip6tables -P INPUT ACCEPT
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 74 (conformance/generators/iptables.ts)
iptables -P INPUT RETURN
iptables -t nat -X
iptables -t nat -P INPUT DROP
iptables -t security -D OUTPUT 3
iptables -t security -A FORWARD -s 10.220.31.15 -p udp -m addrtype --dst-type MULTICAST -j TTL --ttl-set 64
iptables -D INPUT 3
ip6tables -A FORWARD -i veth+ -j MARK --xor-mark 0x3
ip6tables -t raw -F
ip6tables -A INPUT -d fe80::1/16 -i docker0 -p tcp -j RETURN
ip6tables -t filter -R INPUT 2 -d 2001:db8:1::1/127 -m pkttype ! --pkt-type unicast -m owner --uid-owner 65534 -j TRACE
ip6tables -A INPUT -p sctp -m addrtype --dst-type BROADCAST -j RETURN
ip6tables -A FORWARD -s fd00:a:b::/32 -p ipv6-icmp -m state --state ESTABLISHED,RELATED -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
iptables -t nat -D OUTPUT 1
iptables -t raw -D OUTPUT -d 172.129.113.192/24 -o cni0 -p 47 -m connmark --mark 5/0xff -m limit --limit 100/day --limit-burst 5 -j TRACE
iptables-restore <<'EOF'
*filter
:INPUT DROP [1:6]
:RCHAIN - [0:0]
-A FORWARD -i docker0 -p sctp -m connmark ! --mark 5/0xff -m addrtype ! --dst-type LOCAL -j LOG --log-prefix "IN: " --log-level 7
-A FORWARD ! -d 198.19.117.98 -p icmp --icmp-type any -j ACCEPT
-A OUTPUT -d 198.176.252.67/32 -m statistic --mode nth --every 2 --packet 1 -j MARK --or-mark 0x8
-A FORWARD -s 10.22.134.180/30 -p sctp -m physdev --physdev-is-bridged -j LOG --log-prefix "drop" --log-level debug
COMMIT
EOF
iptables -t security -A FORWARD -s 192.80.151.233 -i br0 -p tcp -m length --length 0:64 -m iprange --dst-range 10.0.0.1-10.0.0.76 -j DROP
iptables -t security -I OUTPUT -s 172.78.194.130 ! -d 192.72.157.25/32 -p 47 -m length --length 0:64 -m state --state ESTABLISHED,RELATED -j DROP
ip6tables -t filter -A INPUT -o docker0 -p sctp -m conntrack --ctstate NEW
iptables -t mangle -X
iptables -t nat -I PREROUTING -d 192.245.73.164/24 -p tcp -m mac --mac-source 02:00:00:00:00:63 -m multiport --sports 53 -j TRACE
ip6tables -t security -A FORWARD -i eth0 -p ipv6-icmp
ip6tables -t mangle -A INPUT -d fe80::1/127 -p tcp -m owner --uid-owner 100-200 -m statistic --mode random --probability 0.25000000000 -j LOG --log-prefix "x y"
ip6tables -t raw -I PREROUTING 1 -d 2001:db8:: -i eth0 -m statistic --mode random --probability 0.25000000000 -m hl --hl-eq 92 -j MARK --and-mark 0xff
ip6tables -t mangle -I FORWARD 2 -p 47 -m addrtype --src-type LOCAL -j TRACE
ip6tables -t mangle -L POSTROUTING
ip6tables-save -t raw
ip6tables -t filter -F
ip6tables -t nat -C OUTPUT -o eth1 -p ipv6-icmp -j DROP
ip6tables -t security -F
ip6tables -D OUTPUT -d fd00:: -p 47 -j TRACE
ip6tables -t security -Z FORWARD
ip6tables -t filter -Z
ip6tables -t filter -L -n
iptables -t security -A FORWARD -o docker0 -p all -j DSCP --set-dscp-class EF
iptables -t mangle -L -n -v
ip6tables -F
iptables -t filter -X RCHAIN
iptables -t mangle -F
iptables -A RCHAIN -p udp -j RCHAIN
iptables -t security -C OUTPUT -s 198.32.23.168/0 ! -o cni0 -p 47 -m statistic --mode random --probability 0.25000000000 -m limit --limit 5/min -j ACCEPT
iptables -I FORWARD -o eth1 -p all -m mac --mac-source 02:00:00:00:00:46 -j NFLOG --nflog-group 4
iptables-restore --noflush -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN ! -s 10.175.151.199/32 -o docker0 -p all -m addrtype --dst-type MULTICAST -m statistic --mode random --probability 0.5 -j TRACE
-A FORWARD -d 192.196.70.179 -i lo -p udp -m udp --dport 80 -m state --state NEW -j REJECT
-A OUTPUT -o docker0 -p 47 -m addrtype --dst-type MULTICAST -j RCHAIN
COMMIT
EOF
ip6tables -A OUTPUT -m length --length 0:64 -m connmark --mark 5/0xff -j RETURN
ip6tables -L -x -v -n
ip6tables -t raw -F
ip6tables -t filter -L -n -v
ip6tables -t nat -A PREROUTING -i docker0 -p sctp -j RETURN
ip6tables -t mangle -F
ip6tables -t security -P FOO DROP
ip6tables -N DOCKER
ip6tables -N f2b-sshd
ip6tables -D f2b-sshd -o eth1 -p tcp -m hl --hl-lt 235 -m length --length 0:64 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -D FORWARD ! -s ::1/16 -i veth+ -p tcp -m addrtype --src-type UNICAST -m addrtype --src-type UNICAST -j TRACE
ip6tables -D INPUT -d ::1 -p all -m statistic --mode random --probability 0.5 -j RETURN
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [3:521]
:KUBE-SERVICES - [0:0]
-A POSTROUTING -p sctp -m addrtype --dst-type LOCAL -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG --log-prefix "drop" --log-level 7
-A KUBE-SERVICES -d fe80::1 -i eth0 -p sctp -m addrtype --dst-type LOCAL -m statistic --mode random --probability 1 -g KUBE-SERVICES
COMMIT
EOF
iptables -A RCHAIN -o eth+ -p 47 -j NFLOG --nflog-group 4
ip6tables -A DOCKER -p tcp -m pkttype --pkt-type unicast -m physdev --physdev-is-bridged -j f2b-sshd
ip6tables -t filter -X
ip6tables -I INPUT 2 -s ::1/64 -m statistic --mode random --probability 0.1 -m conntrack --ctstate RELATED,ESTABLISHED -g f2b-sshd
ip6tables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A PREROUTING -s fe80::1/128 -d fd00:a:b:: -j RETURN
-A OUTPUT -s ::1 -o eth1 -p udp -m length --length 0:64 -j DROP
-A DOCKER ! -o eth1 -m statistic --mode nth --every 10 --packet 1 -j CONNMARK --save-mark
COMMIT
EOF
ip6tables -t filter -A DOCKER -d fe80::1 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j LOG --log-prefix "x y"
ip6tables -A f2b-sshd -d fe80::1 -p ipv6-icmp -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t nat -A POSTROUTING -p 47 -m limit --limit 1/hour --limit-burst 5 -m owner --uid-owner 100-200 -j ACCEPT
iptables -t filter -X
iptables -A RCHAIN -s 198.53.94.89/16 -d 192.244.233.44/24 ! -o docker0 -p tcp -j RETURN
iptables -N MYCHAIN
iptables -P FOO DROP
iptables -X
iptables -t filter -F
iptables-save
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 35 (conformance/generators/iptables.ts)
iptables-save
ip6tables -t security -A FORWARD -i lo -j TRACE
ip6tables -t mangle -C FORWARD ! -o cni0 -j NFLOG --nflog-group 4
ip6tables -t filter -A OUTPUT -p ipv6-icmp -m state --state INVALID -j RETURN
ip6tables -I INPUT 3 -d 2001:db8::/127 -p udp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j DROP
iptables -t mangle -R NOPE 3 -d 10.247.12.223/12 -p 47
iptables-restore --noflush <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A OUTPUT -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.48 -m iprange ! --dst-range 10.0.0.1-10.0.0.145 -j NFLOG --nflog-group 3
COMMIT
EOF
iptables -L -x -v -n
iptables -A OUTPUT ! -s 172.26.89.152/32 -p tcp -m ttl --ttl-lt 90 -j CONNMARK --restore-mark
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:12]
:RCHAIN - [0:0]
-A RCHAIN -d 127.244.217.86/16 -p tcp -m multiport --sports 80,443 -j RETURN
COMMIT
EOF
iptables -L -x -v -n
ip6tables-save -t filter
ip6tables -X
ip6tables -t filter -D INPUT 3
ip6tables -t filter -I OUTPUT 2 -o eth1 -p ipv6-icmp -j REJECT
ip6tables -L -v
ip6tables -A INPUT -i lo -p ipv6-icmp -j LOG --log-prefix "drop"
ip6tables -t mangle -F
iptables -t filter -L RCHAIN -n -v --line-numbers
iptables-save -c
ip6tables -t filter -A FORWARD -d 2001:db8::/128 ! -i br0 -p udp -j NFLOG --nflog-group 4
ip6tables -t filter -C INPUT -i lo -m limit --limit 1/hour --limit-burst 20 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j LOG --log-prefix "IN: "
ip6tables -F
ip6tables -F
ip6tables -t nat -P INPUT DROP
ip6tables -D INPUT -p all -m state --state ESTABLISHED,RELATED -j CONNMARK --set-mark 0x2
ip6tables -A INPUT -s 2001:db8:1::1/64 -p udp -m limit --limit 5/min
ip6tables-restore <<'EOF'
*raw
:RCHAIN - [0:0]
-A OUTPUT -d 2001:db8:: -p ipv6-icmp -g RCHAIN
-A OUTPUT ! -s fe80::1 -p all -j CONNMARK --restore-mark --mask 0xff
-A OUTPUT -m length --length 0:64 -m mark ! --mark 0x10/0xf0 -j RCHAIN
-A RCHAIN ! -d fd00:a:b:: -j DROP
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:726]
:DOCKER - [0:0]
-A DOCKER -s fe80::1 -d fd00::/127 -i docker0 -p all -m comment --comment docker -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
iptables -L -n --line-numbers
iptables -t mangle -I PREROUTING 1 -p 47 -j TRACE
iptables -t security -A FORWARD ! -d 10.237.151.80/8 -m owner --uid-owner 65534 -j REJECT
iptables -E RCHAIN RCHAIN-2
iptables -C OUTPUT -o cni0 -p tcp -j TRACE
iptables -t filter -X RCHAIN-2
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [8:721]
:DOCKER - [0:0]
-A OUTPUT -s 10.155.209.69 -o docker0 -p all -m state --state INVALID -m physdev ! --physdev-is-in -j DNAT --to-destination 10.0.0.1
-A INPUT -s 172.129.111.120/0 -d 198.139.114.145/30 -p tcp -m addrtype --src-type LOCAL -m limit --limit 10/second --limit-burst 20 -j DOCKER
-A OUTPUT -p tcp
-A POSTROUTING -o eth+ -p icmp -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
iptables -A OUTPUT -s 10.120.172.93/0 -p udp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
iptables -t security -F
iptables-save
iptables -t nat -X
ip6tables-save -t filter -c
ip6tables -t security -N DOCKER-USER
ip6tables -P FOO RETURN
iptables -A INPUT -s 192.129.193.72 -j TTL --ttl-set 64
iptables -t raw -A OUTPUT -d 10.227.109.248 -p tcp -m mark --mark 0xffffffff -j NFLOG --nflog-group 1
iptables -t mangle -A OUTPUT -j ACCEPT
iptables -t filter -P FOO DROP
iptables -t filter -N KUBE-SEP-XYZ
iptables -C OUTPUT -p all -m limit --limit 3/s --limit-burst 20 -m ttl --ttl-lt 111 -j KUBE-SEP-XYZ
ip6tables -t security -nvL
ip6tables -t raw -L OUTPUT -n -v --line-numbers
ip6tables -P FOO ACCEPT
iptables -t security -L INPUT
iptables -t nat -N KUBE-SERVICES
iptables -R FORWARD 3 -d 172.185.205.243/32 -p udp -m ttl --ttl-lt 86 -m state --state NEW
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:577]
:DOCKER - [0:0]
-A DOCKER -s 192.42.236.24/24 -p udp -j DOCKER
[2:11] -A INPUT -s 172.5.243.102/30 -m iprange --dst-range 10.0.0.1-10.0.0.172 -m mac --mac-source 02:00:00:00:00:37 -j NFLOG --nflog-group 4
-A DOCKER ! -o eth1 -p tcp -m physdev --physdev-in veth0 -m pkttype --pkt-type multicast -j LOG --log-prefix "x y" --log-level crit
-A FORWARD -i eth0 -m mark --mark 0x4000/0x4000 -j TRACE
COMMIT
EOF
iptables -A INPUT -s 127.102.88.5/8 -p tcp -j ACCEPT
iptables -t raw -Z
iptables -t nat -L -x -v -n
iptables -t mangle -A FORWARD -o eth1 -p sctp -j TRACE
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 53 (conformance/generators/iptables.ts)
iptables -t security -L -n --line-numbers
iptables -D OUTPUT 2
iptables -A OUTPUT -s 192.46.99.192/24 -p all -m ttl --ttl-eq 200 -j TTL --ttl-dec 1
iptables -A OUTPUT -s 10.27.2.249/32 -d 127.149.42.94/12 -p all -j CONNMARK --restore-mark
iptables -A OUTPUT -d 127.129.41.124/30 -p sctp -m length ! --length 100:200 -j MARK --set-mark 0x1
ip6tables -A NOPE -d fd00:a:b::/16 -j LOG
iptables -A FORWARD -p all -m statistic --mode nth --every 3 --packet 1 -j MARK --xor-mark 0x3
iptables -C INPUT -d 198.197.83.216 -i eth0 -j RETURN
iptables -t mangle -A NOPE -p tcp -j ACCEPT
iptables -t nat -A PREROUTING -i lo -j MARK --set-mark 5/0xff
iptables -t security -A FORWARD -s 198.255.107.87/16 -d 127.29.24.85 -p 47 -m comment --comment "kubernetes service portals" -m conntrack --ctstate UNTRACKED -j CONNMARK --restore-mark --mask 0xff
iptables -t raw -I OUTPUT 1 -o eth1 -p all -m owner --uid-owner 0 -j NFLOG --nflog-group 4
iptables -t filter -L -v
iptables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -p 47 -j NFLOG --nflog-group 3
-A DOCKER -i docker0 ! -o docker0 -p tcp -m pkttype ! --pkt-type unicast -j CONNMARK --set-mark 0x2
-A OUTPUT -p all -m statistic --mode nth --every 2 --packet 1 -m physdev ! --physdev-is-in -g DOCKER
-A FORWARD -d 127.100.3.12/32 -p sctp -m limit --limit 10/second --limit-burst 1 -m state --state ESTABLISHED,RELATED -j DOCKER
COMMIT
EOF
iptables -t raw -A OUTPUT -p tcp -j CT --zone 3
iptables -t raw -I OUTPUT -o cni0 -p tcp -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -X
iptables -t raw -I PREROUTING 2 -d 192.116.8.123/24 -p tcp -j ACCEPT
iptables -t security -A OUTPUT ! -s 10.176.91.216 -p 47 -m mac --mac-source 02:00:00:00:00:30 -m pkttype --pkt-type broadcast -j ACCEPT
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -d 198.246.185.102 -p sctp -j DROP
-A FORWARD ! -o eth1 -p tcp -m comment --comment x_y-z -j DROP
COMMIT
EOF
iptables -t mangle -I NOPE 4 ! -d 198.196.85.58/8 -i veth+ ! -o eth+ -p 47 -m connmark --mark 5/0xff -m length --length 0:64 -j TRACE
iptables-save -t security
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [3:308]
:RCHAIN - [0:0]
-A RCHAIN -d 198.110.102.193/0
[4:190] -A OUTPUT -p sctp -j CONNMARK --restore-mark --mask 0xff
-A PREROUTING -d 198.229.29.188/8 ! -i eth0 -p icmp -m mac --mac-source 02:00:00:00:00:12 -m statistic --mode random --probability 0.1 -j RCHAIN
COMMIT
EOF
iptables -L -x -v -n
iptables -t mangle -A INPUT -p all -m physdev --physdev-is-bridged
iptables -t security -A OUTPUT ! -s 10.14.184.114/32 -d 172.119.141.8/12 -o docker0 -m physdev --physdev-in veth0 -m owner --uid-owner 100-200 -j TRACE
iptables -t filter -E RCHAIN RCHAIN-2
iptables -t security -A INPUT -p icmp -m mac ! --mac-source 02:00:00:00:00:59 -m ttl --ttl-eq 151
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:916]
:DOCKER - [0:0]
-A OUTPUT -d 127.93.129.190/8 ! -o eth+ -p tcp -j REJECT
COMMIT
EOF
iptables -L FORWARD -n -v --line-numbers
iptables -N DOCKER
iptables -A NOPE -d 127.71.191.45/16 -o eth+ -m mark ! --mark 1 -j REJECT --reject-with icmp-admin-prohibited
iptables -t filter -A FORWARD -p icmp -j REJECT
iptables -t raw -I OUTPUT 2 -p sctp -j RCHAIN
iptables -t raw -Z
iptables -t filter -C OUTPUT -d 198.183.209.182/12 -o eth1 -m state --state INVALID -m connmark --mark 5/0xff -g DOCKER
iptables -t raw -D OUTPUT 1
iptables -E DOCKER DOCKER-2
iptables -P INPUT DROP
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -o cni0 -p tcp --syn -m limit --limit 10/second
COMMIT
EOF
ip6tables -R RCHAIN 3 -i docker0 -g RCHAIN
ip6tables -t nat -A POSTROUTING -p sctp -m owner --uid-owner 100-200 -m addrtype --dst-type LOCAL -j MASQUERADE --to-ports 1024-65535
ip6tables -t security -A OUTPUT -p ipv6-icmp -j LOG --log-prefix "x y"
ip6tables -t raw -L -n -v
ip6tables -A OUTPUT -d fd00:a:b::/32 -o eth+ -p tcp -m comment --comment x_y-z -m state --state ESTABLISHED,RELATED -j DSCP --set-dscp 10
ip6tables -t filter -C RCHAIN -i lo -p sctp -j DROP
ip6tables-save -c
iptables -t nat -F
iptables -t filter -A OUTPUT -p tcp -j RETURN
iptables -t mangle -F
iptables -t nat -D OUTPUT 1
iptables -A INPUT -d 172.208.22.213/8 -i veth+ -p sctp -j DOCKER-2
iptables -t mangle -A FORWARD -s 10.89.71.99 -d 127.202.216.146 -p tcp
iptables -t security -A OUTPUT -p 47 -m physdev ! --physdev-is-in -m pkttype --pkt-type broadcast -j RETURN
iptables -t security -X
iptables -t security -F
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [8:174]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -o docker0 -p 47 -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
ip6tables -t mangle -I OUTPUT -s fe80::1 -p all -m limit --limit 1/hour --limit-burst 20 -m addrtype ! --dst-type MULTICAST -j RETURN
ip6tables -A INPUT -d 2001:db8:: -p tcp -m mac ! --mac-source 02:00:00:00:00:64 -j KUBE-SERVICES
ip6tables -t nat -I OUTPUT -s fd00:: -m pkttype --pkt-type unicast -j DNAT --to-destination fd00::2
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 83 (conformance/generators/iptables.ts)
iptables -N DOCKER-USER
iptables-save -t filter
iptables -A NOPE ! -d 127.200.94.40/0 -o cni0 -p all -m conntrack --ctstate INVALID -m pkttype --pkt-type broadcast -j NFLOG --nflog-group 2
iptables -t mangle -P FORWARD DROP
iptables -t raw -A PREROUTING -p sctp -j LOG --log-prefix "IN: "
iptables -A DOCKER-USER -o eth1 -p 47 -m addrtype --src-type LOCAL -m state --state NEW -j DOCKER-USER
ip6tables -t nat -A OUTPUT -m addrtype --src-type UNICAST -j RETURN
ip6tables -t nat -D PREROUTING 2
iptables-save -t nat
iptables-restore --noflush <<'EOF'
*nat
:RCHAIN - [0:0]
-A OUTPUT -p sctp -j DROP
-A INPUT -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.47 -j NFLOG --nflog-group 0 --nflog-prefix p
[2:238] -A RCHAIN -p sctp -m statistic --mode nth --every 10 --packet 1 -j DNAT --to-destination 192.0.2.1-192.0.2.9
-A POSTROUTING ! -s 172.148.178.196 -p 47 -m limit --limit 10/second --limit-burst 1 -m ttl --ttl-eq 229
COMMIT
EOF
iptables -L -v
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:577]
:DOCKER - [0:0]
[2:463] -A DOCKER ! -s fd00:a:b::/32 -o docker0 -p tcp -j TRACE
[3:270] -A OUTPUT ! -d fe80::1 -p sctp -m owner --uid-owner 0 -m state ! --state INVALID -j MARK --xor-mark 0x3
COMMIT
EOF
ip6tables -A DOCKER -s 2001:db8:: -d 2001:db8:: -p all -m statistic --mode random --probability 0.33333333349 -j ACCEPT
iptables -S DOCKER-USER
ip6tables -t filter -A OUTPUT ! -s ::1 -d fd00:: ! -o docker0 -p sctp -j DROP
ip6tables -t nat -I PREROUTING 1 -s ::1/128 -p udp -m comment --comment docker -m owner --uid-owner 100-200 -j CONNMARK --save-mark
ip6tables-save
ip6tables -L -v
ip6tables -t security -F
ip6tables -A NOPE -s 2001:db8::/128 -d 2001:db8:1::1/16 ! -o eth+ -j DROP
ip6tables -t nat -D OUTPUT 3
ip6tables -t security -F
ip6tables -t mangle -A FORWARD -d 2001:db8:1::1 -p tcp -m tcp --dport 3000 -j CONNMARK --save-mark
iptables -t nat -Z
ip6tables-save
iptables -L -n --line-numbers
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:601]
:KUBE-SERVICES - [0:0]
-A INPUT -p sctp -j REJECT --reject-with icmp-host-prohibited
-A INPUT -m addrtype --src-type UNICAST -j ACCEPT
-A FORWARD -d 10.19.138.81 -p tcp -m state --state ESTABLISHED,RELATED -j KUBE-SERVICES
-A OUTPUT -s 192.163.39.207
COMMIT
EOF
iptables -I FORWARD -d 198.129.136.68 -p all -j KUBE-SERVICES
iptables -t nat -A INPUT -s 127.230.218.221 -p icmp -m limit --limit 3/s --limit-burst 5 -j RETURN
iptables -t filter -L -x -v -n
iptables -t filter -S FORWARD
iptables -t security -I OUTPUT 4 ! -o docker0 -p all -m addrtype --dst-type LOCAL -j MARK --set-mark 5/0xff
iptables -A INPUT -d 127.87.133.145/12
ip6tables-save -t filter
ip6tables-save
iptables -A OUTPUT -s 10.247.240.7 -p icmp --icmp-type time-exceeded -m statistic --mode random --probability 0.5 -g KUBE-SERVICES
iptables -t mangle -C NOPE -o docker0 -p tcp -j REJECT
iptables -t security -A OUTPUT -s 172.255.234.123/8 -m comment --comment docker -m iprange --dst-range 10.0.0.1-10.0.0.135 -j TRACE
iptables -t mangle -P FORWARD DROP
iptables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 10.186.108.110 ! -d 198.160.20.104/30 -i br0 ! -o docker0 -p 47 -m pkttype --pkt-type unicast -m statistic --mode nth --every 2 --packet 1 -j KUBE-SERVICES
-A KUBE-SERVICES -d 10.17.54.250/30 -p icmp -j ACCEPT
COMMIT
EOF
iptables -t raw -L -n -v
ip6tables -t nat -A PREROUTING -p sctp -m statistic --mode random --probability 0.1 -m connmark --mark 5/0xff
ip6tables-save -t raw
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [8:827]
:DOCKER - [0:0]
-A FORWARD -s 10.150.4.11 -i eth0 -o eth+ -p all -j MARK --xor-mark 0x3
[3:286] -A FORWARD ! -s 198.193.172.193 -d 10.205.150.129/30 -m length --length 100:200 -j KUBE-SERVICES
[3:75] -A INPUT -i eth0 -j ACCEPT
-A FORWARD ! -s 172.56.78.212/12 -p icmp -m ttl --ttl-lt 234 -m length --length 1500 -j TRACE
COMMIT
EOF
iptables -A OUTPUT -s 192.91.105.129/0 -p tcp -m multiport --sports 80,443 -j NOTRACK
iptables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
-A DOCKER -p tcp -m addrtype --src-type UNICAST -j DOCKER
-A OUTPUT -s 127.255.67.89/24 -d 192.210.240.254/8 -m state --state INVALID -j CT --notrack
-A PREROUTING -p icmp -m mark ! --mark 1 -m connmark --mark 0x1 -j NOTRACK
COMMIT
EOF
ip6tables -t mangle -S -v
iptables -C DOCKER -p icmp -m connmark --mark 0x1 --icmp-type echo-request -j REJECT --reject-with icmp-net-unreachable
iptables -t filter -S DOCKER
ip6tables -t security -A OUTPUT
ip6tables-save -t mangle
ip6tables -A FORWARD -d fd00::/64 -m hl --hl-gt 121 -m length --length 0:64 -g DOCKER
ip6tables -t filter -A DOCKER -p sctp -m state --state NEW -m limit --limit 100/day --limit-burst 1 -j MARK --and-mark 0xff
ip6tables -t raw -A PREROUTING -j NOTRACK
ip6tables -t nat -S OUTPUT
ip6tables -t security -A FORWARD -p all -j DROP
ip6tables -t filter -A FORWARD -i docker0 -p ipv6-icmp
iptables -t raw -A OUTPUT -s 172.9.186.210/30 -d 198.129.139.103/8 -o eth+ -p icmp -m conntrack --ctstate INVALID -m connmark ! --mark 5/0xff -j LOG
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [3:296]
:KUBE-SERVICES - [0:0]
-A FORWARD ! -d 127.140.165.172/0 -p tcp -j ACCEPT
-A OUTPUT -o eth+
COMMIT
EOF
ip6tables -t security -I OUTPUT 1 -p 47 -m comment --comment docker -m hl --hl-lt 60 -j ACCEPT
iptables -t nat -L -n -v
iptables -t mangle -A FORWARD -i veth+ -o docker0 -p udp -m mac --mac-source 02:00:00:00:00:21
iptables -t raw -X DOCKER
iptables -t filter -L -x -v -n
iptables-save
iptables -L KUBE-SERVICES -n -v --line-numbers
iptables -t filter -A KUBE-SERVICES -p 47 -m length --length 100:200 -m addrtype --src-type LOCAL -j LOG --log-prefix "IN: "
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [0:545]
:DOCKER - [0:0]
-A INPUT -s 198.238.88.85 -p tcp -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
-A INPUT -p sctp -m statistic --mode nth --every 3 --packet 1 -j TRACE
-A DOCKER -s 172.239.1.196 -d 198.149.69.99/8 -g KUBE-SERVICES
-A OUTPUT -p icmp -m pkttype ! --pkt-type multicast -m comment --comment "a/b:c -> 10.0.0.1:80"
COMMIT
EOF
iptables -t raw -I OUTPUT -p sctp -j LOG --log-level 4
iptables -I DOCKER 4 -p tcp -m comment --comment x_y-z
iptables-save
ip6tables-save

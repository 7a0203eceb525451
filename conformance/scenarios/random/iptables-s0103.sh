# Random iptables/ip6tables rule set, seed 103 (conformance/generators/iptables.ts)
iptables -L INPUT -n -v --line-numbers
iptables-save -t nat
iptables-restore <<'EOF'
*filter
:INPUT DROP [4:469]
:DOCKER - [0:0]
[0:133] -A OUTPUT -s 192.68.230.85/16 -p tcp -j TRACE
COMMIT
EOF
iptables -t nat -v -F
ip6tables -t mangle -I NOPE -s fe80::1 -d fe80::1/32 ! -o eth+ -m addrtype --src-type UNICAST -m mark --mark 1 -j LOG --log-prefix "drop"
ip6tables -L -n
ip6tables -t filter -v -X
iptables -t mangle -Z FORWARD
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:736]
:RCHAIN - [0:0]
-A OUTPUT -p all -m mark --mark 0x10/0xf0 -m ttl --ttl-lt 13 -j NFLOG --nflog-group 3
-A RCHAIN -s 172.203.44.234 -d 10.116.165.251/16 -m ttl --ttl-lt 69 -m ttl --ttl-eq 144 -j DROP
-A RCHAIN ! -s 192.46.247.192 -d 127.17.67.211 -j TRACE
COMMIT
EOF
iptables -t mangle -A PREROUTING -i br0 -p udp -m addrtype --dst-type LOCAL -j CONNMARK --save-mark
iptables -t filter --list RCHAIN --numeric --line-numbers
iptables -t security -A FORWARD -p icmp -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t nat -D INPUT 1
iptables -A FORWARD -i veth+ -p udp -g RCHAIN
iptables -t nat -v -F OUTPUT
iptables -A FORWARD -d 10.6.185.195/8 -i br0 -o cni0 ! -p udp -j NFLOG --nflog-group 0
ip6tables -t raw -A OUTPUT -p all -j LOG
ip6tables -t raw -X PREROUTING
iptables -C OUTPUT -p udp -j DROP
iptables -X RCHAIN
iptables -X INPUT
ip6tables -t mangle -X
ip6tables -t filter -A INPUT -d 2001:db8:: -i lo -p all -m addrtype --src-type UNICAST -j LOG --log-prefix "x y" --log-level debug
ip6tables -t nat --list PREROUTING --numeric --line-numbers
ip6tables -t raw -I PREROUTING 2 -i lo -m state --state ESTABLISHED,RELATED -j MARK --xor-mark 0x3
ip6tables -L -v
ip6tables -A OUTPUT -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -j TRACE
ip6tables -L
ip6tables -v -A INPUT ! -s 2001:db8:1::1/32 -p ipv6-icmp -j TRACE
ip6tables -nvL
ip6tables -t mangle -v -I PREROUTING 1 -d 2001:db8:: -p udp -j HL --hl-dec 1
ip6tables -L -n --line-numbers
ip6tables -F
ip6tables-save -c
ip6tables -t mangle -F
ip6tables -A OUTPUT -p ipv6-icmp -m physdev --physdev-in veth0 -j RETURN
ip6tables -t filter -A OUTPUT -c 2 14387 -m statistic --mode nth --every 2 --packet 0 -j MARK --and-mark 0xff
ip6tables -t nat -A INPUT -p udp -j RETURN
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:281]
:DOCKER - [0:0]
-A FORWARD -o eth1 -p tcp -m conntrack --ctstate RELATED,ESTABLISHED -j CONNMARK --save-mark
-A INPUT -s fe80::1 -p ipv6-icmp -j LOG --log-prefix "drop"
-A INPUT -s fd00::/32 -i docker0 -j DROP
COMMIT
EOF
ip6tables -L -x -v -n
ip6tables -t security -D INPUT 2
iptables -t nat -v -F
iptables -t raw -P OUTPUT DROP
iptables -A INPUT -p tcp -m tcp --dport http -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j LOG --log-level 4
iptables -t security -A OUTPUT
iptables -A FORWARD -c 899 47423 -d 172.5.189.86/24 -m addrtype --dst-type BROADCAST
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [7:798]
:DOCKER - [0:0]
-A DOCKER ! -d 10.206.250.248/24 -j DOCKER
-A DOCKER -d 10.160.227.129 -o eth+ -p all -m addrtype --src-type UNICAST
-A FORWARD -m mark --mark 0x4000/0x4000 -j DOCKER
COMMIT
EOF
iptables -t mangle -C POSTROUTING -p sctp -m mark --mark 1 -m iprange --dst-range 10.0.0.1-10.0.0.151 -j RETURN
iptables -v -I NOPE 2 -i veth+ -o docker0 ! -p tcp -m multiport --ports 53 -m multiport --dports 53 -j NFLOG --nflog-group 0
iptables -t raw -A PREROUTING -o eth1 -p icmp -m length --length 100:200 -m length --length 100:200 -j TRACE
iptables -A FORWARD -p tcp -j RCHAIN
iptables -t security -I OUTPUT 1 -d 127.41.122.92/0 -p tcp -m multiport --ports 53 -j TRACE
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:744]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 198.238.139.93/24 -o cni0 -p all -m comment --comment "a/b:c -> 10.0.0.1:80" -m addrtype ! --dst-type UNICAST -j RETURN
-A OUTPUT -d 127.124.197.22/0 -p tcp -m ttl --ttl-eq 80
COMMIT
EOF
iptables -t raw -I OUTPUT 2 -d 198.125.107.178/30 -o cni0 -p tcp -m addrtype --dst-type BROADCAST -j CONNMARK --set-mark 0x2
iptables -Z INPUT 3
iptables -t mangle -X
iptables -t security -w 1 --append INPUT -d 10.167.187.62/30 -m conntrack --ctstate RELATED,ESTABLISHED -m statistic --mode nth --every 3 --packet 1 -j CONNMARK --restore-mark --mask 0xff
iptables -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t nat -I INPUT ! -d 2001:db8:1::1 -i docker0 -p ipv6-icmp -m statistic --mode random --probability 1 -m state ! --state NEW -j MARK --and-mark 0xff
iptables -A INPUT -j KUBE-SERVICES-2
iptables -C FORWARD -p all -j REJECT
iptables-save
iptables -D OUTPUT -s 127.90.177.63/30 -p tcp -m owner --uid-owner 65534 -j RETURN
iptables -w 1 --append INPUT -d 198.153.30.113 -p 47 -j KUBE-SERVICES-2
iptables -Z KUBE-SERVICES-2 3
iptables -t raw -F
iptables-save -t filter -c
iptables -t filter -F KUBE-SERVICES-2
iptables -t raw -A PREROUTING -p icmp -m statistic --mode random --probability 0.1 -j TRACE
iptables -t raw -A PREROUTING -d 198.143.167.222/16 -m pkttype --pkt-type broadcast -j MARK --or-mark 0x8
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 75 (conformance/generators/iptables.ts)
iptables -A FORWARD -p all -m iprange --dst-range 10.0.0.1-10.0.0.121 -j TRACE
iptables -t security -L FORWARD
iptables -A NOPE -d 10.42.147.68/24 -p sctp -m mark ! --mark 0x4000/0x4000 -m addrtype --dst-type UNICAST -j LOG --log-prefix "drop"
iptables -L
iptables-restore <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A OUTPUT -p tcp
-A OUTPUT -d 10.78.33.83 -p sctp -g KUBE-SERVICES
COMMIT
EOF
iptables -F
iptables -t mangle -A PREROUTING -d 127.66.169.179 -p sctp -m statistic --mode random --probability 0.1 -j DSCP --set-dscp 0x2e
ip6tables -A INPUT -p 47 -m addrtype --src-type LOCAL -m conntrack ! --ctstate NEW -j CONNMARK --restore-mark --mask 0xff
ip6tables -t filter -A OUTPUT -p sctp -m pkttype --pkt-type broadcast
ip6tables -I OUTPUT 4 -d fd00::/32 -o eth+ -j RETURN
ip6tables -A NOPE -p all -j TRACE
ip6tables -N KUBE-SVC-ABC
ip6tables -A FORWARD -d fd00:a:b:: -p all -m physdev --physdev-out eth+ -m mac --mac-source 02:00:00:00:00:85 -j KUBE-SVC-ABC
ip6tables -C INPUT -m pkttype --pkt-type broadcast -m connmark --mark 5/0xff -j REJECT
ip6tables -t security -R OUTPUT 3 -p all -m mark --mark 0x10/0xf0 -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 0
ip6tables -t nat -A INPUT ! -s fe80::1 -d fd00:a:b::/128 -p all -j LOG --log-prefix "drop"
ip6tables -t nat -R INPUT 3 ! -s 2001:db8::/16 -i br0 -p udp -m conntrack --ctstate NEW -m mark --mark 0x10/0xf0 -j TRACE
ip6tables -A FORWARD -i eth0 -p sctp -j RETURN
ip6tables -t raw -X
ip6tables -t filter -P OUTPUT DROP
ip6tables -t raw -P PREROUTING DROP
iptables -I FORWARD 1 -p tcp -j TRACE
iptables -t nat -F KUBE-SERVICES
ip6tables -t mangle -A FORWARD ! -i docker0 -p 47 -m length --length 0:64 -m connmark ! --mark 0x1 -j RETURN
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:577]
:RCHAIN - [0:0]
-A RCHAIN -j REJECT
[2:157] -A FORWARD ! -i eth0 -o eth1 -p udp -g KUBE-SVC-ABC
COMMIT
EOF
ip6tables -L -n
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [2:427]
:RCHAIN - [0:0]
-A FORWARD -p tcp -m limit --limit 5/min -j ACCEPT
-A INPUT -p sctp -m hl --hl-gt 97 -j RETURN
[2:183] -A RCHAIN -p tcp -j RETURN
COMMIT
EOF
ip6tables -t security -A RCHAIN ! -s ::1/128 -m physdev ! --physdev-is-in -m addrtype --src-type LOCAL
ip6tables -t nat -N KUBE-SERVICES
ip6tables -A KUBE-SVC-ABC -o eth1 -p tcp -m state --state ESTABLISHED,RELATED -j DROP
ip6tables -t filter -A FORWARD -p all -m addrtype --src-type LOCAL -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t security -A FORWARD -d 2001:db8:1::1/128 -p sctp -j LOG --log-level 7
ip6tables -t filter -D RCHAIN 3
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [2:961]
:DOCKER - [0:0]
-A DOCKER -p all -j RCHAIN
[3:497] -A DOCKER -d fe80::1/32 -p sctp -m length --length 0:64 -m connmark --mark 5/0xff -j ACCEPT
-A OUTPUT -s 2001:db8::/48 ! -d fd00:a:b:: -p 47 -m owner --uid-owner 65534 -j DROP
-A OUTPUT -s fd00:a:b:: -p sctp -m mark ! --mark 0x4000/0x4000 -g DOCKER
COMMIT
EOF
ip6tables -A OUTPUT -s fe80::1 -d fe80::1/64 -p all -m comment --comment docker -j CONNMARK --restore-mark
ip6tables -F DOCKER
ip6tables -t nat -A POSTROUTING -p udp -j MARK --xor-mark 0x3
ip6tables -t nat -N DOCKER-USER
ip6tables -t filter -D RCHAIN -d ::1/16 -i veth+ ! -p udp -j NFLOG --nflog-group 0
ip6tables -t filter -L RCHAIN -n -v --line-numbers
ip6tables -t mangle -A FORWARD -d 2001:db8:1::1/127 -o eth+ -p udp -j HL --hl-dec 1
ip6tables -L RCHAIN -n -v --line-numbers
ip6tables -A INPUT -p 47 -m comment --comment x_y-z -m length --length 100:200 -j LOG --log-prefix "drop"
ip6tables -A FORWARD -p tcp -j LOG --log-level 7
ip6tables -t raw -I OUTPUT -p 47 -j RETURN
ip6tables -N KUBE-SVC-ABC
iptables -t mangle -D POSTROUTING 1
iptables -t security -A FORWARD -d 172.227.21.141 -m mac --mac-source 02:00:00:00:00:64 -m addrtype --dst-type LOCAL -j RETURN
iptables -t raw -A OUTPUT -d 192.31.23.245 -p 47 -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t filter -A FORWARD -o docker0 -m state ! --state INVALID -j TRACE
iptables -A FORWARD -j TRACE
iptables -A FORWARD -s 192.164.202.21/32 -o cni0 -p all -m limit --limit 3/s --limit-burst 20 -m pkttype --pkt-type multicast -j ACCEPT
iptables -t raw -A OUTPUT -p 47 -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -Z
iptables -I OUTPUT 3 -p icmp -j RETURN
iptables-restore <<'EOF'
*filter
:INPUT DROP [7:105]
:DOCKER - [0:0]
[0:419] -A DOCKER -s 192.162.110.226 -j DOCKER
COMMIT
EOF
iptables -C DOCKER -i docker0 -o eth+ -p all -m length --length 0:64 -m statistic --mode random --probability 1 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t raw -Z
iptables -t security -I OUTPUT 1 -s 10.47.236.126/16 -p tcp -j MARK --and-mark 0xff
iptables-save
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:418]
:DOCKER - [0:0]
-A FORWARD ! -d 127.19.250.77 -p all -m connmark ! --mark 5/0xff -j NFLOG --nflog-group 3
COMMIT
EOF
iptables -A FORWARD ! -d 127.73.94.130 -o docker0 -p tcp -j TRACE
iptables -S -v
iptables -t filter -N KUBE-SERVICES
iptables -t filter -A FORWARD -d 198.211.199.251/24 -p tcp -m mark ! --mark 0x10/0xf0 -j RETURN
iptables -t mangle -I FORWARD 3 -i br0 -m addrtype --src-type UNICAST -j ACCEPT
iptables -t security -Z OUTPUT
iptables -t filter -P FOO DROP
iptables -t mangle -A PREROUTING -s 198.51.236.86/0 -d 198.11.137.103/32 -p icmp -j RETURN
ip6tables -t security -A FORWARD -p 47 -m state --state INVALID -j DROP
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 61 (conformance/generators/iptables.ts)
iptables -t mangle -A OUTPUT -m connmark ! --mark 0x1 -m state --state ESTABLISHED,RELATED -j DSCP --set-dscp 10
iptables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER -p icmp -j RETURN
-A OUTPUT -d 172.175.61.19/12 -p sctp -m state --state INVALID -j TRACE
COMMIT
EOF
iptables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD ! -p tcp -m ttl --ttl-eq 240 -m comment --comment docker -j DROP
-A INPUT -d 127.249.66.59/8 -m addrtype --src-type UNICAST -m mark --mark 1 -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
iptables -t filter -X DOCKER
ip6tables -t nat -A INPUT -s 2001:db8:1::1 -p sctp -m hl --hl-lt 69 -j SNAT --to-source fd00::2
ip6tables -D OUTPUT 2
iptables -t mangle -X
iptables -t nat -I POSTROUTING -d 172.142.212.222 -p 47 -m pkttype --pkt-type broadcast -m owner --uid-owner 0 -j SNAT --to-source 10.0.0.1
iptables -A FORWARD -p tcp -m length --length 0:64 -m mark --mark 0x10/0xf0 -j CONNMARK --set-mark 0x2
ip6tables -t nat -N DOCKER-USER
ip6tables-save -t nat
ip6tables-save
ip6tables -t raw -I OUTPUT -p 47 -m connmark --mark 0x1 -j DROP
ip6tables -S OUTPUT
iptables -t filter -N MYCHAIN
iptables -I INPUT 4 -m statistic --mode random --probability 0.25000000000 -m addrtype --src-type LOCAL -j DSCP --set-dscp 0x2e
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -s 127.165.188.22 -o docker0 -m comment --comment x_y-z -m iprange --dst-range 10.0.0.1-10.0.0.47
COMMIT
EOF
iptables -t raw -A OUTPUT -s 10.100.140.202/0 -p icmp -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t filter -A INPUT -d 198.116.155.7/16 -p tcp -m physdev --physdev-is-bridged -m mac --mac-source 02:00:00:00:00:29
iptables -S -v
iptables -A DOCKER -s 192.101.113.164 -d 10.70.62.134 -i docker0 -p tcp -g DOCKER
ip6tables -t nat -L -n --line-numbers
iptables -t filter -L -n -v
iptables -X DOCKER
ip6tables -A OUTPUT -p udp -m mark --mark 0x10/0xf0 -m udp --dport 53 -j CONNMARK --set-mark 0x2
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:849]
:DOCKER - [0:0]
-A OUTPUT -d fd00:a:b:: -p 47 -m physdev --physdev-is-bridged -j MARK --set-mark 0x1
-A DOCKER -i lo -p 47 -j DOCKER
[0:268] -A INPUT ! -d ::1 -p sctp -m mac --mac-source 02:00:00:00:00:22 -j MARK --set-mark 5/0xff
-A DOCKER -i lo -p ipv6-icmp -m addrtype --src-type LOCAL -j DOCKER
COMMIT
EOF
ip6tables -A INPUT -i eth0 -p all -m addrtype --dst-type MULTICAST -j MARK --set-xmark 0x4000/0x4000
ip6tables -t security -I FORWARD 1 -o docker0 -p tcp -m pkttype ! --pkt-type multicast -j LOG --log-prefix "drop"
ip6tables -t mangle -N MYCHAIN
ip6tables -D FORWARD -s 2001:db8:1::1/48 ! -o cni0 -p tcp -m mac --mac-source 02:00:00:00:00:42 -j MARK --xor-mark 0x3
ip6tables -I OUTPUT ! -o eth1 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode nth --every 3 --packet 1 -j REJECT
ip6tables -C OUTPUT ! -o docker0 -p tcp -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t mangle -A FORWARD -s fe80::1 -p all -m addrtype --src-type UNICAST -m statistic --mode nth --every 3 --packet 0 -j MYCHAIN
ip6tables -t nat -L -v
ip6tables -L OUTPUT -n -v --line-numbers
ip6tables-save -c
iptables-restore --noflush -c <<'EOF'
*filter
:RCHAIN - [0:0]
[1:186] -A RCHAIN -d 172.110.176.56 -m connmark --mark 0x1 -g MYCHAIN
-A INPUT -p tcp -m mark --mark 0x10/0xf0 -j REJECT --reject-with tcp-reset
-A RCHAIN -s 192.126.15.188/30 -p icmp -m addrtype --src-type UNICAST -m conntrack --ctstate INVALID -j MYCHAIN
COMMIT
EOF
iptables -nvL
iptables -t filter -P OUTPUT DROP
iptables -t filter -A DOCKER -m ttl --ttl-lt 38 -j RETURN
iptables -P FORWARD DROP
ip6tables -P INPUT DROP
ip6tables-restore <<'EOF'
*nat
:PREROUTING DROP [5:832]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d fd00::/48 -p tcp -m multiport --ports 22,80:90,8080 -m connmark --mark 5/0xff -j SNAT --to-source 2001:db8::1 --random-fully
-A PREROUTING -s 2001:db8:: -p all -j MARK --and-mark 0xff
-A PREROUTING -d fe80::1 -p 47 -j DNAT --to-destination fd00::2
-A PREROUTING -i docker0 -p tcp
COMMIT
EOF
ip6tables -I INPUT 3 -d 2001:db8:: -p udp -m addrtype --dst-type BROADCAST -j DROP
iptables -L -x -v -n
iptables -t nat -A PREROUTING -i br0 -j CONNMARK --save-mark
iptables-save -t filter
iptables -t nat -A PREROUTING -s 10.95.212.199/24 -p tcp -m state --state INVALID -j RETURN
iptables -t security -F
iptables-save -t filter
iptables -D OUTPUT ! -s 127.30.100.75 -j REJECT
iptables -t filter -A RCHAIN ! -p udp -m addrtype --src-type LOCAL -m limit --limit 5/min --limit-burst 1 -j CONNMARK --restore-mark --mask 0xff
iptables -I MYCHAIN -s 127.2.110.99/12 -o cni0 -p tcp -m tcp --dport ssh -g MYCHAIN
iptables -A FORWARD -p 47 -j TTL --ttl-inc 2
iptables -I NOPE 1 -p tcp
iptables -t mangle -A PREROUTING -s 127.96.73.104/0 -d 127.230.53.251/0 -p all -j TRACE
iptables -t filter -I RCHAIN 3 ! -o eth+ -p udp -m limit --limit 5/min -j MARK --or-mark 0x8
iptables -t raw -N KUBE-SEP-XYZ
iptables -A OUTPUT -d 192.100.38.67 -p udp -j TRACE
ip6tables -t mangle -R INPUT 3 ! -s ::1 ! -i veth+ -p 47 -m mark --mark 0xffffffff -j ACCEPT
ip6tables -L -x -v -n
ip6tables -t security -F
ip6tables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A OUTPUT -p ipv6-icmp -m mark --mark 0xffffffff -j CONNMARK --restore-mark --mask 0xff
-A DOCKER -p sctp -m addrtype ! --dst-type BROADCAST -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
iptables -t raw -S -v
iptables -t security -L -n --line-numbers
iptables -N KUBE-SVC-ABC
iptables -t nat -A INPUT -i lo -m limit --limit 3/s -j MARK --xor-mark 0x3
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [0:825]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 10.62.25.115 -p udp -m multiport ! --sports 80,443 -j LOG
[4:372] -A OUTPUT -s 172.10.209.163/0 -p sctp -m statistic --mode random --probability 0.1 -m pkttype --pkt-type multicast -j RETURN
COMMIT
EOF
ip6tables-save
ip6tables -I NOPE 1 -o eth1 -p ipv6-icmp -j TRACE
iptables-save
ip6tables-save

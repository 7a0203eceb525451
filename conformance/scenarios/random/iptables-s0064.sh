# Random iptables/ip6tables rule set, seed 64 (conformance/generators/iptables.ts)
iptables -t security -N f2b-sshd
iptables -t security -D FORWARD -p udp -m statistic --mode random --probability 0.5 -m length --length 1500 -j f2b-sshd
ip6tables -F
ip6tables -t mangle -P FOO DROP
ip6tables -Z
iptables -t filter -F
iptables -t filter -D INPUT 3
iptables -F
iptables -t security -A f2b-sshd -s 127.71.211.15 -d 192.172.195.18/12 -i eth0 -p all -m connmark ! --mark 5/0xff -j DROP
iptables -D INPUT 4
iptables -t raw -D OUTPUT -s 172.57.249.191/30 -d 192.100.232.88/30 ! -p tcp -m connmark --mark 5/0xff -j CONNMARK --set-mark 0x2
iptables -I FORWARD 2 -p 47 -m state --state NEW -m state ! --state NEW -j DNAT --to-destination 10.0.0.1
ip6tables -A FORWARD -d 2001:db8::/48 -p ipv6-icmp -m connmark --mark 5/0xff -j TRACE
ip6tables -t mangle -F
ip6tables -C OUTPUT -s fd00:: ! -d ::1/16 -p tcp -j RETURN
iptables-save
iptables -t mangle -A PREROUTING -s 198.169.172.214/8 -d 172.128.96.7/24 -m addrtype --dst-type MULTICAST -j TTL --ttl-dec 1
iptables -I INPUT 1 ! -s 198.4.122.9/32 -p icmp -m addrtype --src-type LOCAL -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -p tcp -j RETURN
-A FORWARD -s fd00:a:b:: -p 47 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j NOTRACK
-A OUTPUT -p all -m state ! --state NEW
-A OUTPUT -s fe80::1/128 -p ipv6-icmp -m hl --hl-lt 114 -j RCHAIN
COMMIT
EOF
ip6tables -I OUTPUT ! -d ::1/48 -p 47 -m hl --hl-eq 208 -m addrtype --src-type LOCAL -j RCHAIN
ip6tables -nvL
ip6tables -t security -A OUTPUT -s ::1/127 -o cni0 -p 47 -m statistic --mode nth --every 2 --packet 0 -m hl --hl-eq 250 -j TRACE
ip6tables -t raw -D PREROUTING ! -i veth+ -p tcp -m tcp --dport 0:65535 -j RETURN
ip6tables -P OUTPUT DROP
ip6tables -t security -C INPUT -p sctp -j LOG --log-level debug
ip6tables -I FORWARD 3 -i docker0 -o docker0 -p sctp -m comment --comment docker -j DROP
ip6tables -L -v
iptables -t mangle -N DOCKER
iptables -t filter -X
iptables -t filter -L -n
iptables -t filter -F
ip6tables -A RCHAIN -p udp -m connmark ! --mark 0x1
iptables -A FORWARD -s 127.246.0.132/30 -m conntrack --ctstate UNTRACKED -m mark --mark 0x10/0xf0 -j LOG --log-prefix "x y"
iptables -A NOPE -s 172.77.147.96 -i docker0 -p tcp -m mark --mark 0xffffffff -j MARK --set-mark 0x1
ip6tables -L -n
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:367]
:DOCKER - [0:0]
-A INPUT -s 127.220.140.177/8 ! -i eth0 -p udp -m addrtype --dst-type UNICAST -m mac --mac-source 02:00:00:00:00:33 -j TRACE
-A INPUT -s 198.149.140.199/24 -m state ! --state ESTABLISHED,RELATED -m physdev --physdev-out eth+ -j DOCKER
-A INPUT -i lo -p 47 -m statistic --mode nth --every 3 --packet 0 -m iprange --dst-range 10.0.0.1-10.0.0.184 -j ACCEPT
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [7:641]
:KUBE-SERVICES - [0:0]
-A INPUT -p all -m mac ! --mac-source 02:00:00:00:00:11 -m mac --mac-source 02:00:00:00:00:37 -g KUBE-SERVICES
-A INPUT -s 172.74.251.181/0 -m pkttype ! --pkt-type unicast -j RETURN
-A FORWARD -s 198.8.47.198/16 -i br0 -p tcp -j CONNMARK --restore-mark --mask 0xff
-A OUTPUT -d 172.161.115.108 -p udp -m statistic --mode nth --every 2 --packet 0 -m udp ! --dport 53:1000
COMMIT
EOF
iptables -t filter -N KUBE-SEP-XYZ
iptables -t filter -R KUBE-SERVICES 2 ! -s 127.190.43.126/24 -i lo ! -o docker0 -p 47 -m addrtype --src-type LOCAL -m pkttype --pkt-type unicast -j NFLOG --nflog-group 3
ip6tables -t raw -D NOPE 2
ip6tables -N MYCHAIN
ip6tables -t nat -A POSTROUTING -p ipv6-icmp -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t filter -I FORWARD -s ::1/128 -d fe80::1 -o cni0 -p 47 -m connmark --mark 5/0xff -j LOG
ip6tables -t filter -E MYCHAIN MYCHAIN-2
ip6tables-restore -c <<'EOF'
*nat
:PREROUTING ACCEPT [3:696]
:RCHAIN - [0:0]
-A INPUT -p all -m addrtype --src-type UNICAST -m physdev ! --physdev-is-in -j RCHAIN
COMMIT
EOF
ip6tables -t nat -A INPUT -i eth0 -p all -j SNAT --to-source fd00::2
ip6tables -X
ip6tables -t security -A FORWARD -m statistic --mode random --probability 0.5 -m addrtype --src-type UNICAST
ip6tables -t nat -A OUTPUT -s fd00:a:b:: -m addrtype --dst-type BROADCAST -g RCHAIN
iptables -A KUBE-SERVICES -s 192.255.35.194 -d 127.33.249.121 -i lo -p sctp -m addrtype --src-type UNICAST -m addrtype --src-type UNICAST -j MARK --xor-mark 0x3
iptables -t nat -A INPUT -s 127.237.195.131 -d 198.71.45.78/32 -i veth+ -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.1 -j NFLOG --nflog-group 4
iptables -t security -L -v
iptables -A KUBE-SERVICES -o eth1 -p tcp -j KUBE-SERVICES
iptables -F KUBE-SEP-XYZ
iptables -t mangle -E DOCKER DOCKER-2
iptables -N MYCHAIN
iptables -P FORWARD DROP
iptables -A FORWARD ! -o docker0 -p udp -j MYCHAIN
iptables -t filter -F
iptables -t security -N KUBE-SERVICES
iptables -D MYCHAIN -o eth+ -p sctp -m addrtype --src-type LOCAL -g MYCHAIN
iptables -t nat -P PREROUTING DROP
iptables -t filter -A FORWARD -m limit --limit 10/second -m pkttype --pkt-type broadcast
iptables -t mangle -L -v
iptables -I NOPE -s 198.201.74.113/24 -d 192.144.84.75/12 -o eth+ -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -j DROP
ip6tables -E MYCHAIN-2 MYCHAIN-2-2
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -s fe80::1 -p ipv6-icmp -m statistic --mode nth --every 10 --packet 1 -j CONNMARK --set-mark 0x2
[1:444] -A INPUT -s fd00:a:b::/16 -p all -j DROP
[4:142] -A INPUT -s ::1/64 -d ::1/64 -p tcp -m limit --limit 3/s -j RCHAIN
COMMIT
EOF
ip6tables -t raw -I PREROUTING -d fe80::1 -p tcp -m limit --limit 1/hour --limit-burst 1 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -R NOPE 2 -d fd00:: -i lo -p ipv6-icmp -m addrtype --dst-type BROADCAST -m physdev --physdev-in veth0 -j REJECT
ip6tables -A OUTPUT -p 47 -m addrtype --src-type LOCAL -j NOTRACK
iptables-save
ip6tables-save

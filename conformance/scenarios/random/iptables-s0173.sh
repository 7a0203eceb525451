# Random iptables/ip6tables rule set, seed 173 (conformance/generators/iptables.ts)
iptables -t mangle -R INPUT 1 -s 198.205.201.62 -m pkttype --pkt-type unicast -m addrtype --src-type LOCAL -j DSCP --set-dscp-class EF
iptables -D INPUT -s 127.40.240.212/30 -d 198.244.31.158 -j LOG --log-prefix "IN: "
iptables -t raw -A OUTPUT -o eth1 -p all -j LOG --log-level info
iptables -t nat -N KUBE-SVC-ABC
iptables -L
iptables -D OUTPUT 3
ip6tables -F
ip6tables -t raw -I OUTPUT 1 ! -d 2001:db8::/128 -p tcp -m statistic --mode random --probability 0.33333333349 -m conntrack --ctstate UNTRACKED
ip6tables -Z INPUT
ip6tables -t filter -C INPUT -i br0 -p all -j LOG --log-prefix "x y"
iptables -t raw -L OUTPUT -n -v --line-numbers
iptables -A FORWARD -i docker0 -p tcp --sport 22 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t mangle -v -A OUTPUT -s 10.136.32.146/0 -o cni0 -p tcp -j TRACE
iptables -A INPUT -p 47 -m mac ! --mac-source 02:00:00:00:00:76 -m mark --mark 0x4000/0x4000 -j LOG
iptables -t security -C OUTPUT -p tcp ! --sport domain -j LOG
iptables -A INPUT -s 172.30.4.141/24 -d 127.38.30.75 -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 1
iptables -t filter -A INPUT -p udp -m length --length 1500 -j RETURN
iptables -t nat -D OUTPUT -m owner ! --uid-owner 65534 -m addrtype --src-type LOCAL -j DROP
iptables -Z
iptables -t security -X
ip6tables -D INPUT 3
ip6tables -t filter -A INPUT -i lo -p tcp -j RETURN
ip6tables -t filter -F
ip6tables -t raw -A PREROUTING -p tcp -j ACCEPT
iptables-restore <<'EOF'
*security
:DOCKER - [0:0]
-A OUTPUT -s 172.67.183.146/12 -p udp -m comment --comment docker -m addrtype --src-type UNICAST -j DOCKER
-A INPUT -s 172.3.135.128 -j TRACE
COMMIT
EOF
iptables -t raw -X PREROUTING
iptables -t nat -D INPUT ! -s 127.233.248.150/32 -i lo -p 47 -m length --length 1500 -m mac --mac-source 02:00:00:00:00:74
iptables -t nat -I NOPE 3 -s 172.107.65.236/0 -p 47 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t security -N LOGDROP
ip6tables -D FORWARD 1
ip6tables -t nat -A PREROUTING -d fd00::/16 -p ipv6-icmp -m state ! --state INVALID -m addrtype --src-type UNICAST -j NFLOG --nflog-group 4
iptables -t mangle -S PREROUTING
iptables -t filter -X FORWARD
iptables -A FORWARD -s 127.48.12.7 -p sctp -m pkttype ! --pkt-type multicast -m pkttype --pkt-type broadcast -j ACCEPT
iptables -t raw -S -v
iptables -t security -L -v -Z
iptables -t raw -L -n -v
iptables -t security -L INPUT
ip6tables -t raw -v -A PREROUTING -d fe80::1/128 -p ipv6-icmp
ip6tables -t raw -L -v -Z
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [5:990]
:DOCKER - [0:0]
[2:132] -A FORWARD -i veth+ -o docker0 -p tcp -j DOCKER
-A OUTPUT -s fd00:a:b::/64 -p ipv6-icmp -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -t nat -A OUTPUT -p udp -m state ! --state NEW -j ACCEPT
ip6tables -A NOPE -o docker0 -p all -j RETURN
ip6tables -A OUTPUT -o eth+ -p udp -m pkttype --pkt-type unicast -j CONNMARK --restore-mark
ip6tables -t raw -D PREROUTING -d fd00:: -p tcp --syn -j RETURN
ip6tables -t filter -P FOO RETURN
ip6tables -A OUTPUT -d fd00:a:b::/16 -p udp -m pkttype --pkt-type broadcast -j CONNMARK --set-mark 0x2
iptables -C INPUT -p 47 -m mark --mark 1 -j MARK --and-mark 0xff
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:162]
:KUBE-SERVICES - [0:0]
-A FORWARD -o cni0 -p all -m addrtype --dst-type BROADCAST -m length --length 100:200 -j KUBE-SERVICES
COMMIT
EOF
iptables -t raw -v -X
iptables -t security -A FORWARD -i br0 -p all -m mac ! --mac-source 02:00:00:00:00:73 -j CONNMARK --save-mark
iptables -t mangle -S POSTROUTING 3
iptables -t mangle -F
iptables -S OUTPUT
iptables -t filter -Z INPUT 1
iptables -t raw -R OUTPUT 1 -p sctp -m state ! --state INVALID -m addrtype --src-type UNICAST -j RETURN
iptables -A INPUT -p all -m state --state ESTABLISHED,RELATED -m pkttype --pkt-type unicast -j NFLOG --nflog-group 2 --nflog-prefix p
iptables-save -c
iptables-save
iptables -A INPUT ! -d 172.204.183.31 -p sctp -m mark --mark 0x4000/0x4000 -m iprange --dst-range 10.0.0.1-10.0.0.9 -j DROP
iptables -t raw -D OUTPUT 3
iptables -I KUBE-SERVICES -s 192.92.127.35/12 -d 198.254.164.152 -p 47 -m state ! --state ESTABLISHED,RELATED -m length --length 0:64 -g KUBE-SERVICES
iptables -t filter -A FORWARD ! -d 127.91.212.121/0 -i docker0 -o cni0 -p all -m statistic --mode random --probability 0.25000000000 -j CONNMARK --save-mark
iptables -N f2b-sshd
iptables -t mangle -A OUTPUT -p sctp -j DROP
iptables -t raw -N LOGDROP
iptables -X INPUT
iptables -t nat -D KUBE-SVC-ABC ! -s 10.0.104.175/30 -i eth0 -o docker0 -p tcp -m statistic --mode random --probability 0.5 -g KUBE-SVC-ABC
ip6tables-save -c
iptables -t mangle -v -I PREROUTING 3 ! -s 10.171.231.141/24 -d 10.26.253.105 -p tcp -m pkttype --pkt-type broadcast -m iprange --dst-range 10.0.0.1-10.0.0.80 -j TTL --ttl-dec 1
iptables-save
ip6tables-save

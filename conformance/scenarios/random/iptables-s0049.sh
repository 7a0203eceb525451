# Random iptables/ip6tables rule set, seed 49 (conformance/generators/iptables.ts)
iptables -D OUTPUT 1
ip6tables -t security -D FORWARD -p udp -j ACCEPT
iptables -I FORWARD 2 -i veth+ -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.183 -j TRACE
iptables -t mangle -A INPUT -d 172.200.22.146 -p tcp -j TTL --ttl-dec 1
ip6tables -t security -A INPUT -p 47 -m physdev --physdev-out eth+ -m connmark --mark 5/0xff -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -L -n
ip6tables -N KUBE-SEP-XYZ
ip6tables -t security -A NOPE -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t nat -C PREROUTING -s fe80::1 -p tcp -m length --length 0:64 -m length --length 0:64 -j LOG --log-level 7
ip6tables -t raw -Z PREROUTING
ip6tables -t security -R OUTPUT 3 -s 2001:db8::/128 ! -d fd00:: -p all -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -t raw -F
ip6tables -t mangle -S FORWARD
ip6tables -R FORWARD 3 -d fd00::/48 -o eth1 -j KUBE-SEP-XYZ
iptables -t nat -C OUTPUT ! -o eth1 -p tcp -j LOG --log-prefix "drop"
iptables -t security -N LOGDROP
ip6tables -t mangle -N DOCKER-USER
iptables -t raw -A PREROUTING -p tcp -j DROP
iptables-save
iptables -D OUTPUT 4
ip6tables -S
iptables -D INPUT 4
ip6tables -t filter -I INPUT 4 ! -i br0 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -m comment --comment "kubernetes service portals" -j DROP
ip6tables -C INPUT -s fe80::1 -m comment --comment x_y-z -j REJECT
ip6tables -L -n
iptables-restore <<'EOF'
*filter
:INPUT DROP [1:336]
:RCHAIN - [0:0]
-A INPUT -p icmp -m statistic --mode random --probability 0.1 -m ttl --ttl-eq 44 -j REJECT --reject-with icmp-net-unreachable
-A INPUT -s 198.184.186.15/30 -i eth0 -p sctp -j RCHAIN
-A RCHAIN -s 172.25.77.247/12 -p tcp -j DROP
COMMIT
EOF
iptables -t nat -A NOPE -d 192.138.163.32/16 -p icmp -j TRACE
ip6tables -A KUBE-SEP-XYZ -m limit --limit 5/min --limit-burst 1 -j RETURN
iptables -t filter -A RCHAIN -o docker0 -p udp -m addrtype --src-type UNICAST -m physdev --physdev-in veth0 -j ACCEPT
iptables-save -t mangle
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [2:102]
:RCHAIN - [0:0]
-A FORWARD -p icmp -m pkttype --pkt-type broadcast -j TRACE
-A INPUT -p tcp -m addrtype --src-type LOCAL -g RCHAIN
-A INPUT ! -s 192.149.79.45/30 -j LOG --log-prefix "drop"
COMMIT
EOF
iptables -A OUTPUT -s 10.41.124.54/32 -d 198.154.43.42/16 -p 47 -j NFLOG --nflog-group 2
iptables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -s 127.126.49.213/30 -p tcp ! --syn -j RCHAIN
-A FORWARD -s 127.123.148.255/24 -d 172.91.102.163/24 ! -i docker0 -p udp -m statistic --mode nth --every 3 --packet 0 -j RCHAIN
-A INPUT ! -s 198.182.212.233/12 -p 47 -m iprange ! --dst-range 10.0.0.1-10.0.0.147 -j TRACE
COMMIT
EOF
iptables -t filter -D OUTPUT -d 127.220.27.150/16 -p 47 -m pkttype --pkt-type multicast -j DROP
iptables-save
ip6tables -t filter -A OUTPUT -p all -m pkttype --pkt-type unicast -j ACCEPT
ip6tables -t security -A OUTPUT -s 2001:db8:1::1 -p sctp -j CONNMARK --save-mark
ip6tables -t filter -I OUTPUT -j LOG
ip6tables -t raw -F
ip6tables -t nat -L
ip6tables -t nat -A OUTPUT -d fd00:: ! -i docker0 -j CONNMARK --restore-mark
ip6tables -t security -D OUTPUT -p udp -j MARK --and-mark 0xff
ip6tables -A OUTPUT ! -d fd00:a:b::/48 -p sctp -j DSCP --set-dscp-class EF
ip6tables -A FORWARD -d fd00:a:b::/48 -o docker0 -p ipv6-icmp -m addrtype --src-type UNICAST -j TRACE
ip6tables -t mangle -I PREROUTING -i docker0 -p tcp -j DOCKER-USER
ip6tables -N DOCKER-USER
iptables -P INPUT DROP
iptables -A FORWARD -d 192.71.178.48/24 -m addrtype --dst-type MULTICAST -m mark --mark 0xffffffff -j CONNMARK --save-mark
iptables -t raw -C PREROUTING -s 192.227.110.211/30 -p sctp -j RETURN
iptables -A OUTPUT -s 10.67.108.116/0 -o cni0 -p 47 -m addrtype --dst-type LOCAL -j REJECT
iptables -A OUTPUT -p sctp -j REJECT --reject-with icmp-net-unreachable
iptables -t mangle -D RCHAIN 3
iptables -Z FORWARD
iptables -A INPUT -s 198.28.61.221/0 -p tcp -j TTL --ttl-dec 1
iptables -t raw -L
ip6tables-restore -c <<'EOF'
*security
:INPUT ACCEPT [6:100]
:RCHAIN - [0:0]
-A FORWARD -d 2001:db8::/16 -p sctp -m hl --hl-eq 28 -j DNAT --to-destination [fd00::3]:8080
COMMIT
EOF
iptables -t filter -S
iptables -t security -I LOGDROP -s 172.183.74.59 -p tcp -m iprange ! --dst-range 10.0.0.1-10.0.0.107 -m iprange --dst-range 10.0.0.1-10.0.0.119 -j MARK --and-mark 0xff
iptables-save
iptables-save
iptables-save
ip6tables-save

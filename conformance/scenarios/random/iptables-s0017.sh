# Random iptables/ip6tables rule set, seed 17 (conformance/generators/iptables.ts)
iptables -t filter -I INPUT 3 -i docker0 -p sctp -m statistic --mode random --probability 0.5 -j CONNMARK --restore-mark
iptables -t nat -C POSTROUTING ! -s 127.162.106.59/24 -o cni0 -p tcp -m statistic --mode random --probability 1 -j LOG --log-prefix "drop"
ip6tables -I OUTPUT -p all -m limit --limit 100/day -j ACCEPT
ip6tables -t nat -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 0
ip6tables -D FORWARD -s ::1/48 ! -i lo -p tcp --syn -m mark --mark 0x10/0xf0 -j CONNMARK --restore-mark
ip6tables -t filter -A INPUT ! -d 2001:db8:: -p udp -j DROP
iptables -t security -A FORWARD -i br0 -p icmp -m length --length 1500 -j RETURN
iptables -t raw -L -x -v -n
iptables -t security -L -v
iptables -A FORWARD -m addrtype --src-type LOCAL -j RETURN
iptables -X
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -p 47 -m ttl --ttl-eq 226 -m comment --comment x_y-z -j CONNMARK --restore-mark
COMMIT
EOF
iptables -t security -D FORWARD -i lo -o eth+ -p tcp --tcp-flags FIN,ACK FIN -m addrtype --src-type LOCAL -j RETURN
iptables -t security -A OUTPUT ! -o eth1 -p tcp -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -N LOGDROP
iptables -t filter -I FORWARD 1 -m mark --mark 0x4000/0x4000 -m statistic --mode random --probability 0.1 -j MARK --and-mark 0xff
ip6tables -t nat -A POSTROUTING -p tcp -j DROP
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [1:316]
:RCHAIN - [0:0]
-A OUTPUT -s 127.6.27.231 -m ttl --ttl-lt 254 -m physdev --physdev-out eth+ -j REJECT --reject-with icmp-port-unreachable
-A INPUT -p udp -m mark --mark 0x4000/0x4000 -m mac --mac-source 02:00:00:00:00:18 -j REJECT
COMMIT
EOF
iptables-save
iptables -t filter -F
iptables -A OUTPUT -g LOGDROP
ip6tables -D OUTPUT -s fd00:a:b:: -j ACCEPT
ip6tables -t security -L
ip6tables -A OUTPUT -d 2001:db8:1::1 -p sctp -m statistic --mode random --probability 0.5 -j RETURN
ip6tables -I INPUT 3 -p sctp -j ACCEPT
ip6tables -F
ip6tables -S -v
iptables-save -t mangle
iptables -t security -I FORWARD 1 -p tcp -m tcp ! --dport 3000:1000 -m iprange --dst-range 10.0.0.1-10.0.0.77 -j DROP
iptables -A OUTPUT -m mark --mark 0xffffffff -m length ! --length 100:200 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -I INPUT -s 198.180.225.198 -p icmp --icmp-type time-exceeded -m addrtype --dst-type UNICAST -j MARK --set-mark 0x1
iptables -S RCHAIN
iptables -D OUTPUT 1
iptables -t filter -A LOGDROP -s 172.45.60.62/12 -i eth0 -p all -m limit --limit 5/min --limit-burst 1 -j CONNMARK --save-mark
iptables -t security -C FORWARD -p icmp -m connmark --mark 0x1 -j MARK --set-xmark 0x4000/0x4000
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [5:169]
:RCHAIN - [0:0]
-A OUTPUT -d 10.20.13.5/16 -o eth1 -j DROP
COMMIT
EOF
iptables-save
iptables -A FORWARD -p 47 -m owner --uid-owner 100-200 -j ACCEPT
iptables -A OUTPUT ! -s 198.225.208.105/0 -p icmp -j NFLOG --nflog-group 2 --nflog-prefix p
iptables-restore <<'EOF'
*filter
:INPUT DROP [1:247]
:RCHAIN - [0:0]
-A OUTPUT -p all -m addrtype --src-type LOCAL -j NFLOG --nflog-group 2
COMMIT
EOF
iptables -t mangle -P FOO DROP
iptables-save -c
iptables -Z
iptables -t filter -D FORWARD 4
iptables -A INPUT -m physdev --physdev-is-bridged -m addrtype --dst-type LOCAL -j CONNMARK --save-mark
iptables -A INPUT -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -Z PREROUTING
iptables -A RCHAIN -s 172.230.188.188/24 -j RCHAIN
iptables -A INPUT -d 127.21.97.120 -i lo -p sctp -m mark --mark 1 -j LOG --log-prefix "IN: "
iptables-save
iptables -t filter -F
ip6tables -t filter -X
ip6tables -L -v
ip6tables -t mangle -P FORWARD ACCEPT
ip6tables -t security -C INPUT -p 47 -m statistic --mode nth --every 3 --packet 1 -m limit --limit 100/day -j DROP
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [2:196]
:KUBE-SERVICES - [0:0]
-A INPUT -p ipv6-icmp -j ACCEPT
-A FORWARD -s fd00::/127 -p 47 -m pkttype ! --pkt-type unicast -m physdev --physdev-is-bridged -j NOTRACK
-A KUBE-SERVICES -d 2001:db8::/64 ! -i lo -j CONNMARK --save-mark
COMMIT
EOF
ip6tables -t filter -A INPUT -s 2001:db8:1::1/32 -p udp -m addrtype --dst-type UNICAST -m limit --limit 100/day --limit-burst 5 -j KUBE-SERVICES
ip6tables -t raw -A PREROUTING -p udp -m limit --limit 10/second --limit-burst 20
iptables -D INPUT 2
iptables -t nat -A PREROUTING ! -s 172.214.33.71 -d 127.183.173.106/16 -j DNAT --to-destination 192.0.2.1-192.0.2.9
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 158 (conformance/generators/iptables.ts)
iptables -t mangle -D INPUT -d 10.158.49.163/12 -i veth+ -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.66 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t security -I INPUT 3 -m mac --mac-source 02:00:00:00:00:63 -m ttl --ttl-lt 246 -j LOG
iptables -t filter -A INPUT -c 444 63056 -d 127.74.237.3/0 -p tcp -m connmark --mark 5/0xff -j LOG --log-prefix "IN: "
iptables -t nat -v -I INPUT 1 -p tcp -j CONNMARK --restore-mark --mask 0xff
iptables-save -c -t filter
iptables -v -F
iptables -t raw -A OUTPUT -s 10.193.10.229/12 -o eth1 -m addrtype ! --dst-type LOCAL
iptables -Z FORWARD 1
iptables --list INPUT --numeric --line-numbers
iptables -F
iptables -t mangle -D OUTPUT 4
iptables -t mangle -v -X
iptables -C INPUT ! -i docker0 -p 47 -m statistic --mode nth --every 3 --packet 0 -m mac --mac-source 02:00:00:00:00:69 -j REJECT --reject-with tcp-reset
iptables -X FORWARD
iptables-save -c -t nat
iptables -L -v -Z
iptables -I INPUT 1 -d 192.39.124.135/8 -m pkttype --pkt-type unicast -j RETURN
iptables -F
iptables -t filter -A INPUT -d 198.206.162.86/8 ! -i br0 -o cni0 -p tcp
iptables -t filter -L FORWARD 3 -n -v
iptables -A INPUT -i eth0 -p all -j DROP
iptables -D FORWARD -s 127.54.251.61/24 -d 10.143.115.43/24 -i lo -o docker0 -j MARK --or-mark 0x8
ip6tables -t nat -v -I OUTPUT 3 -s ::1 -o eth1 -p sctp -m comment --comment "kubernetes service portals" -m length --length 1500 -j REDIRECT
ip6tables -A FORWARD -o cni0 -p 47
ip6tables -L -v -Z
ip6tables -t nat -v -F
ip6tables -N KUBE-SVC-ABC
iptables -t mangle -L
iptables -t mangle -A PREROUTING -p all -m iprange --dst-range 10.0.0.1-10.0.0.192 -m iprange --dst-range 10.0.0.1-10.0.0.175 -j LOG --log-prefix "drop"
iptables -t raw -Z
iptables -A OUTPUT -p tcp -j LOG --log-level crit
iptables -t security -A NOPE -s 198.13.200.169 -p 47 -m addrtype --src-type UNICAST -j LOG --log-prefix "x y" --log-level debug
ip6tables -t raw -A PREROUTING -i lo -p all -m mac ! --mac-source 02:00:00:00:00:18 -m hl --hl-lt 149 -j LOG
ip6tables-save
ip6tables -t filter -w 1 --append FORWARD -s fd00:a:b::/128 -p tcp -m statistic --mode nth --every 3 --packet 0 --tcp-flags ALL NONE -j REJECT
ip6tables -t security -N LOGDROP
ip6tables -R KUBE-SVC-ABC 1 ! -o eth1 -j TRACE
ip6tables -t raw -S PREROUTING 2
ip6tables -F KUBE-SVC-ABC
ip6tables -t mangle -C OUTPUT -d fd00:a:b:: -p udp -m owner --uid-owner 0 -m pkttype ! --pkt-type unicast -j HL --hl-set 64
ip6tables -A KUBE-SVC-ABC -p all -g KUBE-SVC-ABC
iptables -v -F OUTPUT
iptables -X
iptables -t mangle -L -n -v
iptables -t raw -v -A OUTPUT ! -p udp -j ACCEPT
iptables -t mangle -X INPUT
iptables-restore --noflush -c <<'EOF'
*security
:INPUT DROP [1:783]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 172.217.207.24 -d 192.126.196.86/16 -o docker0 -p all -m owner --uid-owner 0 -j MARK --set-xmark 0x4000/0x4000
-A FORWARD -s 192.149.114.4/8 -p icmp -j KUBE-SERVICES
-A INPUT -p all -m statistic --mode random --probability 0.1 -j ACCEPT
[2:12] -A INPUT -s 10.187.251.52 -i br0 -p tcp -j TRACE
COMMIT
EOF
iptables -t filter -v -I OUTPUT 1 -p tcp -m addrtype --src-type UNICAST -m connmark --mark 5/0xff -j CONNMARK --set-mark 0x2
iptables -t filter -v -A INPUT -m connmark --mark 0x1 -j DROP
iptables -v -F
iptables -t mangle -L PREROUTING 2 -n -v
iptables -t mangle -v -A FORWARD -p tcp -j CONNMARK --restore-mark --mask 0xff
ip6tables -t filter -L -v -Z
ip6tables -t filter -N KUBE-SEP-XYZ
ip6tables -t nat -X POSTROUTING
ip6tables -t raw -A OUTPUT -s fe80::1/128 ! -d fd00:: -p tcp -j LOG --log-prefix "drop"
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [7:407]
:RCHAIN - [0:0]
-A INPUT -d 2001:db8:1::1 -p 47 -j LOG --log-level debug
-A RCHAIN -s ::1 -p sctp -m conntrack --ctstate RELATED,ESTABLISHED -m comment --comment docker
-A RCHAIN -p 47 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m hl --hl-lt 188 -j KUBE-SEP-XYZ
-A INPUT -d 2001:db8:1::1/128 -m hl --hl-lt 246 -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -t mangle -A FORWARD -s 2001:db8:1::1 -d ::1 -i lo -j NFLOG --nflog-group 2
ip6tables -t mangle -C PREROUTING ! -i veth+ -p all -m hl --hl-gt 255 -m addrtype --src-type LOCAL -j DSCP --set-dscp 0x2e
ip6tables -P INPUT DROP
ip6tables -t filter -A OUTPUT -s 2001:db8::/64 -d fd00:a:b:: -p 47 -m pkttype --pkt-type unicast -m mark ! --mark 0xffffffff -j ACCEPT
ip6tables -t filter -R KUBE-SEP-XYZ 3 -s fe80::1/16
ip6tables -A KUBE-SVC-ABC -s ::1 -p udp -j MARK --set-xmark 0x4000/0x4000
iptables -R NOPE 3 ! -s 10.218.5.78 -d 198.154.176.55/8 -p sctp -j LOG --log-prefix "drop"
iptables -S INPUT 2
iptables -t security -S
iptables -t filter -I OUTPUT 1 -o docker0 -m pkttype --pkt-type broadcast -j CONNMARK --set-mark 0x2
iptables -A FORWARD -p icmp -j LOG
iptables -t security -A FORWARD -p 47 -j ACCEPT
iptables -t security -A KUBE-SERVICES -s 172.232.136.241/12 -p udp -m addrtype --dst-type UNICAST -j NFLOG --nflog-group 0
iptables-save
ip6tables-save

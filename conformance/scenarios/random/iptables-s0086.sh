# Random iptables/ip6tables rule set, seed 86 (conformance/generators/iptables.ts)
iptables -t raw -A PREROUTING ! -s 10.4.74.15 -j MARK --xor-mark 0x3
iptables -F
ip6tables -t security -A OUTPUT -o eth1 -j TRACE
ip6tables -t nat -I INPUT 4 -p tcp -m statistic --mode nth --every 10 --packet 1 -m length ! --length 1500 -j SNAT --to-source 2001:db8::1 --random-fully
ip6tables -t nat -N KUBE-SERVICES
iptables -F
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [5:178]
:DOCKER - [0:0]
-A PREROUTING -s 127.175.85.50 -d 198.249.147.157/8 -j MARK --set-mark 0x1
-A FORWARD -i veth+ -o docker0 -p sctp -m state --state NEW -m pkttype --pkt-type broadcast -j NFLOG --nflog-group 4 --nflog-prefix p
-A OUTPUT -p tcp -j TCPMSS --set-mss 1400
COMMIT
EOF
iptables-save
iptables-save
iptables -t mangle -X DOCKER
iptables -t raw -N MYCHAIN
iptables -C INPUT -i lo -p icmp -m mac ! --mac-source 02:00:00:00:00:33 -j REJECT --reject-with tcp-reset
iptables -A OUTPUT ! -d 198.78.154.183 -p tcp -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -A FORWARD -d 2001:db8:1::1 -p tcp -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t raw -N LOGDROP
iptables -A FORWARD -m length ! --length 100:200 -j REJECT --reject-with icmp-host-prohibited
ip6tables -t filter -N MYCHAIN
ip6tables -t raw -A OUTPUT -p all -m statistic --mode nth --every 10 --packet 0 -j LOGDROP
iptables -D INPUT -s 10.229.16.124 -p tcp -j LOG --log-prefix "x y"
ip6tables-restore <<'EOF'
*mangle
:RCHAIN - [0:0]
[2:232] -A INPUT -d 2001:db8:1::1/64 -m state --state NEW -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j MARK --set-xmark 0x4000/0x4000
-A OUTPUT -p sctp -j RCHAIN
-A POSTROUTING ! -d fd00:a:b::/32 -p tcp -j HL --hl-set 64
-A OUTPUT -p sctp -m limit --limit 100/day --limit-burst 1 -m comment --comment x_y-z -j RCHAIN
COMMIT
EOF
ip6tables-restore -c <<'EOF'
*security
:INPUT DROP [4:235]
:KUBE-SERVICES - [0:0]
-A INPUT -s 2001:db8:1::1 -p tcp -j MARK --xor-mark 0x3
-A FORWARD -p sctp -m statistic --mode nth --every 3 --packet 0 -m pkttype --pkt-type unicast -j ACCEPT
-A FORWARD -m connmark --mark 0x1 -m hl --hl-eq 232 -j KUBE-SERVICES
[4:0] -A FORWARD -d ::1/32 -o docker0 -p tcp -m comment --comment "kubernetes service portals" -m tcp --dport 53 -j LOG --log-level debug
COMMIT
EOF
ip6tables -t security -A INPUT -i br0 -p udp -m mark --mark 0xffffffff -m udp --dport 3000 -j RETURN
ip6tables -A FORWARD ! -o docker0 -p ipv6-icmp -j NFLOG --nflog-group 4
ip6tables -A FORWARD -p all -m addrtype --src-type LOCAL -m conntrack --ctstate NEW -j CONNMARK --restore-mark
ip6tables -Z
ip6tables -A MYCHAIN -i eth0 -m physdev --physdev-is-bridged
iptables -L -n -v
iptables-restore <<'EOF'
*raw
:PREROUTING DROP [1:227]
:KUBE-SERVICES - [0:0]
[3:103] -A OUTPUT -p all -g KUBE-SERVICES
[0:417] -A PREROUTING -s 10.241.61.218 -p tcp --tcp-flags ALL NONE -j NOTRACK
-A OUTPUT -p udp -j NOTRACK
[1:315] -A OUTPUT -s 10.122.23.50/8 -p icmp -j REJECT
COMMIT
EOF
ip6tables -t nat -A POSTROUTING -p all -m addrtype --src-type LOCAL -m limit --limit 100/day --limit-burst 1 -j CT --notrack
ip6tables -A OUTPUT ! -s fd00::/16 -p 47 -m connmark --mark 0x1 -m length --length 100:200 -j MYCHAIN
ip6tables -A INPUT -s ::1/48 -d 2001:db8:: ! -i lo -p tcp -m statistic --mode random --probability 0.5 --tcp-flags FIN,ACK FIN -j MYCHAIN
ip6tables-save -t nat
iptables -t raw -A OUTPUT -s 172.113.213.96 -p all -m iprange ! --dst-range 10.0.0.1-10.0.0.75 -m addrtype --dst-type BROADCAST -j MARK --or-mark 0x8
iptables -t raw -N KUBE-SVC-ABC
iptables -t filter -L -n
ip6tables -t mangle -A FORWARD -s fd00:: ! -o cni0 -p udp -m connmark --mark 5/0xff -m length --length 1500 -j ACCEPT
iptables -t filter -A FORWARD -p all -j MARK --set-xmark 0x4000/0x4000
iptables -t nat -P PREROUTING RETURN
iptables -A OUTPUT -s 198.147.191.22 -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j REJECT --reject-with icmp-host-prohibited
iptables -S
iptables -N KUBE-SEP-XYZ
ip6tables -t nat -C INPUT -d fd00:: -p all -m length ! --length 100:200 -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
ip6tables -t raw -A LOGDROP -d 2001:db8:1::1 -i br0 -p 47 -m addrtype ! --dst-type LOCAL -m iprange --src-range 2001:db8::1-2001:db8::9 -j CT --zone-orig 2
ip6tables -A FORWARD -s 2001:db8:1::1/16 -i br0 -o docker0 -p tcp --sport 8080 -m addrtype --dst-type LOCAL -j TRACE
ip6tables -t security -I KUBE-SERVICES -i docker0 -p tcp -j RETURN
ip6tables -t filter -L FORWARD
ip6tables -t mangle -A POSTROUTING -p tcp -j TCPMSS --set-mss 1400
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [7:601]
:KUBE-SERVICES - [0:0]
[0:316] -A OUTPUT -s fd00:: -o eth1 -m limit --limit 5/min -j MARK --set-mark 0x1
-A KUBE-SERVICES -d 2001:db8:: ! -i eth0 -p sctp -m statistic --mode nth --every 3 --packet 1 -m limit --limit 1/hour --limit-burst 20
-A OUTPUT -s 2001:db8::/48 -p udp -g KUBE-SERVICES
[0:481] -A INPUT -s ::1/127 -d 2001:db8:1::1/16 -m mark ! --mark 0xffffffff -m length --length 0:64 -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t raw -A LOGDROP -s ::1/127 -p ipv6-icmp -m addrtype --src-type LOCAL -m addrtype --src-type UNICAST -j NOTRACK
ip6tables -t filter -N KUBE-SEP-XYZ
ip6tables -t nat -R INPUT 2 -m comment --comment "kubernetes service portals" -j KUBE-SERVICES
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [2:39]
:KUBE-SERVICES - [0:0]
-A INPUT -p ipv6-icmp -m physdev --physdev-is-bridged -j REJECT
-A KUBE-SERVICES ! -o eth+ -p sctp -m state --state INVALID -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
ip6tables -t raw -N DOCKER
ip6tables-save -t filter
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:517]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 2001:db8:: -o cni0 -p tcp -m addrtype --dst-type LOCAL -j TRACE
-A OUTPUT -o eth+ -p all -m physdev --physdev-is-bridged -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j REJECT --reject-with icmp6-adm-prohibited
COMMIT
EOF
iptables -X
iptables -t mangle -A OUTPUT -p icmp -m iprange ! --dst-range 10.0.0.1-10.0.0.188 -j RETURN
iptables -t mangle -D DOCKER 1
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [6:525]
:RCHAIN - [0:0]
[3:428] -A OUTPUT -o cni0 -m hl --hl-eq 22
-A INPUT -p ipv6-icmp --icmpv6-type 128 -j TRACE
COMMIT
EOF
ip6tables -t raw -N KUBE-SEP-XYZ
ip6tables -t filter -A INPUT -i veth+ -p ipv6-icmp -m length --length 0:64 -j LOG --log-prefix "IN: "
ip6tables -t nat -I KUBE-SERVICES 3 ! -d fe80::1 -i docker0 -g KUBE-SERVICES
ip6tables -t raw -F
ip6tables -L FORWARD -n -v --line-numbers
ip6tables -t nat -L -n
ip6tables -t raw -R LOGDROP 1 -s 2001:db8::/127 -i eth0 -p all -j DOCKER
iptables -t raw -S
iptables -t security -A INPUT ! -s 127.169.19.218 -i lo -m physdev --physdev-in veth0 -j TRACE
iptables-save
iptables -t raw -I KUBE-SERVICES 4 -p sctp -j KUBE-SVC-ABC
iptables-save
ip6tables-save

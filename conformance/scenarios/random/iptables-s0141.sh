# Random iptables/ip6tables rule set, seed 141 (conformance/generators/iptables.ts)
iptables -N f2b-sshd
ip6tables -t nat --list PREROUTING --numeric --line-numbers
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [2:365]
:RCHAIN - [0:0]
-A RCHAIN ! -o eth+ -j RETURN
[3:411] -A OUTPUT -p sctp -j MARK --xor-mark 0x3
-A INPUT -d 2001:db8:: -i br0 -p all -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j TRACE
COMMIT
EOF
ip6tables -t security -A NOPE -m hl --hl-eq 17 -j MARK --set-xmark 0x4000/0x4000
iptables-restore <<'EOF'
*filter
:INPUT DROP [1:200]
:KUBE-SERVICES - [0:0]
-A FORWARD -o eth1 -m physdev --physdev-is-bridged -m mac --mac-source 02:00:00:00:00:60 -j CONNMARK --restore-mark
[2:482] -A INPUT -s 10.228.96.95/8 -i veth+ -p icmp -m comment --comment "kubernetes service portals" -m iprange --dst-range 10.0.0.1-10.0.0.196 -j TRACE
COMMIT
EOF
iptables -F KUBE-SERVICES
iptables -v -F
iptables -t nat -N KUBE-SVC-ABC
ip6tables -t filter -L INPUT -n -v --line-numbers
ip6tables -t raw -v -A OUTPUT -d ::1/16 -p udp -m udp --dport 22:1000 -j RETURN
ip6tables -t nat -X
ip6tables -t raw -F
iptables -t nat -C NOPE -s 192.125.191.195 -p icmp -m addrtype --dst-type BROADCAST -j LOG --log-prefix "IN: " --log-level 4
iptables -t filter -I OUTPUT -s 10.30.33.91 -p all -m statistic --mode random --probability 0.5 -j DROP
iptables -t security -I OUTPUT 3 ! -s 192.207.136.28 -m physdev ! --physdev-is-in -j NFLOG --nflog-group 3
iptables -t filter -I FORWARD -d 10.59.240.33/0 -i veth+ -p icmp -m pkttype --pkt-type unicast -m iprange --dst-range 10.0.0.1-10.0.0.55 -j RETURN
iptables -t raw -I OUTPUT 2 ! -d 172.47.164.112 -p all -m limit --limit 3/s -j LOG
iptables-save -c
iptables -A OUTPUT -d 127.56.85.244/12 -p tcp -m mark --mark 0xffffffff -j TRACE
iptables -t filter -A OUTPUT -p 47 -m length --length 100:200 -m comment --comment x_y-z -j MARK --xor-mark 0x3
iptables -t mangle -Z OUTPUT 3
iptables -X FORWARD
iptables -t mangle -v -I FORWARD 1 -o eth1 -p 47 -m ttl --ttl-gt 149 -j DROP
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [1:140]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 192.146.252.138 -m statistic --mode random --probability 1 -m mark --mark 0x10/0xf0 -j KUBE-SERVICES
COMMIT
EOF
iptables -t raw -X
iptables -t filter -A KUBE-SERVICES ! -d 127.191.48.181/16 -i docker0 -o cni0 -p sctp -j CT --notrack
iptables -t mangle --list FORWARD --numeric --line-numbers
iptables -v -X
ip6tables -v -I NOPE 1 ! -p tcp -m limit --limit 5/min -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --set-xmark 0x4000/0x4000
ip6tables -L INPUT
ip6tables -w 1 --append OUTPUT -p sctp -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -v -X
iptables -t mangle -D POSTROUTING 4
iptables -t mangle -D FORWARD 1
ip6tables -t raw -I OUTPUT -s 2001:db8::/127 -p 47 -m addrtype --dst-type LOCAL -j DROP
ip6tables -A OUTPUT -d fd00::/32 -o eth1 -p ipv6-icmp -j REJECT
iptables -v -I KUBE-SERVICES 1 -p udp -m statistic --mode random --probability 1 -m comment --comment "a/b:c -> 10.0.0.1:80" -j KUBE-SERVICES
iptables-save -t security
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [8:768]
:KUBE-SERVICES - [0:0]
-A FORWARD ! -i veth+ -m pkttype ! --pkt-type broadcast -m limit --limit 1/hour --limit-burst 5 -j KUBE-SERVICES
COMMIT
EOF
iptables -t nat -A PREROUTING -s 192.6.241.3 -m comment --comment docker -m statistic --mode random --probability 0.5 -j KUBE-SVC-ABC
iptables -v -A FORWARD ! -d 127.44.140.239 -i br0 -p udp -m mac ! --mac-source 02:00:00:00:00:39 -m multiport --sports 22,80:90,8080 -j CONNMARK --save-mark
iptables -t raw -X
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [5:205]
:DOCKER - [0:0]
-A OUTPUT ! -d 10.73.160.67 -p 47 -m limit --limit 10/second -j RETURN
COMMIT
EOF
iptables -t raw -v -X
iptables -t filter -I FORWARD 1 -d 198.136.144.81 -i veth+ -p tcp --syn -m statistic --mode random --probability 0.33333333349 -j LOG
iptables -t security -A OUTPUT -d 198.71.135.194/32 -p 47 -m comment --comment docker -m addrtype --dst-type LOCAL -j LOG
ip6tables -t security -X
ip6tables -t raw -C PREROUTING -j NFLOG --nflog-group 2
ip6tables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER -p udp -m physdev ! --physdev-is-in -j NFLOG --nflog-group 2 --nflog-prefix p
-A DOCKER ! -s fe80::1 -i docker0 -p sctp -m connmark --mark 5/0xff -m connmark --mark 0x1 -j LOG --log-prefix "x y" --log-level 4
-A FORWARD -d fe80::1 -p udp -m statistic --mode nth --every 3 --packet 1 -m connmark --mark 5/0xff -j ACCEPT
COMMIT
EOF
ip6tables -t filter -C FORWARD -s fd00:: -d fe80::1/64 -i docker0 -m pkttype --pkt-type unicast -j LOG --log-prefix "IN: "
ip6tables -t raw -N KUBE-SERVICES
iptables --list FORWARD --numeric --line-numbers
iptables -t nat -D PREROUTING 4
iptables -t security -A FORWARD ! -d 127.5.237.249/12 -p tcp -m length --length 100:200 -j CONNMARK --restore-mark
iptables -t security -L -n -v
iptables -D INPUT -d 172.170.138.96/0 -p all -j MARK --and-mark 0xff
iptables -t nat -D INPUT 3
iptables-save -c
iptables-restore <<'EOF'
*filter
:INPUT DROP [6:717]
:RCHAIN - [0:0]
-A RCHAIN -d 172.176.162.246/30 ! -p tcp -j RCHAIN
[0:432] -A OUTPUT -s 172.222.176.72/32 -d 10.208.101.97/12 -m length ! --length 1500 -m connmark --mark 5/0xff -j RCHAIN
-A FORWARD ! -p tcp -m mark --mark 0x4000/0x4000 -m ttl --ttl-gt 43 -j DROP
COMMIT
EOF
iptables -t filter -X INPUT
iptables -t nat -X KUBE-SVC-ABC
ip6tables -N DOCKER
ip6tables -t filter -A DOCKER -s 2001:db8:: -p tcp -m multiport --sports 80,443 -m conntrack --ctstate RELATED,ESTABLISHED -j REJECT --reject-with icmp6-no-route
ip6tables -t filter -A FORWARD -p tcp --syn -j DROP
ip6tables -A DOCKER ! -o eth1 -p 47 -m state --state ESTABLISHED,RELATED -m length --length 1500 -j TRACE
ip6tables -t filter -A DOCKER -s 2001:db8:1::1/128 -m owner ! --uid-owner 65534 -m statistic --mode random --probability 0.1 -j MARK --or-mark 0x8
iptables -C OUTPUT -m mark --mark 1 -m mark --mark 0x10/0xf0 -j RCHAIN
iptables -t nat -X KUBE-SVC-ABC
iptables -X OUTPUT
ip6tables -t mangle -A OUTPUT -c 170 96175 -d 2001:db8::/64 -p tcp -j LOG --log-level debug
iptables-save
ip6tables-save

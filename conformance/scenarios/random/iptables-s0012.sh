# Random iptables/ip6tables rule set, seed 12 (conformance/generators/iptables.ts)
ip6tables -t mangle -I FORWARD -s 2001:db8:1::1 -p udp -m addrtype --src-type LOCAL -j RETURN
ip6tables -I INPUT 1 -p all -m pkttype ! --pkt-type multicast -j CONNMARK --restore-mark --mask 0xff
ip6tables -A INPUT -i docker0 -p 47 -j ACCEPT
ip6tables -D INPUT 4
ip6tables -t security -I OUTPUT -o docker0 -p 47 -m length --length 100:200 -j NFLOG --nflog-group 1
ip6tables -X
ip6tables -t security -L -n --line-numbers
ip6tables -t raw -D PREROUTING -s fd00::/128 -d 2001:db8::/48 -p sctp -m physdev --physdev-out eth+ -m statistic --mode nth --every 2 --packet 0 -j DROP
ip6tables -A INPUT -s ::1 -p all -m statistic --mode random --probability 0.25000000000 -j HL --hl-set 64
ip6tables -A FORWARD -p ipv6-icmp -j ACCEPT
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [8:738]
:KUBE-SERVICES - [0:0]
-A POSTROUTING -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
-A KUBE-SERVICES -o docker0 -p ipv6-icmp -j KUBE-SERVICES
-A INPUT -s ::1/128 -p tcp --sport 443 -m conntrack --ctstate NEW -j MARK --set-mark 0x1
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:101]
:KUBE-SERVICES - [0:0]
[1:257] -A KUBE-SERVICES -i br0 -o eth+ -p ipv6-icmp -j TRACE
[3:213] -A INPUT -s ::1/48 -p 47 -m mac --mac-source 02:00:00:00:00:54 -j KUBE-SERVICES
-A OUTPUT -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DROP
COMMIT
EOF
iptables -X
iptables -C OUTPUT -o eth1 -m statistic --mode nth --every 2 --packet 1
iptables -S -v
iptables-save
iptables -t filter -I OUTPUT -d 172.47.96.47/32 -p tcp -j DROP
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [8:490]
:KUBE-SERVICES - [0:0]
-A INPUT -d fe80::1/64 -p all -m mac ! --mac-source 02:00:00:00:00:61 -j KUBE-SERVICES
-A KUBE-SERVICES -j MARK --set-xmark 0x4000/0x4000
[3:414] -A OUTPUT -p 47 -m addrtype --src-type LOCAL -g KUBE-SERVICES
-A OUTPUT -s 2001:db8:1::1 -o cni0 ! -p udp -m conntrack --ctstate NEW -j ACCEPT
COMMIT
EOF
ip6tables -N DOCKER
ip6tables -t nat -L
ip6tables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER -d fe80::1 -i veth+ -o cni0 -m addrtype ! --dst-type LOCAL -j RETURN
-A FORWARD -s ::1 -i lo -p ipv6-icmp -m conntrack ! --ctstate UNTRACKED -m state --state INVALID -j LOG --log-level crit
-A OUTPUT ! -s 2001:db8::/64 -p sctp -m length ! --length 1500 -j CONNMARK --save-mark
-A INPUT -s fe80::1 -p 47 -j DOCKER
COMMIT
EOF
ip6tables -A INPUT -s 2001:db8:1::1 -p ipv6-icmp -m statistic --mode nth --every 10 --packet 1 -j ACCEPT
ip6tables -t nat -C OUTPUT -d 2001:db8:: ! -o cni0 -m pkttype --pkt-type multicast -j MASQUERADE
ip6tables -t raw -P FOO DROP
ip6tables-restore <<'EOF'
*mangle
:KUBE-SERVICES - [0:0]
-A POSTROUTING -p udp -m statistic --mode random --probability 0.25000000000 -m state ! --state NEW -j HL --hl-dec 1
-A POSTROUTING -d fd00::/16 -j NFLOG --nflog-group 1
[4:397] -A FORWARD -d fd00:: -p tcp -m physdev ! --physdev-is-in -m length --length 0:64 -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t nat -D INPUT -d ::1 -p 47
iptables -t mangle -L -n --line-numbers
iptables -A OUTPUT -s 192.207.72.86 -d 10.193.226.230/32 -o cni0 -p 47 -j TRACE
iptables -F
ip6tables -t security -N f2b-sshd
ip6tables -I FORWARD 4 -d 2001:db8:1::1 -m addrtype --src-type UNICAST -j DOCKER
ip6tables -D OUTPUT 1
ip6tables -t raw -S PREROUTING
ip6tables -I OUTPUT -d fd00::/16 ! -o eth+ -m length --length 1500 -j RETURN
ip6tables -A FORWARD -o cni0 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m connmark ! --mark 5/0xff -g DOCKER
ip6tables -t raw -A OUTPUT -s 2001:db8::/128 -m hl --hl-gt 165 -m addrtype --src-type UNICAST -j CONNMARK --restore-mark
ip6tables -t security -A OUTPUT -p tcp -m owner --uid-owner 0 -m connmark ! --mark 5/0xff -g f2b-sshd
ip6tables -t filter -A FORWARD -p sctp -m mark --mark 0xffffffff -j ACCEPT
ip6tables -L -x -v -n
ip6tables -t raw -P OUTPUT DROP
iptables -Z INPUT
ip6tables -t security -I INPUT 4 -p sctp -j REJECT --reject-with icmp6-no-route
ip6tables -t mangle -L -n --line-numbers
ip6tables -t filter -C INPUT -s 2001:db8::/48 -d fe80::1/48 -i br0 -p tcp -m physdev --physdev-out eth+ -j DROP
ip6tables -t raw -A PREROUTING ! -d fd00:a:b:: ! -i docker0 -m hl --hl-gt 59 -m comment --comment x_y-z -j CT --zone-orig 2
ip6tables -E DOCKER DOCKER-2
iptables -A FORWARD -d 127.52.134.152/30 -p all -m ttl --ttl-gt 200 -m statistic --mode random --probability 0.33333333349 -j MARK --xor-mark 0x3
iptables-save
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [2:66]
:KUBE-SERVICES - [0:0]
[0:206] -A INPUT ! -i lo -p tcp -m tcp --dport 0
[1:361] -A OUTPUT -s 198.216.64.117 -p icmp -j KUBE-SERVICES
[0:124] -A FORWARD -d 10.124.100.100/8 -i eth0 -p all -m addrtype --dst-type LOCAL -j CONNMARK --restore-mark
[4:91] -A INPUT -j LOG
COMMIT
EOF
iptables -t nat -A INPUT -p all -j ACCEPT
iptables -S -v
iptables-save
iptables -Z INPUT
iptables -F
iptables -t nat -X
iptables -t security -A OUTPUT -d 172.170.161.106/16 ! -o cni0 -p udp -m mark --mark 0x10/0xf0 -j MARK --set-mark 5/0xff
iptables-restore <<'EOF'
*mangle
:RCHAIN - [0:0]
[1:104] -A PREROUTING -d 172.132.140.76/12 -i eth0 -p all -m connmark --mark 5/0xff
[3:448] -A POSTROUTING -p tcp -m limit --limit 100/day -m comment --comment "kubernetes service portals" -j RCHAIN
-A RCHAIN -s 172.85.5.105 -p 47 -m pkttype --pkt-type broadcast -j MARK --or-mark 0x8
COMMIT
EOF
iptables -t security -L -n -v
iptables -t nat -Z NOPE
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:945]
:DOCKER - [0:0]
-A FORWARD -s 192.135.51.227 -p all -m statistic --mode random --probability 0.25000000000
-A INPUT ! -s 192.121.137.197/16 -p tcp -j RETURN
-A DOCKER ! -i docker0 -o eth1 -p tcp --tcp-flags ALL ALL -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
iptables-save
ip6tables-save

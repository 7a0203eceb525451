# Random iptables/ip6tables rule set, seed 72 (conformance/generators/iptables.ts)
iptables-save -t filter -c
iptables -S -v
iptables -t filter -S FORWARD
iptables -A OUTPUT -i docker0 -o eth1 -p all
iptables -Z
ip6tables -t nat -I INPUT 2 -s fd00:a:b:: -p tcp -m physdev --physdev-in veth0 -m addrtype --src-type LOCAL
ip6tables -t mangle -A PREROUTING -s fd00:a:b:: -d fe80::1/64 ! -i br0 -j CONNMARK --save-mark
ip6tables -A INPUT -s fd00:a:b::/32 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t raw -A OUTPUT -p tcp -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j TRACE
ip6tables-save -c
ip6tables -t mangle -R PREROUTING 1 -p ipv6-icmp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j NOTRACK
ip6tables -t filter -Z
iptables -A INPUT -d 127.225.57.199 -p tcp -j RETURN
iptables -t security -D OUTPUT -s 10.140.134.153/12 -p 47 -m addrtype --src-type LOCAL -m ttl --ttl-eq 36 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -X
ip6tables-save
ip6tables -t nat -C OUTPUT -o eth1 -p udp -m physdev --physdev-in veth0 -m hl --hl-lt 158 -j DROP
ip6tables -A FORWARD -i docker0 -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -A OUTPUT -p tcp -m state --state NEW -m tcp --dport 8080 -j MARK --or-mark 0x8
ip6tables -C INPUT -p all -j CONNMARK --restore-mark
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [0:86]
:DOCKER - [0:0]
-A FORWARD -s 2001:db8:1::1/127 ! -i veth+ -o docker0 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -g DOCKER
-A INPUT -p all -g DOCKER
[3:201] -A OUTPUT ! -s fd00:: -p tcp -m hl --hl-eq 175 -j ACCEPT
[1:213] -A FORWARD -o eth+ -m conntrack ! --ctstate UNTRACKED -j MARK --set-mark 5/0xff
COMMIT
EOF
ip6tables -t security -F
ip6tables -t security -R INPUT 2 -d ::1/16 -p udp -m mark --mark 1 -m statistic --mode nth --every 10 --packet 1 -j DROP
ip6tables -t filter -X DOCKER
ip6tables-restore --noflush <<'EOF'
*nat
:RCHAIN - [0:0]
-A RCHAIN -p udp
-A PREROUTING -s fe80::1/128 -i veth+ -p ipv6-icmp -j LOG --log-prefix "drop"
-A INPUT -i docker0 -p ipv6-icmp -m connmark --mark 0x1 -j CONNMARK --restore-mark --mask 0xff
-A POSTROUTING -p tcp -m multiport --ports 53 -j SNAT --to-source 2001:db8::1 --random-fully
COMMIT
EOF
ip6tables -t raw -X
ip6tables -A INPUT -p 47 -j RETURN
ip6tables -F DOCKER
ip6tables -t raw -C PREROUTING -s fd00::/16 -p 47 -m hl --hl-lt 144 -j LOG
ip6tables -t security -A FORWARD -s 2001:db8::/32 -d 2001:db8:1::1 -p tcp -m tcp --dport 22 -m conntrack ! --ctstate RELATED,ESTABLISHED -j CONNMARK --save-mark
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [3:408]
:RCHAIN - [0:0]
-A OUTPUT -d ::1/48 -j CONNMARK --restore-mark
-A FORWARD -d 2001:db8::/48 -p sctp -m statistic --mode nth --every 3 --packet 0 -m addrtype --dst-type MULTICAST -j LOG
COMMIT
EOF
ip6tables -t mangle -L
ip6tables-save -c
ip6tables -t raw -C PREROUTING -s fe80::1/16 -d 2001:db8:1::1/32 -m statistic --mode nth --every 2 --packet 1 -m statistic --mode random --probability 0.25000000000 -j MARK --set-xmark 0x4000/0x4000
ip6tables -R DOCKER 1 -s 2001:db8:: -o eth+ -p all -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t mangle -Z
ip6tables -I OUTPUT 2 -p tcp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m multiport --ports 53 -j DOCKER
ip6tables -A INPUT -m statistic --mode nth --every 2 --packet 1 -m length --length 0:64 -g DOCKER
ip6tables -t nat -Z OUTPUT
iptables -t nat -A INPUT -p udp -j CONNMARK --restore-mark --mask 0xff
iptables -I OUTPUT 1 -p tcp -j LOG --log-level 7
iptables -A OUTPUT -d 192.151.177.73/30 -m addrtype --src-type UNICAST -m pkttype --pkt-type broadcast -j REJECT --reject-with tcp-reset
iptables -t raw -N DOCKER
iptables -L FORWARD
iptables-save
iptables -t raw -A DOCKER -d 127.30.226.206 -p 47 -j DOCKER
iptables -t security -I OUTPUT -p icmp -m connmark --mark 5/0xff -j DROP
iptables -A FORWARD -s 10.30.145.225/16 -p sctp -m physdev ! --physdev-is-in -j DROP
iptables -t security -A FORWARD -d 10.94.83.48 -i lo -o cni0 -p udp -j TRACE
iptables -t nat -S
ip6tables -t nat -R INPUT 3 -i docker0 -p tcp -j SNAT --to-source '[fd00::3]:8080'
ip6tables -t mangle -P OUTPUT DROP
ip6tables-restore <<'EOF'
*raw
:RCHAIN - [0:0]
-A PREROUTING -i veth+ -m pkttype --pkt-type multicast -m addrtype --dst-type UNICAST
-A OUTPUT -j NOTRACK
-A RCHAIN -p udp -m conntrack --ctstate RELATED,ESTABLISHED -j RCHAIN
COMMIT
EOF
ip6tables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [3:199]
:DOCKER - [0:0]
-A PREROUTING -d 2001:db8::/64 -i veth+ -p ipv6-icmp -j SNAT --to-source 2001:db8::1 --random-fully
[4:274] -A POSTROUTING -p udp -j RETURN
-A PREROUTING -p all -m physdev --physdev-is-bridged -m conntrack --ctstate RELATED,ESTABLISHED -j REDIRECT
COMMIT
EOF
ip6tables -t security -L FORWARD -n -v --line-numbers
iptables -R NOPE 2 -s 192.40.51.59/24 -d 172.162.198.250/30 -m ttl --ttl-eq 231 -m length --length 100:200 -j DROP
iptables -t nat -A INPUT ! -d 10.159.250.166 -m mac --mac-source 02:00:00:00:00:71 -j MASQUERADE
iptables -X
iptables -t filter -X
iptables -t nat -A NOPE ! -s 172.140.186.213/30 -i br0 ! -p udp -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t raw -R PREROUTING 2 -d 127.72.205.150 -i br0 -p icmp -m statistic --mode nth --every 10 --packet 0 -j NFLOG --nflog-group 1
iptables -t mangle -D INPUT 1
iptables -t raw -R OUTPUT 1 -m connmark --mark 5/0xff -g DOCKER
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [1:671]
:DOCKER - [0:0]
-A DOCKER -s 172.120.43.186 -o eth1 -p 47 -m limit --limit 100/day --limit-burst 5 -m state --state INVALID -j TTL --ttl-dec 1
-A FORWARD -s 192.1.167.153 -i br0 -m pkttype ! --pkt-type broadcast -m limit --limit 5/min -g DOCKER
COMMIT
EOF
iptables -t raw -F DOCKER
ip6tables -t security -N MYCHAIN
ip6tables -A OUTPUT -o docker0 -p 47 -j MARK --or-mark 0x8
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [0:529]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 2001:db8:1::1/64 ! -i lo -p 47 -m conntrack --ctstate NEW -j RETURN
-A FORWARD -s fd00:a:b::/32 -d fd00:: -p tcp -m multiport --dports 22,80:90,8080 -m tcp --dport ssh -j KUBE-SERVICES
COMMIT
EOF
ip6tables -A KUBE-SERVICES -s 2001:db8:: -p tcp -j NFLOG --nflog-group 1
ip6tables -t filter -A OUTPUT -p tcp -j KUBE-SERVICES
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 126 (conformance/generators/iptables.ts)
iptables -t raw -A OUTPUT -m comment --comment docker -j DROP
ip6tables -t filter -A INPUT -d 2001:db8:1::1/16 -p tcp -j RETURN
ip6tables -I OUTPUT -p tcp --syn -j TRACE
ip6tables -A OUTPUT -s fd00:a:b::/127 -o cni0 -p all -j DROP
ip6tables -t raw -N KUBE-SERVICES
ip6tables -t nat -A POSTROUTING -p 47 -m pkttype --pkt-type broadcast
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [7:445]
:RCHAIN - [0:0]
-A RCHAIN -s ::1/32 -i br0 -o docker0 -j RCHAIN
[4:398] -A OUTPUT -m owner --uid-owner 100-200 -m length --length 1500 -j TRACE
-A OUTPUT -p udp -m state ! --state NEW -m conntrack --ctstate RELATED,ESTABLISHED -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -t mangle -A POSTROUTING ! -d fe80::1 -p ipv6-icmp -j DSCP --set-dscp 0x2e
ip6tables -A FORWARD -s fd00:a:b:: -i lo -p tcp -g RCHAIN
ip6tables -t security -L INPUT 1 -n -v
ip6tables-save
ip6tables -A INPUT ! -d fe80::1 -p tcp --syn -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -A INPUT -s 2001:db8:1::1 -d fd00:: -p tcp -j RCHAIN
ip6tables-save -t filter -c
iptables -t security -I OUTPUT 1 -s 127.96.125.203 ! -p tcp -m statistic --mode random --probability 1 -j DROP
iptables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD ! -o eth+ -p udp -m connmark --mark 0x1 -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:899]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES ! -o eth+ -j DROP
-A KUBE-SERVICES -o cni0 -p sctp -m physdev --physdev-in veth0 -j ACCEPT
-A KUBE-SERVICES -p all -j CONNMARK --restore-mark
COMMIT
EOF
iptables -t filter -v -X
iptables -A OUTPUT -s 198.214.171.52/8 -p 47 -m physdev --physdev-in veth0 -g KUBE-SERVICES
iptables -t filter -A KUBE-SERVICES -j LOG
iptables -A DOCKER -i veth+ -p 47 -m mark --mark 0x10/0xf0 -j CONNMARK --restore-mark --mask 0xff
iptables -A DOCKER -d 192.163.141.57/32 -p udp -j RETURN
ip6tables -E RCHAIN RCHAIN-2
ip6tables -nvL
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [6:38]
:KUBE-SERVICES - [0:0]
[4:295] -A INPUT -s 2001:db8:: -p 47 -m connmark --mark 0x1 -m statistic --mode nth --every 2 --packet 1 -j LOG
COMMIT
EOF
ip6tables -t raw -L PREROUTING
ip6tables -t security -A OUTPUT -j MARK --and-mark 0xff
ip6tables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -L -n -v
iptables -t security -X
iptables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -s 127.177.101.145/8 -p tcp -m addrtype --src-type UNICAST -m comment --comment docker -j KUBE-SERVICES
-A RCHAIN -d 127.218.171.245/16 ! -o eth1 -m connmark ! --mark 5/0xff -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
iptables -w 1 --append KUBE-SERVICES -p sctp -j TRACE
iptables -L -v
iptables -t mangle -A PREROUTING -p tcp -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:916]
:RCHAIN - [0:0]
-A FORWARD -d 127.200.42.204/32 -j DROP
-A INPUT ! -s 198.17.56.159/16 -p sctp -m addrtype --src-type UNICAST -j DROP
COMMIT
EOF
ip6tables -D OUTPUT 4
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:510]
:DOCKER - [0:0]
[2:337] -A DOCKER -s 2001:db8:: -d fd00:a:b::/127 -p udp -j ACCEPT
COMMIT
EOF
ip6tables -Z INPUT
ip6tables -t security -X INPUT
ip6tables -t nat -w 1 --append OUTPUT -m state --state NEW -m state --state INVALID -j LOG --log-prefix "IN: "
ip6tables -t raw -A KUBE-SERVICES -s fe80::1 -i lo -m iprange --src-range 2001:db8::1-2001:db8::9 -m length --length 100:200 -j KUBE-SERVICES
iptables -t filter --list DOCKER --numeric --line-numbers
iptables -t security -I OUTPUT 4 ! -d 10.152.12.7/32 -o eth+ -p sctp -m mark --mark 0xffffffff -j CONNMARK --set-mark 0x2
iptables -t nat -S OUTPUT 2
ip6tables -t security -A INPUT -p sctp -m statistic --mode nth --every 10 --packet 1 -m state --state INVALID -j CONNMARK --save-mark
ip6tables -t raw -A PREROUTING -s fd00:a:b:: -i docker0 -m comment --comment "kubernetes service portals" -j RETURN
ip6tables -t raw -F KUBE-SERVICES
ip6tables -t raw -v -F
ip6tables -N LOGDROP
ip6tables -t mangle -D INPUT ! -s 2001:db8:1::1 -p all -m addrtype --src-type UNICAST -j ACCEPT
iptables -D RCHAIN -p 47 -m mark --mark 0x4000/0x4000 -j ACCEPT
ip6tables -t filter -N KUBE-SEP-XYZ
ip6tables -A LOGDROP -m iprange --src-range 2001:db8::1-2001:db8::9
iptables -w 1 --append DOCKER -p tcp -m addrtype --src-type UNICAST -j REJECT --reject-with icmp-host-prohibited
iptables -D FORWARD 1
iptables-save
iptables -t filter -v -I OUTPUT 1 -p sctp -m physdev --physdev-is-bridged -m pkttype --pkt-type unicast -j RETURN
iptables -t raw -I OUTPUT ! -d 192.89.7.224 -o eth1 -p tcp -m pkttype --pkt-type unicast -j NFLOG --nflog-group 3
iptables -D DOCKER -s 198.95.204.178/12 -p all -m ttl --ttl-gt 209 -m iprange ! --dst-range 10.0.0.1-10.0.0.54 -j DNAT --to-destination 192.0.2.1-192.0.2.9
iptables -A DOCKER -p 47 -j LOG --log-level 7
ip6tables -t filter -L -v -Z
ip6tables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [8:598]
:KUBE-SERVICES - [0:0]
-A PREROUTING -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
-A OUTPUT -o cni0 -m comment --comment x_y-z -j DNAT --to-destination fd00::2
COMMIT
EOF
iptables -t mangle -L -x -v -n
iptables -t filter -L RCHAIN 3 -n -v
iptables -t filter -A FORWARD -o docker0 -p udp -m comment --comment "kubernetes service portals" -j MARK --xor-mark 0x3
iptables -S -v
iptables -t nat -L POSTROUTING 2 -n -v
iptables -t mangle -A OUTPUT -s 10.73.153.182 ! -o eth1 -p 47 -m addrtype --dst-type BROADCAST -j DSCP --set-dscp 0x2e
iptables -t nat -v -A POSTROUTING ! -d 10.45.132.233 -p all -j NFLOG --nflog-group 1
iptables -t security -I OUTPUT -p udp -j TRACE
iptables-save
ip6tables-save

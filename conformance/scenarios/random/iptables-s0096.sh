# Random iptables/ip6tables rule set, seed 96 (conformance/generators/iptables.ts)
iptables -t nat -Z OUTPUT
iptables -A FORWARD ! -i eth0 -p all -m iprange --dst-range 10.0.0.1-10.0.0.4 -m addrtype --src-type LOCAL -j DROP
iptables -A INPUT ! -s 172.15.242.199 -p 47 -j CONNMARK --save-mark
iptables -t mangle -L -v
iptables-save -t filter
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [7:515]
:DOCKER - [0:0]
-A FORWARD -p sctp -j DOCKER
-A OUTPUT -s 10.116.102.87/16 ! -o eth1 -p tcp -m length ! --length 100:200 -j LOG --log-prefix "drop" --log-level 4
COMMIT
EOF
iptables -X DOCKER
ip6tables -t nat -L
iptables -D FORWARD 4
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [7:826]
:KUBE-SERVICES - [0:0]
-A FORWARD -d 172.63.105.113/12 -p tcp -j NOTRACK
[2:57] -A KUBE-SERVICES -p icmp -m statistic --mode random --probability 0.5 -m state ! --state NEW -j LOG --log-prefix "drop"
-A OUTPUT -d 192.110.230.65/12 -p 47 -m statistic --mode nth --every 2 --packet 0 -m owner --uid-owner 65534 -j NFLOG --nflog-group 4
-A INPUT ! -s 192.33.198.0/24 -d 198.129.114.86/16 -i br0 -m comment --comment x_y-z
COMMIT
EOF
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [4:538]
:RCHAIN - [0:0]
-A INPUT -i docker0 -m mac ! --mac-source 02:00:00:00:00:33 -j LOG --log-prefix "drop"
-A RCHAIN -p tcp -j CONNMARK --restore-mark
[3:85] -A FORWARD ! -i veth+ -p udp -m connmark --mark 5/0xff -m ttl --ttl-gt 192 -j RETURN
[0:377] -A OUTPUT -p tcp -j TRACE
COMMIT
EOF
iptables-restore --noflush -c <<'EOF'
*nat
:PREROUTING DROP [2:369]
:KUBE-SERVICES - [0:0]
-A POSTROUTING -j MARK --set-mark 0x1
-A POSTROUTING -p 47 -g KUBE-SERVICES
[3:246] -A PREROUTING -i docker0 -m pkttype --pkt-type multicast -m addrtype --dst-type UNICAST -j DROP
-A POSTROUTING -d 127.143.60.101 ! -p tcp -j DROP
COMMIT
EOF
ip6tables -P OUTPUT DROP
ip6tables -F
ip6tables -A INPUT -s 2001:db8:1::1 -i br0 -p tcp -m mark --mark 0x10/0xf0 -m mac --mac-source 02:00:00:00:00:39
ip6tables -X
iptables -A RCHAIN ! -s 127.115.209.217 -m limit --limit 3/s --limit-burst 1 -m mark ! --mark 0xffffffff -j MARK --set-mark 0x1
iptables-save -t security
iptables -t nat -L -v
iptables-restore <<'EOF'
*filter
:INPUT DROP [6:734]
:RCHAIN - [0:0]
-A FORWARD -p icmp -m pkttype --pkt-type multicast -m pkttype --pkt-type broadcast
-A RCHAIN -d 127.249.30.237/24 -i veth+ -p sctp -m addrtype --src-type LOCAL -m comment --comment "a/b:c -> 10.0.0.1:80"
-A OUTPUT -p all -m owner --uid-owner 0 -j TRACE
-A INPUT -d 198.211.190.139/32 -p tcp -m addrtype --src-type LOCAL -j RCHAIN
COMMIT
EOF
iptables -t security -S -v
iptables -A RCHAIN -p tcp -j ACCEPT
iptables-save
iptables -L -x -v -n
iptables -t security -I OUTPUT -p 47 -m length --length 1500 -m statistic --mode nth --every 10 --packet 1 -j LOG --log-prefix "drop"
ip6tables -t raw -N KUBE-SEP-XYZ
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [2:58]
:RCHAIN - [0:0]
-A FORWARD -o eth+ -p icmp -j DROP
-A RCHAIN ! -d 172.143.250.78/8 -m ttl --ttl-gt 250 -j REJECT --reject-with tcp-reset
-A OUTPUT -d 172.175.22.167/0 -m addrtype --src-type LOCAL -m statistic --mode nth --every 2 --packet 0 -j REJECT --reject-with tcp-reset
-A OUTPUT -p all -g RCHAIN
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [5:802]
:KUBE-SERVICES - [0:0]
-A OUTPUT ! -s 10.121.72.138/12 -p all -m connmark --mark 5/0xff -m owner ! --uid-owner 65534 -j RETURN
-A INPUT -p 47 -m conntrack --ctstate INVALID -j RETURN
-A FORWARD ! -i eth0 -m pkttype --pkt-type unicast -m pkttype --pkt-type multicast -j DROP
-A FORWARD -o eth+ -p icmp -j LOG --log-prefix "drop" --log-level 7
COMMIT
EOF
iptables -A NOPE -m ttl --ttl-eq 50 -m owner --uid-owner 100-200 -j RCHAIN
ip6tables -t filter -A FORWARD -s fe80::1/48 -p tcp -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t nat -L -n -v
ip6tables -t nat -C OUTPUT ! -d fd00:: -p all -j DROP
ip6tables -X
ip6tables -t raw -L -v
ip6tables -t nat -N DOCKER-USER
ip6tables -t raw -I KUBE-SEP-XYZ 4 -p udp -m length --length 1500 --sport 53:65535 -j ACCEPT
ip6tables -t raw -L -x -v -n
ip6tables -t filter -L FORWARD
ip6tables -t mangle -D OUTPUT -d 2001:db8:: -p tcp --sport 80 -m pkttype --pkt-type multicast -j TRACE
iptables -t raw -A PREROUTING -s 198.190.139.177/32 -p tcp -m state --state NEW -m tcp --dport 0:1000 -j TRACE
iptables -I RCHAIN ! -o cni0 -p 47 -j LOG
iptables -I INPUT -p 47 -j DROP
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [4:519]
:RCHAIN - [0:0]
[3:346] -A INPUT -d 2001:db8::/16 -p tcp -m limit --limit 100/day -j REJECT --reject-with icmp6-adm-prohibited
-A OUTPUT -s fd00:: -d 2001:db8:1::1 -o cni0 -j CONNMARK --save-mark
COMMIT
EOF
ip6tables -t filter -A RCHAIN ! -s ::1 ! -i lo -o eth+ -p 47 -m length ! --length 1500 -j NFLOG --nflog-group 0
ip6tables -A FORWARD -s 2001:db8:: -d 2001:db8::/16 -i veth+ -p sctp -m conntrack --ctstate INVALID -m length --length 0:64 -g RCHAIN
ip6tables -nvL
ip6tables -t raw -D KUBE-SEP-XYZ 4
ip6tables -t nat -Z
ip6tables -t filter -S RCHAIN
ip6tables-save
ip6tables -D FORWARD -s fe80::1/48 -p ipv6-icmp
ip6tables -t filter -A RCHAIN -p tcp -j DROP
ip6tables -A INPUT -i lo -p tcp -m statistic --mode nth --every 3 --packet 0 -m statistic --mode random --probability 0.5 -j CONNMARK --restore-mark
ip6tables -t filter -D OUTPUT 3
ip6tables -A NOPE -s 2001:db8:: -p 47 -j MARK --xor-mark 0x3
ip6tables -t raw -F KUBE-SEP-XYZ
ip6tables-save
iptables -t raw -R OUTPUT 3 -d 192.174.163.89/32 -p 47 -m statistic --mode nth --every 3 --packet 0 -j TRACE
iptables -S -v
iptables -t mangle -F
iptables -t filter -A INPUT -i docker0 -p all -m limit --limit 5/min --limit-burst 1 -m mac --mac-source 02:00:00:00:00:79 -j DROP
iptables -t raw -A PREROUTING
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:612]
:KUBE-SERVICES - [0:0]
-A INPUT -s 198.216.8.234 -d 198.124.55.161 -j RETURN
-A OUTPUT -p tcp -m iprange ! --dst-range 10.0.0.1-10.0.0.136 -j MARK --and-mark 0xff
-A KUBE-SERVICES -p tcp -m tcp ! --dport domain --tcp-flags ALL ALL -j KUBE-SERVICES
COMMIT
EOF
iptables -t filter -A KUBE-SERVICES -i eth0 -p icmp -m ttl --ttl-lt 51 -j CONNMARK --restore-mark
ip6tables -A RCHAIN -d fd00:: -p sctp -m physdev --physdev-out eth+ -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -C OUTPUT -s ::1 -p tcp -m mark --mark 0xffffffff -m physdev ! --physdev-is-in -j ACCEPT
ip6tables -t mangle -A INPUT -s ::1 -p all -j ACCEPT
ip6tables-save
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:640]
:RCHAIN - [0:0]
-A INPUT -i lo -p sctp -m connmark --mark 0x1 -j RCHAIN
-A FORWARD -p udp --sport 0
-A INPUT -s ::1/16 -p tcp --sport 0 -j CONNMARK --set-mark 0x2
-A RCHAIN -s fd00:a:b:: -j MARK --or-mark 0x8
COMMIT
EOF
ip6tables -Z
iptables-save
ip6tables-save

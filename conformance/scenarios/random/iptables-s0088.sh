# Random iptables/ip6tables rule set, seed 88 (conformance/generators/iptables.ts)
iptables -t mangle -A OUTPUT -p sctp -m ttl --ttl-gt 57 -j MARK --and-mark 0xff
iptables-save
iptables -t filter -A OUTPUT -o docker0 -m iprange --dst-range 10.0.0.1-10.0.0.5 -m connmark --mark 0x1 -j ACCEPT
iptables -t mangle -A OUTPUT -p udp
iptables -A OUTPUT -o eth1 -p sctp -m statistic --mode nth --every 3 --packet 0 -m conntrack --ctstate INVALID
iptables-save
iptables -t filter -N KUBE-SERVICES
iptables -t nat -A PREROUTING -s 198.169.114.153/8 -p 47 -m mark ! --mark 0x4000/0x4000 -j DROP
iptables -t mangle -A OUTPUT -d 127.60.190.137 -j CONNMARK --save-mark
iptables -t filter -L -n
iptables -t nat -F
ip6tables -A NOPE -o eth+ -m conntrack --ctstate NEW -m physdev ! --physdev-is-in -j LOG --log-level 7
ip6tables -S OUTPUT
iptables -t mangle -A INPUT ! -i veth+ -j RETURN
iptables-restore -c <<'EOF'
*raw
:PREROUTING DROP [2:717]
:DOCKER - [0:0]
-A PREROUTING -s 172.92.104.109/16 -p tcp -m addrtype --dst-type UNICAST -j LOG --log-prefix "x y"
-A DOCKER -p icmp -j DOCKER
COMMIT
EOF
ip6tables -t mangle -D FORWARD 2
iptables -A KUBE-SERVICES -p sctp -m statistic --mode nth --every 10 --packet 1 -j TRACE
iptables -t security -D OUTPUT 4
iptables -L -n --line-numbers
iptables -t filter -Z
ip6tables -D FORWARD -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m hl --hl-eq 60 -j LOG --log-prefix "IN: " --log-level 7
ip6tables -t security -A FORWARD -i br0 -o eth+ -p ipv6-icmp -j LOG --log-prefix "drop" --log-level 4
ip6tables -P OUTPUT ACCEPT
ip6tables -A INPUT -s fd00:: -i eth0 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80"
ip6tables -t filter -F
ip6tables -t nat -N MYCHAIN
ip6tables -L -n -v
iptables -t security -N f2b-sshd
iptables -L -x -v -n
iptables -F
iptables -N f2b-sshd
iptables-save -c
iptables -t raw -A PREROUTING -d 127.63.66.122/24 -p tcp --syn -m iprange --dst-range 10.0.0.1-10.0.0.47 -j RETURN
iptables -t nat -D INPUT 1
iptables -t nat -A PREROUTING -d 192.189.140.22/0 -i veth+ -p icmp -m length ! --length 1500 -j RETURN
iptables -t mangle -I FORWARD 3 ! -i br0 -o eth1 -p tcp -j LOG --log-prefix "drop" --log-level 7
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:724]
:KUBE-SERVICES - [0:0]
-A FORWARD -s ::1 -o eth1 -m statistic --mode nth --every 3 --packet 0
-A INPUT -s fd00::/127 -i eth0 -p all -j ACCEPT
-A FORWARD ! -d fe80::1 -o docker0 -p ipv6-icmp -j ACCEPT
-A OUTPUT -o eth+ -p ipv6-icmp -m addrtype --src-type UNICAST -m pkttype --pkt-type multicast -j MARK --and-mark 0xff
COMMIT
EOF
ip6tables -L -x -v -n
ip6tables -t mangle -X
ip6tables -t security -L
ip6tables -t filter -A INPUT ! -s 2001:db8:1::1/64 -d 2001:db8:1::1 -p ipv6-icmp -m addrtype --src-type LOCAL -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG
ip6tables -t raw -P OUTPUT DROP
ip6tables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [1:256]
:DOCKER - [0:0]
-A PREROUTING -i br0 -j NFLOG --nflog-group 0
COMMIT
EOF
ip6tables -t mangle -R INPUT 2 -m state ! --state INVALID -m physdev ! --physdev-is-in -j DOCKER
iptables -t raw -A DOCKER -i docker0 ! -o cni0 -p icmp -m addrtype --src-type UNICAST
ip6tables -t nat -L -n
ip6tables -t raw -A OUTPUT -d fe80::1 ! -o eth+ -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -j NOTRACK
ip6tables -t filter -L -n --line-numbers
ip6tables -N KUBE-SVC-ABC
ip6tables -t nat -C OUTPUT -p 47 -j DROP
iptables -t filter -X KUBE-SERVICES
iptables -t nat -F
iptables -t filter -D f2b-sshd 4
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER ! -i br0 -m length --length 0:64 -j ACCEPT
COMMIT
EOF
iptables -t nat -A POSTROUTING -p 47 -j ACCEPT
iptables -t filter -A f2b-sshd -d 198.218.154.239 -p tcp -m tcp --dport 22 -g f2b-sshd
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [8:823]
:DOCKER - [0:0]
-A OUTPUT -p 47 -m ttl --ttl-eq 182 -m mark --mark 0x10/0xf0 -g DOCKER
[0:39] -A INPUT -i docker0 -p sctp -j DOCKER
COMMIT
EOF
iptables -t mangle -D INPUT 1
iptables -t mangle -A POSTROUTING -p all -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -A NOPE -m statistic --mode nth --every 2 --packet 1 -j DROP
iptables -Z
iptables -t security -D DOCKER 3
iptables -t filter -I FORWARD -o cni0 -p sctp -m statistic --mode random --probability 0.33333333349 -m state --state NEW -j DROP
ip6tables-save
iptables -t filter -A DOCKER -p icmp -j RETURN
ip6tables -t raw -A OUTPUT -d ::1 -o eth1 -p ipv6-icmp -m limit --limit 1/hour --limit-burst 5 -m addrtype --src-type UNICAST
ip6tables-save
ip6tables -t mangle -D OUTPUT 2
ip6tables -t mangle -I OUTPUT 3 -s 2001:db8::/32 ! -d fd00::/127 -o eth1 -p tcp -m physdev --physdev-out eth+ -j MARK --set-mark 0x1
iptables -t nat -A PREROUTING -d 127.214.115.179/32 -o docker0 -p tcp -m limit --limit 5/min -m physdev ! --physdev-is-in -j REDIRECT
iptables-save
ip6tables-save

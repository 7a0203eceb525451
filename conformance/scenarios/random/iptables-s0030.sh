# Random iptables/ip6tables rule set, seed 30 (conformance/generators/iptables.ts)
iptables -t security -A INPUT -m addrtype --src-type LOCAL -m iprange ! --dst-range 10.0.0.1-10.0.0.166 -j CONNMARK --set-mark 0x2
iptables -t mangle -L -n
ip6tables -t raw -D OUTPUT ! -s ::1 -o cni0 -p all -j LOG
ip6tables -t raw -L -n
ip6tables -t nat -A INPUT -s fd00:a:b::/48 -d ::1/128 -p all -j CONNMARK --restore-mark --mask 0xff
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [7:695]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p all -m statistic --mode nth --every 2 --packet 0 -j REJECT --reject-with tcp-reset
-A FORWARD -p sctp -j KUBE-SERVICES
[2:4] -A OUTPUT -s fd00:a:b:: -d fe80::1/127 ! -o docker0 -p sctp -m physdev --physdev-in veth0 -m addrtype --src-type UNICAST -j TRACE
[4:412] -A KUBE-SERVICES -i docker0 -o eth+ -p ipv6-icmp -m addrtype --dst-type UNICAST -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
iptables -t mangle -L -x -v -n
iptables -t raw -D PREROUTING -p icmp -j ACCEPT
iptables-save -c
iptables -F
iptables -A INPUT -p tcp -j RETURN
iptables -D OUTPUT -p udp -m multiport --sports 80,443 -j REJECT --reject-with icmp-port-unreachable
ip6tables -N f2b-sshd
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [4:812]
:RCHAIN - [0:0]
[3:4] -A RCHAIN -d fd00:: -m statistic --mode nth --every 2 --packet 0 -j CONNMARK --restore-mark --mask 0xff
-A OUTPUT -p 47 -m pkttype --pkt-type unicast -m statistic --mode nth --every 10 --packet 0 -j ACCEPT
-A RCHAIN -d 2001:db8:: -o eth+ -p 47 -m state --state ESTABLISHED,RELATED -m length --length 0:64 -j ACCEPT
-A INPUT -s fd00:: -d 2001:db8:1::1/48 -p tcp -m comment --comment x_y-z -m hl --hl-eq 143 -j LOG
COMMIT
EOF
ip6tables-save -t mangle -c
ip6tables -t mangle -A INPUT ! -s fd00::/48 -d 2001:db8:: -p all -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t nat -A POSTROUTING -s fd00:a:b:: -p all -m addrtype --src-type UNICAST -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -A FORWARD ! -d 2001:db8:: -o eth1 -p 47 -j ACCEPT
ip6tables-restore <<'EOF'
*security
:INPUT DROP [0:77]
:DOCKER - [0:0]
-A DOCKER -o eth1 -p all
COMMIT
EOF
ip6tables -t nat -L
ip6tables -S
iptables -t raw -I OUTPUT -s 10.26.162.137/32 -d 127.203.249.195/16 -m pkttype --pkt-type unicast -m state --state ESTABLISHED,RELATED -j DROP
iptables -S -v
iptables -C FORWARD -p icmp -j ACCEPT
iptables -R OUTPUT 2 -o eth1 -p tcp -j ACCEPT
iptables -t filter -L -n -v
iptables -A INPUT -p all -j MARK --xor-mark 0x3
ip6tables -L FORWARD
ip6tables -t mangle -A POSTROUTING -p tcp -m hl --hl-lt 207 --tcp-flags ALL ALL
ip6tables -A FORWARD -i lo -o cni0 -p sctp -m mac --mac-source 02:00:00:00:00:34 -j RCHAIN
ip6tables -t raw -A PREROUTING -m physdev --physdev-is-bridged -j NOTRACK
iptables -t nat -R POSTROUTING 2 -p 47 -j MARK --set-mark 5/0xff
iptables -t security -D OUTPUT 1
iptables -t filter -D INPUT 2
iptables -L -x -v -n
iptables -t mangle -D FORWARD 2
iptables -t raw -I PREROUTING -m mac ! --mac-source 02:00:00:00:00:73 -j CONNMARK --restore-mark
iptables-restore <<'EOF'
*filter
:INPUT DROP [8:585]
:DOCKER - [0:0]
[0:295] -A OUTPUT -d 127.238.43.213/12 ! -o eth1 -p sctp -m state --state NEW -m statistic --mode random --probability 0.1 -j LOG --log-level info
[3:234] -A INPUT -o docker0 -p tcp -m length ! --length 1500 -j ACCEPT
-A OUTPUT -o eth+ -p all -j CONNMARK --save-mark
COMMIT
EOF
ip6tables -F
ip6tables -t raw -F
ip6tables -t mangle -R INPUT 1 -p ipv6-icmp -m statistic --mode random --probability 0.33333333349 -m hl --hl-lt 206 -j TRACE
ip6tables -t mangle -X
ip6tables -t filter -A INPUT -s fe80::1 -j RETURN
iptables -t raw -L
ip6tables -t security -A INPUT -s 2001:db8:1::1/48 -p udp -m connmark --mark 0x1 -j SNAT --to-source 2001:db8::1
iptables -t raw -A PREROUTING -s 10.13.199.94/8 -p tcp -m multiport --dports 53 --tcp-flags SYN,RST SYN -j DROP
iptables -A INPUT -s 192.62.79.172/0 -p icmp -m comment --comment x_y-z
iptables -N DOCKER-USER
iptables -A INPUT -i br0 -p tcp --tcp-flags ALL NONE
ip6tables -t filter -A NOPE -i docker0 -o cni0 -p udp -m udp --dport 443 -j NFLOG --nflog-group 0
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [0:332]
:KUBE-SERVICES - [0:0]
-A INPUT -p all -m statistic --mode nth --every 2 --packet 0 -j KUBE-SERVICES
-A INPUT -s 2001:db8:: -p tcp -m pkttype --pkt-type multicast -j NFLOG --nflog-group 0 --nflog-prefix p
COMMIT
EOF
ip6tables -I OUTPUT 2 -d fd00::/16 -p 47 -m conntrack --ctstate INVALID -j RCHAIN
iptables -t filter -A INPUT ! -s 198.229.124.161/16 -i lo -p sctp -j CONNMARK --save-mark
iptables -P OUTPUT RETURN
iptables -t nat -P INPUT RETURN
iptables -R OUTPUT 2 -p sctp -m physdev --physdev-in veth0 -m limit --limit 10/second -j DOCKER-USER
iptables -t raw -A OUTPUT -j LOG --log-prefix "IN: "
iptables -t filter -L FORWARD -n -v --line-numbers
ip6tables -D KUBE-SERVICES -s fe80::1 -o docker0 -p sctp -m limit --limit 3/s
ip6tables -D KUBE-SERVICES 2
iptables-save
ip6tables-save

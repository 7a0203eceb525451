# Random iptables/ip6tables rule set, seed 31 (conformance/generators/iptables.ts)
ip6tables -t mangle -L PREROUTING -n -v --line-numbers
ip6tables -t filter -X
iptables -t security -F
iptables -t security -F
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:70]
:RCHAIN - [0:0]
-A OUTPUT -m comment --comment "a/b:c -> 10.0.0.1:80" -g RCHAIN
-A FORWARD -i veth+ -p sctp -j LOG
-A FORWARD -s 127.52.133.47 -i docker0 -o eth+ -m length ! --length 100:200 -m physdev --physdev-is-bridged -j DROP
COMMIT
EOF
iptables-save
iptables -t security -R FORWARD 2 -s 192.228.23.21/24 -i br0 -p icmp -m limit --limit 10/second -j MARK --and-mark 0xff
iptables -C FORWARD -s 127.73.96.83/12 ! -d 192.4.225.9/12 -i docker0 -p tcp -m connmark ! --mark 0x1 --sport 3000 -j RCHAIN
ip6tables -t nat -F
ip6tables -A OUTPUT -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m connmark --mark 5/0xff -j DROP
ip6tables -t nat -F
ip6tables -t nat -X
ip6tables -t security -D INPUT ! -d ::1/64 -p udp -m connmark --mark 5/0xff -m addrtype --src-type UNICAST -j ACCEPT
ip6tables-restore -c <<'EOF'
*mangle
:PREROUTING DROP [6:432]
:RCHAIN - [0:0]
-A PREROUTING -j NOTRACK
-A INPUT
COMMIT
EOF
ip6tables -A FORWARD ! -o cni0 -p ipv6-icmp -j CONNMARK --restore-mark --mask 0xff
ip6tables -t filter -X
ip6tables -t filter -F
ip6tables -t mangle -R POSTROUTING 3 -s fd00:a:b::/32 -p tcp --syn --tcp-flags SYN,RST SYN -j TRACE
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:744]
:DOCKER - [0:0]
-A OUTPUT -m conntrack --ctstate INVALID -j CONNMARK --save-mark
[3:6] -A FORWARD -j TRACE
COMMIT
EOF
ip6tables -t filter -C FORWARD -s 2001:db8::/64 -g DOCKER
ip6tables -t mangle -A FORWARD -d fd00:: -o cni0 -p sctp -m statistic --mode random --probability 0.25000000000 -m owner --uid-owner 100-200 -j RETURN
ip6tables -t security -C INPUT -p 47 -m length ! --length 1500 -j LOG
iptables -t filter -D INPUT 3
iptables -t nat -A OUTPUT -d 198.255.203.117 -p all -m pkttype ! --pkt-type unicast -m connmark --mark 5/0xff -j REDIRECT
ip6tables -A FORWARD -p ipv6-icmp -j LOG --log-prefix "x y" --log-level info
ip6tables -t raw -A OUTPUT -o cni0 -p sctp -m addrtype --src-type LOCAL -j NOTRACK
iptables -t mangle -A INPUT -s 10.163.187.146/32 ! -i br0 -p tcp -m iprange ! --dst-range 10.0.0.1-10.0.0.119 -m connmark --mark 0x1 -j TTL --ttl-inc 2
iptables -t nat -I POSTROUTING 1 -s 198.122.141.102/16 -p sctp -m mark --mark 0x10/0xf0 -j NFLOG --nflog-group 3
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [2:733]
:DOCKER - [0:0]
-A FORWARD -s 127.44.53.217 -m physdev --physdev-in veth0 -j MARK --set-mark 0x1
-A DOCKER -o eth+ -p all -m addrtype --dst-type BROADCAST -m comment --comment "a/b:c -> 10.0.0.1:80" -j RETURN
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT DROP [7:250]
:RCHAIN - [0:0]
[3:143] -A OUTPUT -p all -j REJECT
[2:137] -A INPUT ! -i veth+ -p all -m length --length 100:200 -j REJECT --reject-with tcp-reset
[3:414] -A FORWARD -s 192.100.204.199/32 -p sctp -m pkttype --pkt-type multicast -j ACCEPT
COMMIT
EOF
ip6tables -t filter -L DOCKER
ip6tables -t security -A INPUT ! -i br0 -p tcp -m connmark ! --mark 5/0xff -m connmark ! --mark 0x1 -j RETURN
ip6tables -L -x -v -n
ip6tables -t filter -S -v
ip6tables -N MYCHAIN
ip6tables -A FORWARD -s ::1/32 -d ::1 -i lo -o eth+ -p tcp -j CONNMARK --set-mark 0x2
ip6tables -A FORWARD ! -i lo -o cni0 -p all -m state --state ESTABLISHED,RELATED
ip6tables -D FORWARD ! -i eth0 -p tcp -m statistic --mode random --probability 0.5 --syn -j DROP
ip6tables -t nat -A POSTROUTING -o docker0 -m physdev --physdev-is-bridged -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -L
iptables -t nat -A PREROUTING -p sctp -m length --length 100:200
iptables -t nat -C OUTPUT -p sctp -m iprange ! --dst-range 10.0.0.1-10.0.0.199 -j ACCEPT
iptables -I FORWARD -m addrtype ! --dst-type LOCAL -j CONNMARK --set-mark 0x2
iptables -Z RCHAIN
iptables-save -c
iptables -t mangle -D POSTROUTING -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m comment --comment x_y-z -j CONNMARK --restore-mark --mask 0xff
iptables -A RCHAIN -j RCHAIN
iptables -A RCHAIN -d 127.7.197.84/8 -p tcp -m state --state ESTABLISHED,RELATED -m limit --limit 3/s --limit-burst 1 -j RCHAIN
iptables -t mangle -N LOGDROP
ip6tables -t nat -C PREROUTING -d fd00:a:b:: -p ipv6-icmp -m limit --limit 3/s --limit-burst 5 -m statistic --mode random --probability 0.25000000000 -j DNAT --to-destination fd00::3
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:326]
:KUBE-SERVICES - [0:0]
-A FORWARD -p tcp -j MARK --xor-mark 0x3
-A INPUT ! -s ::1/64 -i docker0 -p ipv6-icmp -m physdev --physdev-is-bridged -m addrtype ! --dst-type UNICAST -j TRACE
-A INPUT -s fd00:: -p 47 -m addrtype --dst-type BROADCAST -m pkttype --pkt-type broadcast -j ACCEPT
[0:150] -A INPUT -j ACCEPT
COMMIT
EOF
iptables -N KUBE-SEP-XYZ
iptables -t raw -I OUTPUT 4 -p 47 -j RETURN
iptables -Z
iptables -A OUTPUT -m state --state NEW -m addrtype --dst-type MULTICAST -j TRACE
iptables -t security -D OUTPUT 3
ip6tables -I OUTPUT 2 ! -p tcp -m comment --comment docker -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
iptables -t nat -A PREROUTING -p 47 -j ACCEPT
iptables -A RCHAIN -s 198.18.132.80/30 -d 198.77.115.127 -m iprange --dst-range 10.0.0.1-10.0.0.16 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:14]
:DOCKER - [0:0]
-A OUTPUT -j DROP
-A DOCKER -p 47 -g DOCKER
-A INPUT -s 192.118.121.95/12 -j TRACE
COMMIT
EOF
iptables-save
ip6tables-save

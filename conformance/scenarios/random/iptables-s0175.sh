# Random iptables/ip6tables rule set, seed 175 (conformance/generators/iptables.ts)
ip6tables -t security -A INPUT -i veth+ -p sctp -m length --length 1500 -j DROP
ip6tables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
-A OUTPUT -s ::1/64 ! -o docker0 -p udp -j DOCKER
COMMIT
EOF
ip6tables -t filter -v -F OUTPUT
ip6tables -t mangle -w 1 --append FORWARD -d 2001:db8:1::1/32 -o eth1 -p udp -j LOG --log-prefix "x y" --log-level 7
ip6tables -t security -D INPUT -s fe80::1/128 -d 2001:db8:1::1 -i docker0 -p tcp -j LOG
ip6tables -t filter -A FORWARD -p 47 -m conntrack --ctstate INVALID -j ACCEPT
ip6tables -A OUTPUT ! -s fe80::1/16 -d ::1/64 -p 47 -j TRACE
ip6tables -t security -v -X
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:276]
:DOCKER - [0:0]
-A DOCKER -s ::1 -p ipv6-icmp -j DOCKER
[4:213] -A FORWARD -s fd00:: -j DOCKER
-A FORWARD -s ::1/128 -m length --length 100:200 -j ACCEPT
-A FORWARD -m addrtype --dst-type UNICAST -j CT --zone-orig 2
COMMIT
EOF
iptables -t raw -w 1 --append PREROUTING -d 10.193.142.117 -p icmp
iptables -P INPUT ACCEPT
iptables -A OUTPUT -s 198.63.113.125/16 -m addrtype ! --dst-type BROADCAST
iptables -D OUTPUT -p sctp -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t filter -w 1 --append OUTPUT -m pkttype --pkt-type unicast -j TRACE
iptables -A OUTPUT -p 47
iptables -Z OUTPUT
iptables -Z FORWARD 2
iptables -t security -N f2b-sshd
iptables -A OUTPUT -c 194 19701 -s 198.185.50.226/0 -o eth+ -m length --length 100:200 -m addrtype --src-type LOCAL -j MARK --and-mark 0xff
iptables -t mangle -S INPUT 1
ip6tables -t filter -I OUTPUT -p tcp -j RETURN
ip6tables -L -v -Z
ip6tables-save -t security -c
ip6tables -t security -C INPUT -m state --state ESTABLISHED,RELATED -m conntrack ! --ctstate UNTRACKED -j RETURN
ip6tables -A INPUT -p all -m addrtype --src-type LOCAL -m addrtype ! --dst-type UNICAST -j NFLOG --nflog-group 1
ip6tables-save -c
ip6tables -t filter -L -v -Z
ip6tables -A OUTPUT ! -d 2001:db8:1::1/32 -p ipv6-icmp -j DOCKER
ip6tables -D OUTPUT -p sctp -g DOCKER
ip6tables -t nat -v -F
ip6tables -v -I INPUT 2 -j TRACE
ip6tables -v -I DOCKER 1 -d fe80::1/127 -i eth0 -p udp -m udp --dport 80 -m comment --comment docker -g DOCKER
ip6tables -A OUTPUT -s 2001:db8:1::1 -d fe80::1/32 -o cni0 -p udp -m addrtype --dst-type UNICAST -m udp --dport ssh -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -A OUTPUT -p tcp -m tcp ! --dport 0 -j RETURN
ip6tables -v -I OUTPUT 3 -o cni0 -p all -j RETURN
ip6tables -t filter -R INPUT 2 -p 47 -m state ! --state INVALID -m comment --comment "a/b:c -> 10.0.0.1:80" -j RETURN
iptables-save -c
iptables -v -A OUTPUT ! -d 10.203.96.87/32 -p icmp
iptables -t raw -A OUTPUT ! -s 198.52.158.107 -p udp -m length --length 100:200 -j NOTRACK
iptables -I OUTPUT 4 -p all -j RETURN
ip6tables -t security -v -I FORWARD 3 -p 47 -m addrtype --dst-type BROADCAST -m conntrack --ctstate RELATED,ESTABLISHED -j DROP
ip6tables -A OUTPUT -s 2001:db8:1::1 -p udp -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t filter -w 1 --append INPUT -p tcp -m addrtype --src-type LOCAL -j LOG
iptables -t nat -F
iptables -t nat -v -A INPUT -d 10.62.244.114/30 -p tcp -j LOG --log-level crit
iptables -t filter -N KUBE-SVC-ABC
ip6tables -A DOCKER -d fd00:: -p all -m addrtype --src-type UNICAST -j DROP
ip6tables -t raw -A PREROUTING -p udp -m addrtype ! --dst-type UNICAST -m physdev --physdev-out eth+ -j DROP
ip6tables -t security -X FORWARD
ip6tables -t filter -A DOCKER -c 263 52745 -p 47 -m mark --mark 0x10/0xf0 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:91]
:DOCKER - [0:0]
-A DOCKER -i docker0 -p all -m iprange --dst-range 10.0.0.1-10.0.0.162 -g DOCKER
-A DOCKER -o cni0 ! -p tcp ! --sport 65535 --tcp-flags FIN,ACK FIN -j KUBE-SVC-ABC
[0:191] -A FORWARD -p all -m state --state INVALID -j KUBE-SVC-ABC
COMMIT
EOF
ip6tables -E DOCKER DOCKER-2
ip6tables -v -I INPUT 3 -s fe80::1/32 -p tcp -j NOTRACK
ip6tables -t filter -F
ip6tables -t mangle -A INPUT -i eth0 -m addrtype --src-type LOCAL -m statistic --mode random --probability 0.5 -j DROP
ip6tables -t raw -L -v -Z
ip6tables -t mangle -D INPUT -d 2001:db8:1::1/48 -p sctp -m statistic --mode random --probability 1 -j TRACE
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [1:780]
:RCHAIN - [0:0]
[3:420] -A RCHAIN -s 2001:db8:1::1 ! -d ::1/32 -o cni0 -p all -m statistic --mode random --probability 0.25000000000 -m addrtype --dst-type MULTICAST
[1:299] -A FORWARD -m mac --mac-source 02:00:00:00:00:81 -m state --state INVALID
-A OUTPUT -s ::1/128 -p tcp -j CONNMARK --save-mark
-A OUTPUT -s fd00::/32 -d fe80::1/128 -p all -m length --length 100:200 -m connmark ! --mark 0x1 -j RCHAIN
COMMIT
EOF
ip6tables -t raw -A PREROUTING -c 418 7883 -d ::1/32 -p udp -m hl --hl-eq 87 -m comment --comment "a/b:c -> 10.0.0.1:80" -j MARK --or-mark 0x8
ip6tables -t raw -A OUTPUT -s 2001:db8::/16 -p udp -m comment --comment x_y-z -j LOG --log-prefix "drop"
ip6tables -t mangle -v -F INPUT
iptables -t filter -N LOGDROP
iptables -Z DOCKER 1
iptables -t mangle -I POSTROUTING -o eth1 -p 47 -m length --length 0:64 -m conntrack --ctstate NEW
iptables-restore --noflush <<'EOF'
*raw
:RCHAIN - [0:0]
-A OUTPUT -p all -j CONNMARK --restore-mark --mask 0xff
-A OUTPUT -p tcp -j RCHAIN
[4:82] -A OUTPUT -p icmp -m ttl --ttl-eq 77 -m statistic --mode nth --every 2 --packet 1 -j NOTRACK
-A RCHAIN -s 192.199.9.200/24 -d 192.123.95.162/30 -i docker0 -o eth1 -p all -j TRACE
COMMIT
EOF
iptables -t nat -X POSTROUTING
iptables-save -t raw
iptables -t filter -F
iptables -t mangle -A PREROUTING -s 127.248.180.243 -d 192.92.178.253 -p icmp -m comment --comment x_y-z -j LOG --log-prefix "drop"
iptables -t nat -N DOCKER-USER
iptables-save
ip6tables-save

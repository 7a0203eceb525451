# Random iptables/ip6tables rule set, seed 67 (conformance/generators/iptables.ts)
iptables -t filter -A OUTPUT -s 172.29.198.163/12 -j RETURN
iptables -D FORWARD -p 47 -m limit --limit 100/day --limit-burst 1 -j NFLOG --nflog-group 3
iptables -X
iptables -A OUTPUT -d 10.30.8.38/30 -p icmp -j MARK --xor-mark 0x3
iptables -A OUTPUT ! -s 127.154.230.251/32 -d 192.45.2.105 -p tcp -j ACCEPT
iptables-save
ip6tables -A OUTPUT -o cni0 -p all -j MARK --set-xmark 0x4000/0x4000
iptables -t filter -D INPUT 1
ip6tables -t mangle -L -n -v
ip6tables -t security -A OUTPUT -m limit --limit 5/min -m owner --uid-owner 65534 -j TRACE
ip6tables -R OUTPUT 3 -d fd00:: -o eth+ -p 47 -m mark --mark 0x4000/0x4000 -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t nat -Z NOPE
ip6tables -F
ip6tables -D NOPE -m iprange --src-range 2001:db8::1-2001:db8::9
ip6tables -A OUTPUT -p ipv6-icmp -m mark --mark 0x4000/0x4000 -m owner --uid-owner 0 -j LOG --log-prefix "drop"
ip6tables -A OUTPUT -o docker0 -p udp -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t filter -A OUTPUT -s fd00:a:b::/64 -p all -m state --state ESTABLISHED,RELATED -m iprange --src-range 2001:db8::1-2001:db8::9 -j REJECT
ip6tables-save -t nat -c
ip6tables -I INPUT 1 -s 2001:db8:: -d fd00::/32 -i eth0 -p tcp -m statistic --mode nth --every 2 --packet 0 -j CONNMARK --restore-mark --mask 0xff
ip6tables -P FOO DROP
ip6tables -t filter -N DOCKER
iptables -t filter -X
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [1:804]
:RCHAIN - [0:0]
[4:236] -A OUTPUT -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:86 -m pkttype ! --pkt-type unicast -j RETURN
COMMIT
EOF
iptables -t security -D INPUT -p all -m iprange --dst-range 10.0.0.1-10.0.0.100 -m comment --comment docker -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t raw -L -n --line-numbers
iptables -t raw -F
iptables -t security -A FORWARD -p sctp -m addrtype --dst-type BROADCAST -m pkttype ! --pkt-type multicast -j MARK --set-mark 5/0xff
ip6tables -t mangle -A INPUT -i br0 -j CONNMARK --save-mark
ip6tables-restore <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p udp -m statistic --mode random --probability 0.33333333349 -m conntrack --ctstate NEW -g KUBE-SERVICES
[0:287] -A OUTPUT ! -d ::1 -o cni0 -p ipv6-icmp -m comment --comment "a/b:c -> 10.0.0.1:80" -m owner --uid-owner 0
COMMIT
EOF
ip6tables -A DOCKER -d 2001:db8:1::1 -p udp -m mac --mac-source 02:00:00:00:00:29 -m pkttype --pkt-type multicast
ip6tables -t raw -A PREROUTING -j CONNMARK --set-mark 0x2
iptables -t raw -X
iptables -t security -C INPUT -p tcp -m connmark --mark 5/0xff -m connmark --mark 5/0xff -j MARK --or-mark 0x8
iptables -t security -L -n
iptables -t mangle -P FORWARD DROP
iptables -N MYCHAIN
iptables -t filter -E MYCHAIN MYCHAIN-2
iptables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -s 172.230.142.25 -p tcp -m state --state INVALID -m pkttype --pkt-type multicast -j DOCKER
COMMIT
EOF
iptables -I DOCKER 4 -p 47 -m conntrack ! --ctstate UNTRACKED -m length --length 0:64 -j DOCKER
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [8:235]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 127.119.112.16 -p icmp -m owner ! --uid-owner 0 -j MARK --set-mark 0x1
-A KUBE-SERVICES -i br0 -p udp -m addrtype --src-type UNICAST -j RETURN
-A OUTPUT ! -p tcp -m owner ! --uid-owner 0 -j CONNMARK --restore-mark
[0:246] -A FORWARD -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -m udp --dport 3000 -j NOTRACK
COMMIT
EOF
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t filter -X DOCKER
iptables-restore <<'EOF'
*filter
:INPUT DROP [8:296]
:KUBE-SERVICES - [0:0]
-A INPUT -p all -m physdev --physdev-out eth+ -m iprange --dst-range 10.0.0.1-10.0.0.131 -j TRACE
COMMIT
EOF
iptables -t raw -D OUTPUT 4
iptables -t filter -A INPUT -m physdev --physdev-out eth+ -m addrtype --src-type LOCAL
iptables -A INPUT -i lo -p tcp -m tcp --dport 80 -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -I PREROUTING -m addrtype --src-type LOCAL -m statistic --mode nth --every 10 --packet 0 -j DROP
iptables -t nat -nvL
iptables -C FORWARD ! -d 192.30.9.120/0 -i veth+ -j CONNMARK --restore-mark --mask 0xff
iptables -t raw -I PREROUTING -p sctp -m mac --mac-source 02:00:00:00:00:61 -m comment --comment x_y-z -j TRACE
iptables -F
iptables -A KUBE-SERVICES ! -o docker0 -p icmp -m owner ! --uid-owner 65534 -j CONNMARK --set-mark 0x2
iptables -t filter -A FORWARD -s 127.22.25.54/8 -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -m addrtype --dst-type UNICAST -j DROP
ip6tables -t mangle -L FORWARD
iptables -t nat -D PREROUTING 4
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -s 192.31.86.51/8 -d 192.4.75.142 -p udp -m physdev --physdev-in veth0 -m comment --comment "a/b:c -> 10.0.0.1:80" -j DROP
-A FORWARD -m ttl --ttl-eq 20 -j DOCKER
[4:151] -A DOCKER -d 172.110.74.112/8 -p tcp -m pkttype ! --pkt-type unicast -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 1
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [7:322]
:DOCKER - [0:0]
[3:313] -A OUTPUT ! -d 127.70.172.116 -p tcp -j RETURN
-A OUTPUT -o cni0 -p sctp -m comment --comment docker -m ttl --ttl-lt 16 -j TRACE
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A FORWARD -s 192.47.83.106 -d 192.43.176.28/0 -p tcp -j ACCEPT
-A INPUT -s 198.26.173.133 -d 172.148.125.175/30 -p tcp -m tcp --dport domain:9000 -g KUBE-SERVICES
COMMIT
EOF
iptables -t filter -A NOPE ! -d 192.56.37.126 -p sctp -j NFLOG --nflog-group 1
iptables -t nat -L -n
iptables -I OUTPUT 2 -s 10.22.50.193 -m state ! --state INVALID -j LOG --log-prefix "IN: "
iptables -Z KUBE-SERVICES
iptables -t nat -A INPUT -i veth+ -p udp -m connmark --mark 5/0xff -m statistic --mode random --probability 0.33333333349 -j ACCEPT
iptables -t nat -D OUTPUT -d 198.140.218.198/0 -j DROP
iptables -t raw -A OUTPUT -p 47 -m state --state NEW -j CONNMARK --save-mark
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [2:618]
:DOCKER - [0:0]
-A DOCKER -s 2001:db8::/32 -j DROP
-A OUTPUT ! -s fe80::1 -p all -j TRACE
[2:242] -A OUTPUT -p tcp -m length --length 0:64 -j MARK --and-mark 0xff
COMMIT
EOF
ip6tables -t mangle -C OUTPUT ! -s ::1 -p ipv6-icmp
iptables -R FORWARD 3 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.179 -j KUBE-SERVICES
iptables -t mangle -D INPUT -p 47 -m physdev --physdev-is-bridged -m statistic --mode nth --every 10 --packet 0 -j TRACE
iptables -t nat -D POSTROUTING 4
iptables-save
ip6tables-save

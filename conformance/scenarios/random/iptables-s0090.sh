# Random iptables/ip6tables rule set, seed 90 (conformance/generators/iptables.ts)
iptables -C INPUT -p tcp --syn -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -C INPUT ! -s 198.68.184.26/12 -i docker0 -p icmp -j RETURN
iptables -A OUTPUT -p icmp
ip6tables -t security -L -v
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:971]
:DOCKER - [0:0]
-A INPUT ! -d fd00::/64 -p ipv6-icmp -m pkttype --pkt-type unicast -m mark --mark 0x4000/0x4000 -g DOCKER
-A OUTPUT -s fe80::1 -d fd00:a:b:: -o cni0 -p tcp ! --syn -j MARK --and-mark 0xff
COMMIT
EOF
ip6tables -t raw -C PREROUTING ! -s 2001:db8:: -d 2001:db8:: -p all -j DROP
ip6tables -t security -P OUTPUT ACCEPT
ip6tables -t security -A FORWARD -s 2001:db8:1::1 -i br0 -p ipv6-icmp -j MARK --and-mark 0xff
iptables -t security -A FORWARD -s 192.62.188.187 -d 192.24.136.77/16 -p icmp -m physdev --physdev-out eth+ -m conntrack --ctstate UNTRACKED -j LOG
iptables -t mangle -L -v
iptables -A OUTPUT -s 10.8.248.106/0
iptables -N LOGDROP
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [3:453]
:KUBE-SERVICES - [0:0]
-A FORWARD -i br0 -p sctp -j NFLOG --nflog-group 3 --nflog-prefix p
-A OUTPUT ! -o eth+ -p 47 -m hl --hl-lt 231 -m mark --mark 1 -j CONNMARK --set-mark 0x2
[1:242] -A KUBE-SERVICES ! -i lo -p all -m mark --mark 0x4000/0x4000 -j NFLOG --nflog-group 3 --nflog-prefix p
-A FORWARD -p ipv6-icmp -m addrtype --dst-type LOCAL -j DROP
COMMIT
EOF
ip6tables-restore <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A PREROUTING -p tcp -j RETURN
-A POSTROUTING -s 2001:db8:1::1/16 -p tcp -j MARK --set-xmark 0x4000/0x4000
-A PREROUTING -i veth+ -p sctp -m statistic --mode random --probability 0.33333333349 -j KUBE-SERVICES
[3:94] -A INPUT -i veth+ -p 47 -m mac ! --mac-source 02:00:00:00:00:80 -j DROP
COMMIT
EOF
ip6tables -t filter -P OUTPUT DROP
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [8:566]
:KUBE-SERVICES - [0:0]
-A FORWARD -s ::1/128 -i docker0 -m addrtype --src-type UNICAST -m pkttype --pkt-type unicast -j DOCKER
-A OUTPUT -j NFLOG --nflog-group 1 --nflog-prefix p
-A FORWARD -i eth0 -p tcp -m statistic --mode random --probability 1 -m hl --hl-lt 43 -j LOG --log-prefix "x y"
COMMIT
EOF
ip6tables -A FORWARD -p 47 -m addrtype ! --dst-type UNICAST -j KUBE-SERVICES
ip6tables -A KUBE-SERVICES ! -i eth0 -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -m limit --limit 1/hour
iptables -A INPUT -d 10.98.14.55 -p sctp -j DROP
iptables -D LOGDROP 4
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -i eth0 -p tcp -m limit --limit 10/second --limit-burst 1 -m multiport --ports 80,443 -j REJECT
COMMIT
EOF
iptables -t raw -D OUTPUT 1
iptables -t filter -N MYCHAIN
iptables -t mangle -A OUTPUT -d 127.169.229.217/8 -p sctp -m statistic --mode random --probability 1 -j DROP
iptables -t raw -R OUTPUT 2 -s 172.114.55.118 -d 198.93.241.141/30 -o eth+ -p sctp -j ACCEPT
iptables -t filter -R FORWARD 1 -d 198.59.52.77 -o docker0 -p tcp -m state --state INVALID -j TRACE
iptables -t filter -L -n --line-numbers
iptables -N KUBE-SEP-XYZ
iptables -X MYCHAIN
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [2:957]
:KUBE-SERVICES - [0:0]
-A INPUT -s 192.153.246.86/8 -i docker0 -p udp -m physdev --physdev-is-bridged -j LOG
COMMIT
EOF
iptables -t filter -L -n -v
iptables -t security -C FORWARD -o eth+ -p tcp -m limit --limit 100/day --limit-burst 5 --syn -j NFLOG --nflog-group 1
ip6tables -t mangle -R FORWARD 2 -m hl --hl-gt 166 -j ACCEPT
ip6tables -t filter -L -v
ip6tables -t mangle -D INPUT 2
iptables -A MYCHAIN -i eth0 -o cni0 -p all -m comment --comment "a/b:c -> 10.0.0.1:80" -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -S
ip6tables -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t nat -L
ip6tables-save -c
ip6tables -t mangle -N f2b-sshd
ip6tables -t security -F
ip6tables -t security -S
ip6tables -t filter -A OUTPUT -s fd00:a:b::/16 -p all -m owner --uid-owner 0 -m connmark --mark 0x1
ip6tables -A FORWARD -s 2001:db8:: -p tcp -m statistic --mode nth --every 2 --packet 1 -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables-save -c
ip6tables -t filter -N f2b-sshd
iptables -t filter -E LOGDROP LOGDROP-2
iptables -A OUTPUT -s 172.131.251.157 -d 127.149.50.169/8 -p icmp -j DROP
iptables -N MYCHAIN
iptables -t filter -A KUBE-SEP-XYZ -s 192.122.82.42/8 -o eth1 -p tcp -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t filter -A OUTPUT -m comment --comment "kubernetes service portals" -j NFLOG --nflog-group 3
iptables -t mangle -I OUTPUT 3 -p udp -m addrtype --dst-type MULTICAST -m physdev --physdev-is-bridged -j ACCEPT
iptables -t raw -Z
iptables -t raw -L OUTPUT
iptables -t nat -N KUBE-SEP-XYZ
iptables -t filter -A KUBE-SEP-XYZ -p udp -m state --state NEW -m ttl --ttl-lt 36 -j DROP
iptables -t security -A FORWARD -o eth+ -p sctp -m connmark ! --mark 5/0xff -m statistic --mode random --probability 0.33333333349 -j CONNMARK --set-mark 0x2
iptables -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -R FORWARD 3 -i lo -o eth1 -m state --state ESTABLISHED,RELATED -m addrtype ! --dst-type BROADCAST -j CONNMARK --save-mark
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [6:86]
:DOCKER - [0:0]
-A DOCKER -s fe80::1 ! -i docker0 -m iprange --src-range 2001:db8::1-2001:db8::9 -m conntrack --ctstate RELATED,ESTABLISHED -j DOCKER
-A DOCKER -s 2001:db8:1::1/16 -d 2001:db8:1::1/127 -o cni0 -m statistic --mode random --probability 0.25000000000 -m connmark --mark 5/0xff -j NFLOG --nflog-group 1
-A DOCKER -p all -j NFLOG --nflog-group 0 --nflog-prefix p
COMMIT
EOF
ip6tables-save
ip6tables -L -n
ip6tables -Z
ip6tables-save -t nat
ip6tables -t filter -I FORWARD -s fd00::/32 -m statistic --mode nth --every 10 --packet 0 -j RETURN
ip6tables -t filter -A INPUT -s ::1 -i docker0 -p tcp -m multiport ! --sports 80,443 -m statistic --mode nth --every 10 --packet 0 -j RETURN
ip6tables -t mangle -D f2b-sshd -s 2001:db8:1::1 -p tcp -m hl --hl-eq 221 -j LOG --log-prefix "drop"
ip6tables -t filter -A FORWARD -s ::1/32 -d fd00:a:b:: -p all -j TRACE
iptables-restore <<'EOF'
*security
:INPUT DROP [1:739]
:DOCKER - [0:0]
-A INPUT -i lo -p 47 -j RETURN
-A FORWARD -s 10.182.68.166/24 -p tcp -m comment --comment "kubernetes service portals" -m physdev ! --physdev-is-in -j CONNMARK --set-mark 0x2
-A FORWARD ! -p tcp -m state --state NEW -j LOG --log-level info
-A INPUT -p sctp -m mac ! --mac-source 02:00:00:00:00:44 -j TRACE
COMMIT
EOF
iptables-save
ip6tables-save

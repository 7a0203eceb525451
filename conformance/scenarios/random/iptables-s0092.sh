# Random iptables/ip6tables rule set, seed 92 (conformance/generators/iptables.ts)
iptables -F
iptables -t filter -N KUBE-SVC-ABC
iptables -t security -D FORWARD ! -d 10.203.117.111/12 -p tcp -j RETURN
iptables -t filter -P FORWARD ACCEPT
iptables-save
iptables -nvL
iptables -t filter -A KUBE-SVC-ABC -p tcp -j LOG --log-prefix "IN: "
iptables-save
iptables -A KUBE-SVC-ABC ! -s 172.27.151.231/0 ! -o cni0 -m addrtype --src-type UNICAST -m length ! --length 100:200 -j KUBE-SVC-ABC
iptables -R INPUT 1 -i veth+ -p tcp --sport 1024:65535 -j KUBE-SVC-ABC
iptables -S
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[1:194] -A INPUT -d 172.64.107.85 -p tcp -j REJECT
-A KUBE-SERVICES ! -d 10.234.215.228/32 ! -o docker0 -p all -j DROP
COMMIT
EOF
iptables -I KUBE-SERVICES 2 -d 172.90.30.89 ! -i br0 ! -o eth+ -p tcp -m addrtype --dst-type UNICAST -m conntrack --ctstate UNTRACKED -g KUBE-SVC-ABC
iptables -t raw -A OUTPUT -s 192.149.220.244 -p tcp -m length --length 1500 -m length --length 100:200 -j NFLOG --nflog-group 2
iptables -t raw -R OUTPUT 1 -m limit --limit 100/day -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 4
iptables -t mangle -F
iptables -t raw -A OUTPUT ! -s 127.225.117.120 -d 10.216.156.125/30 ! -o docker0 -p all -m length --length 1500 -j MARK --xor-mark 0x3
iptables -A INPUT -s 192.185.30.44 -d 198.80.97.199/16 -p 47 -m addrtype --src-type LOCAL -j KUBE-SERVICES
iptables-save -c
iptables -t filter -C FORWARD -s 198.103.81.136 -d 127.1.45.238/16 -p sctp -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [6:238]
:RCHAIN - [0:0]
-A OUTPUT -p sctp -m length --length 100:200 -j RETURN
COMMIT
EOF
ip6tables -A OUTPUT ! -o docker0 -p all -m limit --limit 10/second -m state --state ESTABLISHED,RELATED
ip6tables -t security -P OUTPUT RETURN
ip6tables -t raw -A PREROUTING -d ::1 -i docker0 -p 47 -m physdev --physdev-in veth0 -m addrtype --src-type LOCAL -j RETURN
ip6tables -t filter -A OUTPUT -o cni0 -p sctp -m addrtype --dst-type BROADCAST -m physdev --physdev-is-bridged
ip6tables -t filter -D INPUT ! -d fe80::1 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -D INPUT -p udp -m connmark --mark 5/0xff -g RCHAIN
ip6tables -N DOCKER
ip6tables -A DOCKER -s fe80::1 -p sctp -g RCHAIN
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [3:997]
:KUBE-SERVICES - [0:0]
[4:405] -A INPUT -p udp -m addrtype ! --dst-type BROADCAST -m limit --limit 10/second --limit-burst 1 -j ACCEPT
-A OUTPUT ! -s fd00:a:b::/127 -m physdev ! --physdev-is-in -j ACCEPT
-A INPUT -s fd00:a:b::/64 -p sctp -m statistic --mode nth --every 10 --packet 0 -j RCHAIN
-A KUBE-SERVICES ! -i eth0 ! -o eth1 -p tcp -m addrtype --src-type LOCAL -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -C OUTPUT -p udp -m pkttype ! --pkt-type unicast -g RCHAIN
ip6tables -A KUBE-SERVICES -p 47 -m connmark --mark 5/0xff -j RCHAIN
ip6tables -t mangle -A FORWARD -s fd00:: -p sctp -m length ! --length 100:200 -m addrtype --dst-type MULTICAST -j CT --notrack
ip6tables -t raw -A OUTPUT -j CONNMARK --set-mark 0x2
ip6tables -t security -D FORWARD -p tcp -m limit --limit 100/day --limit-burst 5 -j MARK --xor-mark 0x3
ip6tables-save -c
ip6tables -t filter -R KUBE-SERVICES 3 ! -d 2001:db8::/32 -p tcp -m state --state NEW -j NOTRACK
ip6tables -C DOCKER -o docker0 -j CONNMARK --save-mark
ip6tables -t filter -A RCHAIN -s ::1/127 -p udp -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -L -x -v -n
ip6tables -t mangle -N LOGDROP
ip6tables -t raw -X
ip6tables -t security -L
iptables -N f2b-sshd
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [0:478]
:KUBE-SERVICES - [0:0]
-A INPUT -s ::1/48 -p sctp -j DSCP --set-dscp 10
-A FORWARD -s 2001:db8::/127 -d fd00:a:b:: ! -i lo -p all -j KUBE-SERVICES
COMMIT
EOF
ip6tables -A FORWARD -p tcp -m length --length 100:200 -m addrtype --dst-type BROADCAST -j DOCKER
ip6tables -t filter -P OUTPUT DROP
ip6tables -t mangle -L
ip6tables -L RCHAIN
ip6tables-save
ip6tables -t raw -A OUTPUT -m physdev --physdev-out eth+ -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t nat -F
iptables -D INPUT -p icmp -m comment --comment "kubernetes service portals" -m connmark --mark 5/0xff -j TRACE
iptables -t mangle -C FORWARD -s 127.175.169.145 -d 192.114.194.214 ! -i eth0 -p 47
iptables -t nat -A PREROUTING -d 192.113.215.145/0 -m connmark --mark 5/0xff -j TRACE
iptables -A INPUT -i veth+ -m mac --mac-source 02:00:00:00:00:70 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -L INPUT -n -v --line-numbers
iptables -t filter -A f2b-sshd -m ttl --ttl-eq 222 -j KUBE-SERVICES
iptables -N f2b-sshd
ip6tables -L
ip6tables -L -v
ip6tables -A FORWARD ! -s ::1/128 -p tcp -m tcp ! --dport 22 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t filter -A FORWARD ! -i lo -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode random --probability 0.1
ip6tables -C OUTPUT -i lo -p ipv6-icmp -m mark --mark 0x4000/0x4000 -m physdev ! --physdev-is-in -j TRACE
ip6tables -t security -A NOPE -p tcp -j CONNMARK --set-mark 0x2
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [8:393]
:DOCKER - [0:0]
-A OUTPUT -p tcp -j RETURN
-A FORWARD ! -i eth0 -m addrtype --src-type LOCAL -j DOCKER
COMMIT
EOF
ip6tables -t nat -A PREROUTING -p udp -j ACCEPT
ip6tables-save
ip6tables -A FORWARD -m mac --mac-source 02:00:00:00:00:27 -m connmark --mark 0x1 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t security -I OUTPUT 4 -d ::1/48 -p udp -m pkttype --pkt-type multicast -m mark --mark 0x10/0xf0 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables-save
ip6tables-save

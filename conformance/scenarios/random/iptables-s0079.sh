# Random iptables/ip6tables rule set, seed 79 (conformance/generators/iptables.ts)
iptables -t filter -P FOO ACCEPT
ip6tables -t raw -A OUTPUT -s fd00::/64 -p tcp --tcp-flags FIN,ACK FIN -m multiport --dports http,https -j DROP
ip6tables -A FORWARD -s fd00:: -p tcp -m mark --mark 0x4000/0x4000 -j ACCEPT
ip6tables -P FOO DROP
ip6tables -t raw -A OUTPUT -p 47 -m physdev --physdev-is-bridged -j DROP
iptables -A OUTPUT -d 198.249.137.193 -p 47 -m addrtype --dst-type MULTICAST -m addrtype --dst-type BROADCAST -j REDIRECT
iptables -C INPUT ! -d 10.207.41.245/0 ! -p tcp -j TRACE
iptables -N KUBE-SVC-ABC
iptables -D OUTPUT -p 47 -j DROP
iptables -t mangle -A PREROUTING -p all -m state --state ESTABLISHED,RELATED -j LOG
iptables -A KUBE-SVC-ABC ! -d 192.222.32.27 -o eth1 -j KUBE-SVC-ABC
iptables -t filter -N f2b-sshd
iptables -t mangle -A INPUT -d 192.69.249.240 -p 47 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t filter -A KUBE-SVC-ABC ! -s 172.180.253.192 -m statistic --mode random --probability 1 -j REJECT --reject-with icmp-net-unreachable
iptables -A FORWARD -m iprange --dst-range 10.0.0.1-10.0.0.24 -m statistic --mode random --probability 0.25000000000 -j ACCEPT
iptables-save -c
iptables -N MYCHAIN
iptables -t filter -E KUBE-SVC-ABC KUBE-SVC-ABC-2
iptables-restore -c <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A PREROUTING ! -s 192.97.157.11/24 ! -i veth+ -p all -j LOG --log-prefix "IN: "
-A PREROUTING ! -p udp -j NOTRACK
-A OUTPUT -s 127.111.37.146/12 -p udp -j CT --notrack
[2:357] -A KUBE-SERVICES -m addrtype ! --dst-type LOCAL -m comment --comment x_y-z
COMMIT
EOF
iptables -F KUBE-SVC-ABC-2
iptables -t filter -A INPUT -d 10.153.219.177 -p udp -m addrtype --dst-type MULTICAST -j RETURN
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [1:24]
:RCHAIN - [0:0]
[0:395] -A RCHAIN -d 192.191.14.64 -i eth0 -p all -m physdev ! --physdev-is-in -j LOG --log-prefix "IN: " --log-level 7
[3:53] -A RCHAIN -o eth+ -p sctp -g KUBE-SVC-ABC-2
-A FORWARD -i docker0 -o eth+ -p udp -m ttl --ttl-eq 245 --sport http:1000 -j REJECT --reject-with tcp-reset
-A OUTPUT ! -s 127.27.46.147 ! -o eth1 -p all -m state ! --state NEW -j MARK --set-mark 5/0xff
COMMIT
EOF
iptables -E MYCHAIN MYCHAIN-2
iptables -t security -A NOPE -d 192.170.207.41/12 -o docker0 -p all -m iprange --dst-range 10.0.0.1-10.0.0.48 -j LOG --log-prefix "x y"
iptables -t security -A FORWARD -s 172.178.7.142/16 -o eth+ -p all -j DROP
iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [8:811]
:KUBE-SERVICES - [0:0]
-A FORWARD -o cni0 -p tcp -j CONNMARK --restore-mark --mask 0xff
-A PREROUTING -g KUBE-SERVICES
[4:465] -A PREROUTING -s 10.211.96.234/0 -m mark --mark 0xffffffff -j DROP
COMMIT
EOF
iptables -D f2b-sshd 3
iptables -A OUTPUT -s 127.243.180.185/32 -o docker0 -p 47 -m state --state NEW -m comment --comment x_y-z -j LOG
iptables -t filter -I FORWARD 2 -s 172.31.227.224/30 -p icmp -m mark ! --mark 1 -j CONNMARK --restore-mark
iptables -t security -A OUTPUT -p icmp -m limit --limit 3/s --limit-burst 1 -m comment --comment docker
iptables -N DOCKER-USER
iptables -t raw -A KUBE-SERVICES -s 127.77.24.47 -d 192.252.65.52
iptables -R OUTPUT 1 -p sctp -m statistic --mode random --probability 0.25000000000 -m owner --uid-owner 100-200
iptables -nvL
ip6tables -t nat -I PREROUTING 3 -o eth+ -j MARK --or-mark 0x8
ip6tables -t mangle -D FORWARD -s 2001:db8:1::1 -p ipv6-icmp -m state ! --state INVALID -j DROP
ip6tables -t raw -C PREROUTING -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m addrtype --dst-type BROADCAST -j CONNMARK --save-mark
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:755]
:KUBE-SERVICES - [0:0]
-A FORWARD -s fe80::1/48 -p all -m state --state NEW -m connmark --mark 5/0xff -j RETURN
COMMIT
EOF
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [4:744]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p tcp -j MARK --set-mark 0x1
COMMIT
EOF
ip6tables -t filter -A KUBE-SERVICES -i br0 -m hl --hl-lt 42 -j MARK --and-mark 0xff
ip6tables -t filter -I OUTPUT 3 -d ::1 -p tcp -j REJECT --reject-with tcp-reset
ip6tables-save -t raw
ip6tables -t raw -L PREROUTING
ip6tables -t security -N LOGDROP
ip6tables -t mangle -D PREROUTING -d fd00:a:b::/64 -p tcp -m statistic --mode random --probability 1 -m mark --mark 0xffffffff -j ACCEPT
ip6tables -t nat -C PREROUTING -s fd00::/48 -p 47 -j MARK --set-mark 5/0xff
ip6tables -I KUBE-SERVICES -j REJECT
ip6tables-save
ip6tables -t security -I LOGDROP 3 -o eth+ -p udp -m limit --limit 1/hour -j ACCEPT
iptables -t mangle -L
iptables -D FORWARD 1
iptables -t nat -L -x -v -n
iptables -t raw -A KUBE-SERVICES -i eth0 -p all -m physdev --physdev-out eth+ -m state --state NEW -j MARK --or-mark 0x8
iptables -D f2b-sshd 4
iptables -nvL
iptables -t filter -A KUBE-SVC-ABC-2 -i docker0 -o eth1 -p tcp -m addrtype --src-type LOCAL -j LOG --log-level 7
iptables -D KUBE-SVC-ABC-2 4
ip6tables -A OUTPUT ! -p tcp -m connmark --mark 0x1 -j CONNMARK --restore-mark
ip6tables -t raw -I OUTPUT -p ipv6-icmp -j LOG --log-prefix "IN: "
iptables -t mangle -L PREROUTING
iptables -N KUBE-SEP-XYZ
iptables -D KUBE-SEP-XYZ ! -p tcp -j MARK --xor-mark 0x3
ip6tables -R INPUT 1 ! -i br0 -p udp -j DROP
ip6tables-save -t filter -c
ip6tables -C FORWARD -p ipv6-icmp -m limit --limit 1/hour
ip6tables -t raw -A KUBE-SERVICES ! -s fe80::1 -d ::1 -o docker0 -p tcp -j NOTRACK
iptables -t mangle -C FORWARD -p 47 -j DROP
iptables -t filter -L -n
iptables -L -n
iptables-save
iptables-save
ip6tables-save

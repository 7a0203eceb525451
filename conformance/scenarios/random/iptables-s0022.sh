# Random iptables/ip6tables rule set, seed 22 (conformance/generators/iptables.ts)
iptables -t mangle -L OUTPUT -n -v --line-numbers
iptables -t mangle -A OUTPUT -d 172.73.115.237/8 -o docker0 -j ACCEPT
ip6tables -t filter -A INPUT -p udp -m comment --comment "kubernetes service portals" -m mark --mark 0xffffffff -j REJECT
ip6tables -t security -S FORWARD
iptables -t filter -D FORWARD 2
iptables -t filter -Z
iptables -F
iptables -N KUBE-SVC-ABC
iptables -t raw -L -n -v
iptables -t nat -N f2b-sshd
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -s fe80::1 -m hl --hl-lt 107 -m state --state NEW -j CONNMARK --restore-mark
-A KUBE-SERVICES -s 2001:db8:1::1 ! -i docker0 -m length --length 0:64 -m connmark --mark 5/0xff -j MARK --and-mark 0xff
COMMIT
EOF
ip6tables -t mangle -P POSTROUTING DROP
ip6tables -X KUBE-SERVICES
ip6tables -L -x -v -n
ip6tables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -A OUTPUT -o eth+ -m comment --comment "a/b:c -> 10.0.0.1:80" -m addrtype --dst-type LOCAL -j LOG
ip6tables -t security -I OUTPUT 1 -d fe80::1 -p udp -m statistic --mode random --probability 0.25000000000 -m mark --mark 0xffffffff -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t mangle -A OUTPUT -s fd00::/128 -m hl --hl-eq 122 -j CONNMARK --restore-mark --mask 0xff
iptables -t filter -L -x -v -n
iptables -t filter -N KUBE-SVC-ABC
iptables -t mangle -D FORWARD 3
iptables -t raw -A OUTPUT -d 192.214.49.170 -p all -m state --state NEW
ip6tables -t mangle -A POSTROUTING -o eth1 -p tcp -m statistic --mode random --probability 0.25000000000 -m addrtype ! --dst-type UNICAST -j TRACE
iptables-save
iptables -t filter -Z
ip6tables -E KUBE-SERVICES-2 KUBE-SERVICES-2-2
ip6tables -D INPUT -p tcp -m multiport --dports 53 -m iprange --src-range 2001:db8::1-2001:db8::9 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -L -v
ip6tables -t filter -L FORWARD
ip6tables -t raw -I OUTPUT -s fd00:a:b:: -p tcp -m comment --comment "kubernetes service portals" --tcp-flags SYN,RST SYN
ip6tables -A NOPE -s 2001:db8::/32 -o cni0 -p tcp -m connmark --mark 5/0xff -j REJECT
ip6tables -E KUBE-SERVICES-2-2 KUBE-SERVICES-2-2-2
ip6tables -t security -A INPUT -i lo -m conntrack ! --ctstate RELATED,ESTABLISHED -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
ip6tables -R OUTPUT 1 -s ::1 -p udp -m limit --limit 3/s --limit-burst 5 -j RETURN
iptables -t security -S
ip6tables -X
ip6tables -t raw -D PREROUTING -s fe80::1/127 ! -p tcp -j MARK --xor-mark 0x3
ip6tables -Z NOPE
ip6tables -t security -D INPUT 2
ip6tables -A KUBE-SERVICES-2-2-2 ! -p tcp -m physdev --physdev-out eth+ --tcp-flags SYN,RST SYN -j KUBE-SERVICES-2-2-2
ip6tables -t mangle -P FORWARD DROP
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:492]
:DOCKER - [0:0]
-A DOCKER -p all -m state ! --state NEW -m addrtype --dst-type BROADCAST -j TRACE
[0:292] -A FORWARD -o eth1 -p all -m comment --comment x_y-z -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j DROP
COMMIT
EOF
ip6tables -A OUTPUT -p tcp -j LOG --log-prefix "drop"
ip6tables -t mangle -L POSTROUTING -n -v --line-numbers
iptables -t filter -A OUTPUT -d 127.177.59.233 -p icmp -j REJECT --reject-with tcp-reset
iptables-save
iptables -t filter -A INPUT ! -s 192.30.125.240 -i lo -p sctp -j CONNMARK --set-mark 0x2
iptables -t filter -N KUBE-SEP-XYZ
iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [6:959]
:RCHAIN - [0:0]
-A INPUT ! -d 172.91.207.26/0 ! -p tcp -j NFLOG --nflog-group 4 --nflog-prefix p
-A INPUT -j DSCP --set-dscp 0x2e
COMMIT
EOF
iptables -A FORWARD -p 47 -m limit --limit 10/second --limit-burst 5 -j MARK --set-xmark 0x4000/0x4000
iptables -t filter -I FORWARD 1 -s 192.26.115.159 ! -i eth0 -p icmp -m physdev --physdev-is-bridged -j NOTRACK
iptables -A INPUT -d 172.97.53.173 -p sctp -m physdev ! --physdev-is-in -j ACCEPT
iptables -t filter -A INPUT -p sctp -j ACCEPT
iptables -t nat -D INPUT 2
iptables -D NOPE -m conntrack --ctstate RELATED,ESTABLISHED -j NFLOG --nflog-group 4 --nflog-prefix p
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [0:214]
:DOCKER - [0:0]
-A FORWARD -i eth0 -p udp -m comment --comment "kubernetes service portals" -j KUBE-SVC-ABC
COMMIT
EOF
iptables -t mangle -N DOCKER
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [6:154]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p 47 -j CONNMARK --restore-mark --mask 0xff
-A FORWARD ! -s 192.229.86.85 -i lo -p tcp -m tcp --dport 80 -m physdev --physdev-out eth+ -j ACCEPT
COMMIT
EOF
ip6tables -t mangle -A PREROUTING ! -i br0 -m addrtype --dst-type MULTICAST -j CONNMARK --restore-mark
iptables -A KUBE-SEP-XYZ -p tcp --sport 65535 -j KUBE-SEP-XYZ
iptables-save
ip6tables-save

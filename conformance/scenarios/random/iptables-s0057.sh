# Random iptables/ip6tables rule set, seed 57 (conformance/generators/iptables.ts)
ip6tables -t nat -P POSTROUTING ACCEPT
ip6tables -t nat -A OUTPUT -p udp -j REDIRECT --to-ports 3128
iptables -Z OUTPUT
iptables -t raw -R OUTPUT 2 -m ttl --ttl-eq 41 -m state ! --state NEW -j CONNMARK --save-mark
iptables -t nat -D POSTROUTING -s 10.84.194.184/8 -p 47 -j LOG --log-level 4
iptables-save -c
iptables -t nat -nvL
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [7:142]
:KUBE-SERVICES - [0:0]
-A INPUT -p icmp -m mac --mac-source 02:00:00:00:00:61
[0:322] -A KUBE-SERVICES ! -s 192.49.159.75/32 -d 127.177.142.106 -i eth0 -p icmp -j RETURN
COMMIT
EOF
iptables -L KUBE-SERVICES
ip6tables -t security -I NOPE -p tcp -m physdev --physdev-out eth+ -m comment --comment "a/b:c -> 10.0.0.1:80" -j MARK --xor-mark 0x3
ip6tables -A FORWARD -d 2001:db8::/127 -o eth+ -p 47 -m hl --hl-gt 103 -m comment --comment "a/b:c -> 10.0.0.1:80" -j CT --notrack
ip6tables -t filter -I OUTPUT 3 -p sctp -m state --state NEW -m length --length 1500 -j DROP
ip6tables -A INPUT -i eth0 -p all -m mark --mark 0xffffffff -m mac --mac-source 02:00:00:00:00:24 -j RETURN
ip6tables -t nat -D PREROUTING -i veth+ -p tcp -m pkttype --pkt-type unicast -m addrtype --dst-type BROADCAST -j TRACE
ip6tables -N f2b-sshd
iptables -t raw -D PREROUTING 4
iptables -t raw -A OUTPUT ! -d 172.230.71.214/32 -p sctp
iptables -t filter -L -v
iptables -t nat -N DOCKER-USER
ip6tables -t security -A FORWARD -d ::1 ! -o eth1 -m addrtype --src-type UNICAST -m statistic --mode random --probability 0.25000000000 -j MARK --set-xmark 0x4000/0x4000
iptables -t raw -D OUTPUT 3
iptables -t security -A OUTPUT -p udp -m statistic --mode random --probability 0.1 -m mark --mark 0xffffffff -j MARK --set-xmark 0x4000/0x4000
iptables -t security -A FORWARD -o eth1 -p udp -m connmark --mark 0x1 -m udp --dport 443 -j DROP
iptables -t security -A FORWARD -s 198.86.99.178 -o docker0 -p udp -j MARK --set-mark 0x1
iptables -t security -S
iptables -D INPUT 1
iptables -t security -R NOPE 1 -p tcp -j TRACE
iptables -t raw -D OUTPUT -o cni0 -p icmp -m statistic --mode random --probability 0.25000000000 -m owner ! --uid-owner 65534 -j NOTRACK
iptables -t raw -Z PREROUTING
ip6tables -t raw -D PREROUTING -s ::1 -i veth+ -p all -m mark --mark 0x4000/0x4000 -m addrtype --dst-type LOCAL -j NOTRACK
ip6tables-save
ip6tables -t security -A INPUT -d ::1 -i eth0 -p 47 -m conntrack ! --ctstate INVALID -j TRACE
ip6tables -t raw -A NOPE -s fd00:a:b:: -i docker0 -p sctp -m addrtype --dst-type MULTICAST -m statistic --mode random --probability 0.33333333349 -j MARK --set-xmark 0x4000/0x4000
ip6tables-save
ip6tables -N DOCKER-USER
ip6tables -N f2b-sshd
ip6tables -t nat -A POSTROUTING -j DROP
ip6tables -Z FORWARD
ip6tables -t nat -A PREROUTING ! -s 2001:db8:: -j CONNMARK --restore-mark
ip6tables -E f2b-sshd f2b-sshd-2
ip6tables -S -v
ip6tables-save -c
ip6tables -t filter -nvL
ip6tables -t raw -L -x -v -n
ip6tables-save
ip6tables -A OUTPUT -s ::1/16 ! -o eth1 -p udp -m limit --limit 100/day -j DROP
ip6tables -t nat -L PREROUTING
iptables -t nat -I OUTPUT -s 10.145.116.83 -p udp -m owner --uid-owner 100-200 -j DROP
iptables -t filter -A KUBE-SERVICES -i docker0 -o docker0 -p tcp -m statistic --mode random --probability 0.5 -m iprange ! --dst-range 10.0.0.1-10.0.0.94 -j LOG --log-prefix "IN: " --log-level info
iptables -L KUBE-SERVICES
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [8:353]
:KUBE-SERVICES - [0:0]
-A PREROUTING -p 47 -m addrtype --src-type LOCAL -j MARK --set-xmark 0x4000/0x4000
-A OUTPUT -d 192.106.94.166 -o eth1 -p tcp -j LOG
-A PREROUTING -d 198.119.29.187 -p tcp -m iprange ! --dst-range 10.0.0.1-10.0.0.33 -m state ! --state ESTABLISHED,RELATED -g KUBE-SERVICES
[4:132] -A KUBE-SERVICES -d 198.199.95.90 -o docker0 -p tcp --syn -j LOG --log-prefix "x y"
COMMIT
EOF
iptables -D FORWARD 4
iptables -t security -I FORWARD 1 -m statistic --mode nth --every 10 --packet 1 -m ttl --ttl-lt 142 -j RETURN
iptables-save -t filter
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [2:802]
:KUBE-SERVICES - [0:0]
-A INPUT -p 47 -g KUBE-SERVICES
-A FORWARD -d 127.216.139.230/30 -p udp -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t nat -Z INPUT
iptables -D INPUT -s 127.78.79.253/30 -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.176 -j CONNMARK --set-mark 0x2
ip6tables -t mangle -P POSTROUTING RETURN
ip6tables -A OUTPUT -s fd00:a:b:: -d fd00:a:b:: -o docker0 -p all -m addrtype ! --dst-type MULTICAST -j TRACE
ip6tables -A INPUT -m connmark --mark 0x1 -j MARK --and-mark 0xff
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 101 (conformance/generators/iptables.ts)
iptables -I INPUT 2 -m limit --limit 10/second -m state --state ESTABLISHED,RELATED -j LOG
iptables -t nat -A INPUT -p tcp --sport http -j TRACE
iptables -t security -A OUTPUT -d 127.98.51.103 -p icmp -j TRACE
iptables -S FORWARD 3
iptables -t mangle -R OUTPUT 2 -p tcp -m addrtype --src-type LOCAL -m tcp ! --dport 3000
iptables -A FORWARD -s 127.98.224.45/8 -p sctp -j DROP
iptables -t nat -F
iptables -L
iptables -t mangle -L -v -Z
iptables -t security -A FORWARD -s 127.118.194.224/8 -p tcp -m conntrack --ctstate UNTRACKED -m addrtype --src-type LOCAL -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -D OUTPUT 2
iptables -L -n -v
iptables -t security -Z INPUT
iptables -Z INPUT
ip6tables -A INPUT -p ipv6-icmp -m state ! --state NEW -j MARK --set-mark 0x1
ip6tables -t security -A OUTPUT ! -d fd00:a:b::/128 -j TRACE
ip6tables -t raw -X
ip6tables -t raw -R PREROUTING 2 -p tcp -m connmark --mark 5/0xff -m hl --hl-lt 18
iptables-save -c
iptables -t security -v -X
ip6tables -X INPUT
ip6tables -L OUTPUT -n -v --line-numbers
iptables -t filter -X
iptables -N DOCKER-USER
iptables-save
iptables -I DOCKER-USER 4 -d 10.85.13.70 -p tcp -m tcp --dport 1024 -j DOCKER-USER
iptables -t security -nvL
iptables -t security -S OUTPUT 3
iptables -D OUTPUT -m physdev ! --physdev-is-in -m statistic --mode random --probability 0.1 -j LOG --log-level debug
iptables -t filter -A FORWARD -s 127.73.59.216 -d 198.229.180.52/16 -p tcp -j REJECT --reject-with tcp-reset
iptables -D FORWARD -o docker0 -p tcp --sport 22 -m state --state NEW -g DOCKER-USER
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [4:950]
:KUBE-SERVICES - [0:0]
-A FORWARD -d 127.159.144.199/8 -m state --state ESTABLISHED,RELATED -j CONNMARK --set-mark 0x2
-A KUBE-SERVICES -o docker0 ! -p tcp -m mark --mark 0xffffffff -j KUBE-SERVICES
[0:162] -A OUTPUT -d 192.196.249.95/30 -j DROP
[2:203] -A KUBE-SERVICES ! -s 172.40.9.168 -p 47 -j ACCEPT
COMMIT
EOF
iptables -I INPUT 4 -i lo -o eth+ -p 47 -m mark --mark 0xffffffff -m connmark --mark 5/0xff -j REJECT
iptables -t filter -N KUBE-SEP-XYZ
ip6tables -t mangle -N DOCKER
ip6tables-save -c -t filter
ip6tables -D OUTPUT ! -d ::1/48 -p tcp -m addrtype --src-type UNICAST -m addrtype --dst-type BROADCAST -j RETURN
ip6tables -t raw -S OUTPUT
ip6tables -L -n -v
ip6tables-save -c
ip6tables -t raw -A PREROUTING -p tcp -j DROP
ip6tables -I OUTPUT 2 -p ipv6-icmp -m addrtype --dst-type UNICAST -j DROP
iptables -A DOCKER-USER -s 127.161.198.30 -i docker0
iptables -t filter -w 1 --append OUTPUT -s 10.208.1.240/12 -p icmp -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -A DOCKER-USER -d 127.252.242.208/8 -p 47 -m physdev ! --physdev-is-in -m addrtype --dst-type MULTICAST -j RETURN
iptables -t security -A FORWARD -c 961 11430 -s 127.72.54.230 -o cni0 -p sctp -j TRACE
iptables -t raw -N KUBE-SVC-ABC
iptables -t raw -E KUBE-SVC-ABC KUBE-SVC-ABC-2
iptables -t filter -Z DOCKER-USER 2
ip6tables -t raw -L
ip6tables -A OUTPUT -p tcp -j MARK --set-mark 5/0xff
ip6tables -t filter -L -v -Z
ip6tables -t raw -v -X
ip6tables -X
ip6tables -I INPUT -m addrtype --src-type LOCAL -m addrtype --dst-type BROADCAST -j ACCEPT
ip6tables -t raw -R OUTPUT 1 -p tcp --tcp-flags ALL ALL -m mark ! --mark 0xffffffff -j TRACE
ip6tables -X INPUT
ip6tables-restore -c <<'EOF'
*security
:INPUT DROP [4:828]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 2001:db8:1::1/64 -p all -j CONNMARK --restore-mark --mask 0xff
-A KUBE-SERVICES -s ::1 -d 2001:db8:1::1/16 -p all -m comment --comment "kubernetes service portals" -j CONNMARK --restore-mark --mask 0xff
-A FORWARD -p 47 -m mark --mark 0x10/0xf0 -m mac --mac-source 02:00:00:00:00:72
[4:248] -A FORWARD ! -s fd00:a:b::/48 -d fd00:a:b::/128 -m statistic --mode random --probability 0.33333333349 -m mac --mac-source 02:00:00:00:00:59 -j ACCEPT
COMMIT
EOF
ip6tables -A FORWARD ! -o eth1 -p sctp -j DROP
ip6tables -A FORWARD -d 2001:db8::/16 -i lo -p sctp
ip6tables -t filter -v -A FORWARD ! -s 2001:db8:1::1/64 -p all -j ACCEPT
ip6tables -t filter -L -x -v -n
ip6tables -t security -v -I INPUT 1 -s fd00::/128 -i lo -p tcp -j MARK --set-mark 0x1
ip6tables -t mangle -A DOCKER -s fe80::1/16 -j HL --hl-dec 1
ip6tables -t raw -D PREROUTING 3
ip6tables -t security -N KUBE-SERVICES
iptables -N DOCKER
iptables -v -I INPUT 3 -d 127.150.215.243/24 -m connmark --mark 5/0xff -m limit --limit 5/min -j CONNMARK --set-mark 0x2
ip6tables -A OUTPUT -s fd00:a:b:: -d 2001:db8:1::1/16 -p all -m statistic --mode random --probability 0.1 -m addrtype ! --dst-type MULTICAST
ip6tables -t security -v -I FORWARD 2 -d 2001:db8:1::1/128 -p sctp -m state --state ESTABLISHED,RELATED -m iprange --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 1
iptables-save
ip6tables-save

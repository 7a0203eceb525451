# Random iptables/ip6tables rule set, seed 132 (conformance/generators/iptables.ts)
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [1:979]
:KUBE-SERVICES - [0:0]
-A INPUT -d 198.69.38.3/16 -i lo -p icmp -m limit --limit 5/min --limit-burst 20 -j REJECT --reject-with icmp-admin-prohibited
-A KUBE-SERVICES ! -d 192.61.45.90 -m length --length 1500 -m physdev ! --physdev-is-in -j ACCEPT
-A KUBE-SERVICES -d 127.118.128.176/8 -m limit --limit 3/s -m limit --limit 10/second -j KUBE-SERVICES
-A OUTPUT -s 192.113.36.51/16 -p tcp -m comment --comment "kubernetes service portals" -j RETURN
COMMIT
EOF
iptables -t filter -A KUBE-SERVICES -s 198.109.144.167 -d 172.157.177.168 -p tcp --syn -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -L
iptables -t nat -v -F
iptables -t filter -S
iptables -t mangle -N KUBE-SERVICES
iptables-save
iptables -t mangle -v -F
ip6tables -t nat -Z OUTPUT
ip6tables -I INPUT 2 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m connmark --mark 5/0xff -j NFLOG --nflog-group 2
ip6tables -A FORWARD -s fd00:a:b:: -d fe80::1 -m addrtype --src-type UNICAST -j MARK --and-mark 0xff
ip6tables -t filter -A FORWARD -p sctp -m addrtype --src-type LOCAL -j CONNMARK --restore-mark
ip6tables -v -X
ip6tables -F
iptables -v -A KUBE-SERVICES ! -i eth0 -p sctp -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t mangle -A OUTPUT -c 417 47919 ! -o docker0 -p tcp ! --syn -m statistic --mode random --probability 0.25000000000 -j DSCP --set-dscp 10
iptables -t nat --list INPUT --numeric --line-numbers
iptables -t security -v -A INPUT -s 172.123.34.193 ! -d 10.110.64.233/0 -p 47 -j ACCEPT
iptables -t security -C INPUT -p icmp -j DROP
iptables -D FORWARD ! -s 198.2.51.242/24 -p 47 -m comment --comment "a/b:c -> 10.0.0.1:80" -m physdev --physdev-out eth+ -j KUBE-SERVICES
iptables -t filter -A NOPE -s 192.65.203.25/8 -o eth+ -p tcp -m ttl --ttl-lt 55 -j RETURN
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [8:122]
:RCHAIN - [0:0]
[2:288] -A INPUT -s fd00:: -p 47 -j NFLOG --nflog-group 1
COMMIT
EOF
ip6tables -A OUTPUT ! -s fd00:a:b::/16 -p 47 -m addrtype --dst-type LOCAL -m hl --hl-eq 3 -j RETURN
ip6tables-save -c
ip6tables -t mangle -I FORWARD -i lo -o eth+ -p ipv6-icmp -m pkttype --pkt-type broadcast -m physdev ! --physdev-is-in -j ACCEPT
ip6tables -v -I NOPE 2 -s 2001:db8::/127 -p ipv6-icmp -j TRACE
ip6tables -t filter -L OUTPUT -n -v --line-numbers
ip6tables -t filter -N MYCHAIN
ip6tables -t raw -I PREROUTING -s fe80::1/16 -d 2001:db8:: -i docker0 -j MARK --set-xmark 0x4000/0x4000
ip6tables -S -v
ip6tables -t raw -v -I PREROUTING 2 -d ::1/32 -p all -m statistic --mode random --probability 0.5 -m addrtype --src-type UNICAST -j ACCEPT
ip6tables -A FORWARD -c 503 26408 -i lo -p udp -m conntrack --ctstate NEW -m addrtype --dst-type MULTICAST -j MYCHAIN
ip6tables -t security -L -n
ip6tables -t mangle -A FORWARD -d fd00:a:b::/128 -p all -m conntrack --ctstate UNTRACKED -j RETURN
ip6tables -A FORWARD -s fe80::1 -p sctp -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -Z FORWARD
ip6tables -L -v
ip6tables -t filter -F MYCHAIN
iptables -t raw -A PREROUTING -c 188 14959 -p all -m addrtype ! --dst-type UNICAST -m iprange --dst-range 10.0.0.1-10.0.0.118 -j CT --zone-orig 2
iptables-save -c
iptables -t raw -I OUTPUT -p udp -m udp --dport ssh -m mark --mark 0xffffffff -j TRACE
ip6tables -t filter -A FORWARD -o cni0 -j MARK --set-mark 5/0xff
ip6tables -t filter -A FORWARD -s 2001:db8:1::1/16 -d 2001:db8:1::1/128 ! -o cni0 -p udp -m statistic --mode random --probability 0.25000000000 -j MYCHAIN
ip6tables -w 1 --append INPUT -d fd00:a:b:: -i br0 -m connmark ! --mark 5/0xff -m length --length 1500 -j LOG --log-level info
ip6tables -t mangle -L -v -Z
ip6tables -t security -C INPUT -s 2001:db8::/64 -d fd00:: -p 47 -m addrtype --dst-type MULTICAST -j DROP
ip6tables -t raw -N LOGDROP
iptables -N KUBE-SERVICES
iptables -t filter -v -I KUBE-SERVICES 2 -d 172.109.201.219 -o eth+ -p sctp -j RETURN
iptables-save -c
iptables -t nat -v -X
iptables-save -t security
iptables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -d 172.52.50.209/32 -p tcp --tcp-flags FIN,ACK FIN -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
iptables -t filter -v -I RCHAIN 2 -s 198.50.96.191/0 -o eth+ -p 47 -m statistic --mode nth --every 10 --packet 0 -j RETURN
iptables -A RCHAIN ! -o eth1 -p tcp -m length --length 100:200 -j REJECT --reject-with icmp-net-unreachable
iptables -A FORWARD -s 192.109.138.205/16 -p 47 -j RCHAIN
iptables -N f2b-sshd
ip6tables -t raw -v -X
ip6tables -t nat -A POSTROUTING -d 2001:db8:1::1 -o cni0 -p tcp --tcp-flags FIN,ACK FIN -m length --length 0:64 -j MARK --and-mark 0xff
ip6tables -L -v -Z
ip6tables -X MYCHAIN
ip6tables -t filter -X OUTPUT
ip6tables -t filter -A OUTPUT -p 47 -m connmark --mark 5/0xff -m owner --uid-owner 65534
ip6tables -Z
ip6tables -A FORWARD -p udp -j DSCP --set-dscp 0x2e
ip6tables -t filter -I OUTPUT 3 ! -o docker0 -p udp -m addrtype --dst-type BROADCAST -j CONNMARK --restore-mark
ip6tables -S
ip6tables -t filter -A FORWARD -c 326 28082 -s 2001:db8::/16 -d ::1/32 -m statistic --mode nth --every 2 --packet 0 -j RETURN
ip6tables -t raw -F
ip6tables -N MYCHAIN
iptables-save
ip6tables-save

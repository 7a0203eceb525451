# Random iptables/ip6tables rule set, seed 48 (conformance/generators/iptables.ts)
iptables -t raw -A PREROUTING -s 172.94.1.64/30 -p 47 -j ACCEPT
iptables -t filter -R INPUT 2 -d 10.18.16.76/24 -i docker0 -j LOG --log-level debug
iptables-save -t mangle
iptables-save -t filter
iptables -t raw -N KUBE-SVC-ABC
iptables -t security -A FORWARD -p tcp -m state ! --state NEW -j DROP
iptables -A FORWARD -p tcp --syn --sport domain -j DROP
iptables -t raw -X KUBE-SVC-ABC
iptables-save
iptables -t nat -R PREROUTING 2 -p sctp -m length --length 1500 -j REDIRECT --to-ports 1000-2000
iptables-restore <<'EOF'
*security
:RCHAIN - [0:0]
-A INPUT -i eth0 -p udp -m statistic --mode random --probability 0.1 -j MARK --set-xmark 0x4000/0x4000
-A OUTPUT -o eth+ -p 47 -j TRACE
-A OUTPUT -o eth1 -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.28 -m state --state INVALID -j ACCEPT
COMMIT
EOF
iptables -t filter -nvL
iptables -t filter -D OUTPUT -p icmp -m pkttype --pkt-type multicast -m conntrack --ctstate UNTRACKED -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [6:984]
:DOCKER - [0:0]
-A DOCKER -m statistic --mode random --probability 0.1 -j DOCKER
[1:397] -A FORWARD -m connmark ! --mark 5/0xff
[3:70] -A OUTPUT -s 2001:db8:1::1 -p tcp -j RETURN
-A DOCKER ! -i eth0 -p tcp -m length ! --length 100:200
COMMIT
EOF
ip6tables -t security -D OUTPUT -s 2001:db8:1::1 ! -d fd00:: -p 47 -m owner --uid-owner 100-200 -j DROP
ip6tables -A OUTPUT -o eth+ -p tcp
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:990]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d ::1/32 -p sctp -j LOG
-A OUTPUT -p sctp -g KUBE-SERVICES
COMMIT
EOF
iptables -t filter -C NOPE ! -d 172.81.246.138 -i lo -p icmp -m pkttype --pkt-type multicast -m length --length 0:64 -j TTL --ttl-dec 1
iptables -t nat -A POSTROUTING -o docker0 -p icmp -m owner --uid-owner 65534 -m conntrack ! --ctstate RELATED,ESTABLISHED -j TRACE
iptables -D OUTPUT -s 192.137.61.16 -o eth+ -j NFLOG --nflog-group 1
iptables -I INPUT 3 -i docker0 -p 47 -m addrtype --dst-type MULTICAST -m ttl --ttl-eq 235 -j MARK --set-xmark 0x4000/0x4000
iptables -t security -L INPUT -n -v --line-numbers
iptables -I INPUT -p icmp -j LOG
iptables -t filter -A OUTPUT -s 172.30.142.45 -d 198.0.187.171 -p sctp -m addrtype --src-type UNICAST
iptables -t nat -S POSTROUTING
iptables -A INPUT -m limit --limit 100/day -j DROP
iptables -t security -R OUTPUT 2 -d 10.185.45.30/12 -o docker0 -g RCHAIN
ip6tables -L -v
ip6tables -t raw -P FOO ACCEPT
iptables -S
iptables -A INPUT -i docker0 -m statistic --mode random --probability 0.1 -m state --state INVALID -j CONNMARK --restore-mark
iptables -t nat -A OUTPUT -d 192.10.118.154/12 -m addrtype --dst-type BROADCAST -m addrtype --dst-type UNICAST -j REDIRECT
ip6tables -N LOGDROP
ip6tables -t mangle -A FORWARD -s fe80::1 -o eth+ -p udp -j DSCP --set-dscp 0x2e
ip6tables -t filter -nvL
iptables -P FOO ACCEPT
iptables -t nat -L -v
ip6tables -t nat -A OUTPUT -p udp -m physdev ! --physdev-is-in -j NFLOG --nflog-group 0
ip6tables -t raw -X
ip6tables -D NOPE -p 47 -m connmark ! --mark 5/0xff -j RETURN
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [8:738]
:DOCKER - [0:0]
-A POSTROUTING -o docker0 -p tcp -m conntrack ! --ctstate RELATED,ESTABLISHED -m multiport --ports http,https -j TRACE
-A DOCKER -d fd00:: -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
-A POSTROUTING -d 2001:db8:1::1/32 -p ipv6-icmp -m statistic --mode random --probability 0.5 -m addrtype --src-type LOCAL -j LOG
COMMIT
EOF
ip6tables -X
ip6tables -t raw -A PREROUTING -p 47 -m mark --mark 0xffffffff -m addrtype --src-type UNICAST -j CT --zone 3
ip6tables -F KUBE-SERVICES
iptables -t nat -N KUBE-SEP-XYZ
iptables -t mangle -A FORWARD -p icmp -m ttl --ttl-lt 106 -j NFLOG --nflog-group 0
iptables -D INPUT -s 198.79.192.37 ! -d 198.155.160.27 -p icmp -m addrtype --dst-type BROADCAST -m statistic --mode random --probability 0.25000000000 -j CONNMARK --restore-mark --mask 0xff
iptables -t security -Z
iptables-save -t filter
iptables -t security -P INPUT RETURN
iptables -t raw -A PREROUTING -p tcp -m tcp --dport 80 --tcp-flags ALL ALL -j KUBE-SVC-ABC
iptables -t filter -A OUTPUT -s 172.22.64.60 -p all -j RETURN
iptables -t filter -D FORWARD 1
ip6tables -t filter -L -n --line-numbers
ip6tables -A INPUT ! -d fd00:a:b:: -p udp -j KUBE-SERVICES
ip6tables -X LOGDROP
ip6tables -t filter -F
ip6tables -t security -X
ip6tables -t mangle -A INPUT -j TRACE
ip6tables -t mangle -A FORWARD -p ipv6-icmp -j RETURN
iptables-save
ip6tables-save

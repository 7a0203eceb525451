# Random iptables/ip6tables rule set, seed 186 (conformance/generators/iptables.ts)
iptables -t filter -A NOPE -m comment --comment "kubernetes service portals" -j DROP
ipset test blk 10.0.0.2
iptables -t filter -A FORWARD -p tcp --tcp-flags ALL ALL -j DROP
iptables -t filter -F
iptables -v -X
iptables-save
ipset add six 2001:db8::1
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:436]
:DOCKER - [0:0]
[0:211] -A INPUT -d 127.0.146.233 -m length --length 0:64 -j SET --del-set blk src
-A FORWARD -p tcp -m limit --limit 3/s -m limit --limit 5/min --limit-burst 5 -j LOG --log-prefix "x y"
-A INPUT -s 127.76.144.17/32 -p icmp -m quota --quota 50000 -m ttl --ttl-eq 234 -j CONNMARK --restore-mark
COMMIT
EOF
iptables -A INPUT -i veth+ -p udp -m mac --mac-source 02:00:00:00:00:31 -j NFLOG --nflog-group 4
ipset create six hash:ip family inet6
iptables -t nat -P INPUT DROP
iptables-save
ipset create blk hash:ip
ip6tables -t nat -S -v
ip6tables -t security -S INPUT 2
iptables -t filter -nvL
iptables -A OUTPUT -p tcp -j REJECT --reject-with icmp-admin-prohibited
iptables -t raw -A OUTPUT -s 198.94.79.55 -d 127.167.61.236 -p sctp -m ttl --ttl-eq 40 -m recent --set --name web --seconds 60 -j LOG
iptables -t filter -P FORWARD RETURN
iptables-save -c
iptables --list FORWARD --numeric --line-numbers
iptables -t mangle -A FORWARD -o eth1 -p udp --sport 65535 -m connmark --mark 0x1 -j ACCEPT
iptables -t filter -A FORWARD -s 192.171.22.0/16 -d 192.33.133.172/32 -p tcp -j RETURN
ip6tables -A FORWARD ! -o eth1 -p tcp -m recent --rcheck --name web -j DROP
ip6tables -t filter -I OUTPUT 3 -d 2001:db8:: -j DROP
ipset add svc 10.96.0.0,tcp:80
iptables -L DOCKER 1 -n -v
iptables -t mangle -A OUTPUT ! -d 10.75.56.254/30 -m limit --limit 100/day -j TTL --ttl-inc 2
ip6tables -t raw -L PREROUTING 1 -n -v
iptables -t filter -A OUTPUT -p tcp -m owner --uid-owner 65534 -j TRACE
iptables -t raw -A OUTPUT -p icmp -m recent ! --remove --hitcount 20 -j REJECT --reject-with tcp-reset
ipset del blk 10.0.2.1
ipset -exist create blk hash:ip timeout 600
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:823]
:RCHAIN - [0:0]
-A INPUT -i br0 -p tcp -m recent --rcheck --name SSH --seconds 60 -m quota --quota 50000 -j CONNMARK --restore-mark
COMMIT
EOF
iptables --list RCHAIN --numeric --line-numbers
iptables -Z INPUT 1
iptables -X RCHAIN
ip6tables -t mangle -Z PREROUTING
ip6tables -S INPUT 2
ip6tables -t security -A INPUT -p 47 -j NFLOG --nflog-group 1 --nflog-prefix p
ipset list
iptables -t filter -v -F
iptables -L OUTPUT 2 -n -v
ip6tables -t nat -X
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:819]
:KUBE-SERVICES - [0:0]
-A FORWARD -o eth+ -p sctp -m statistic --mode nth --every 10 --packet 0 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT
-A KUBE-SERVICES -d 172.115.44.102/30 -p sctp -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables -t filter -L -n --line-numbers
ipset create nets hash:net
iptables -t filter -N LOGDROP
iptables -t security -I FORWARD 1 -s 192.33.24.117/24 -d 127.132.133.179/30 -p icmp -j RETURN
ipset flush nets
iptables -t security -F
ip6tables -A FORWARD -s 2001:db8:1::1 -i lo -o docker0 -m statistic --mode random --probability 0.25000000000 -m statistic --mode nth --every 2 --packet 1 -j LOG --log-prefix "drop"
iptables -S OUTPUT 2
iptables -Z OUTPUT 1
iptables -R FORWARD 1 -s 172.116.61.173 -p icmp -m dscp --dscp-class AF41 -m pkttype ! --pkt-type unicast -j RETURN
iptables -t filter -A INPUT -p udp -m state --state INVALID -j NFLOG --nflog-group 4
iptables -v -I KUBE-SERVICES 1 -s 172.129.30.193 -o docker0 -j ACCEPT
ipset add svc 10.96.0.0,tcp:80
ipset add nets 10.2.0.0/16
ip6tables -t filter -w 1 --append INPUT -s fd00:: -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -m connmark --mark 5/0xff -j MARK --set-mark 5/0xff
ip6tables -t mangle -F
ipset add nets 10.2.0.0/16
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:361]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p all -m addrtype --src-type LOCAL -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
ip6tables -t mangle -v -F POSTROUTING
iptables -t filter --list INPUT --numeric --line-numbers
iptables-restore <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A PREROUTING ! -s 192.8.246.210 -p tcp -m mac --mac-source 02:00:00:00:00:55 -m mac --mac-source 02:00:00:00:00:67 -j KUBE-SERVICES
-A OUTPUT -d 198.178.123.200 -i br0 -p sctp -m physdev --physdev-out eth+ -m iprange --dst-range 10.0.0.1-10.0.0.189 -j LOG --log-prefix "IN: "
-A PREROUTING ! -s 192.110.48.74/12 -i veth+ -p 47 -j DROP
COMMIT
EOF
iptables --list LOGDROP --numeric --line-numbers
iptables -S FORWARD 2
iptables-save -c
iptables -A INPUT -c 73 29911 -p udp -j KUBE-SERVICES
iptables-save
ip6tables-save

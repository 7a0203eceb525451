# Random iptables/ip6tables rule set, seed 98 (conformance/generators/iptables.ts)
iptables -A NOPE ! -d 127.58.44.11 -p tcp -m statistic --mode nth --every 3 --packet 0 -j TRACE
iptables -L FORWARD
iptables-save
ip6tables -t mangle -Z OUTPUT
ip6tables -t mangle -I POSTROUTING 4 -s fe80::1/48 -d ::1/32 -p ipv6-icmp -j ACCEPT
ip6tables-save
ip6tables -t raw -S -v
ip6tables -t security -R OUTPUT 2 -i br0 -m limit --limit 100/day -j LOG
ip6tables-save -c
ip6tables -t filter -D INPUT 2
ip6tables -N LOGDROP
ip6tables -t filter -L -n --line-numbers
ip6tables -t mangle -P POSTROUTING RETURN
ip6tables -t raw -F
ip6tables -P FOO RETURN
ip6tables -C INPUT -s fd00::/128 -p tcp -m limit --limit 3/s -j CONNMARK --restore-mark --mask 0xff
ip6tables -N KUBE-SVC-ABC
ip6tables -A KUBE-SVC-ABC -p 47 -j LOGDROP
ip6tables -D NOPE 2
ip6tables -t mangle -P FORWARD DROP
ip6tables -N DOCKER-USER
ip6tables -P FOO ACCEPT
ip6tables -t filter -A DOCKER-USER -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 1
ip6tables -t nat -A POSTROUTING -m connmark --mark 5/0xff -m addrtype --src-type LOCAL -j ACCEPT
ip6tables -t nat -C POSTROUTING -o cni0 -p all -m length --length 1500 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -A INPUT -d fd00::/127 -p sctp -j LOG
ip6tables -D DOCKER-USER 1
ip6tables -t nat -D PREROUTING -d fe80::1/16 -p ipv6-icmp -m statistic --mode random --probability 1 --icmpv6-type 128 -j RETURN
ip6tables -t mangle -A FORWARD -p tcp -j ACCEPT
ip6tables -t mangle -X
iptables -D OUTPUT 3
iptables-save -t nat
iptables -t raw -A OUTPUT -s 198.136.188.213 ! -o cni0 -p sctp -m physdev --physdev-is-bridged -m comment --comment docker -j RETURN
iptables -A INPUT -p sctp -j RETURN
iptables -t filter -C OUTPUT -p tcp -m ttl --ttl-eq 241
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:521]
:KUBE-SERVICES - [0:0]
-A INPUT -i veth+ -p sctp -m comment --comment "kubernetes service portals" -m ttl --ttl-gt 75 -j DSCP --set-dscp-class EF
-A KUBE-SERVICES ! -s 198.162.50.241 -d 127.14.244.254/12 -m addrtype ! --dst-type UNICAST -j MARK --or-mark 0x8
[0:461] -A FORWARD -d 127.71.90.106 -i docker0 -o eth1 -p all
-A FORWARD ! -s 127.210.28.58/8 -i veth+ -p udp -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t mangle -A PREROUTING ! -s fe80::1/127 -p all -m state --state NEW -m iprange --src-range 2001:db8::1-2001:db8::9
iptables -Z KUBE-SERVICES
iptables -t nat -I INPUT 1 -s 10.134.240.79/8 ! -i veth+ -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -m comment --comment "a/b:c -> 10.0.0.1:80" -j LOG --log-prefix "drop"
iptables -F KUBE-SERVICES
iptables -I OUTPUT -p udp -j NOTRACK
iptables -t nat -D POSTROUTING -d 172.202.239.124 -p icmp -m physdev ! --physdev-is-in -m addrtype --src-type UNICAST
iptables -A KUBE-SERVICES -p sctp -j RETURN
iptables -t security -I OUTPUT ! -s 192.104.31.45 -d 192.243.42.32 -p 47 -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j LOG --log-level crit
iptables -t filter -D OUTPUT -s 127.19.21.30 -d 172.128.136.157/30 -p all -j KUBE-SERVICES
ip6tables -D FORWARD -p ipv6-icmp --icmpv6-type 128 -j RETURN
iptables -t mangle -S -v
iptables -t nat -A OUTPUT -d 127.1.144.102/16 -o cni0 -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t nat -L PREROUTING -n -v --line-numbers
ip6tables -t mangle -A NOPE -p udp -m state --state ESTABLISHED,RELATED -j DSCP --set-dscp 0x2e
iptables -t nat -A PREROUTING -p tcp -m statistic --mode nth --every 3 --packet 1 -m statistic --mode nth --every 3 --packet 0 -j DNAT --to-destination 10.0.0.2:8080
iptables -t raw -A OUTPUT -d 192.178.165.142 -p all -m statistic --mode random --probability 0.25000000000 -m statistic --mode nth --every 2 --packet 0 -j RETURN
iptables -t filter -L
iptables -N f2b-sshd
iptables -t nat -nvL
iptables -D NOPE 3
iptables -t security -A FORWARD -d 10.154.100.208/16 ! -o cni0 -p icmp -m pkttype --pkt-type unicast -m addrtype --src-type LOCAL -j RETURN
iptables-save -t mangle -c
iptables -A f2b-sshd -d 192.254.17.90 -m limit --limit 3/s -m comment --comment "a/b:c -> 10.0.0.1:80" -j CONNMARK --save-mark
iptables -t security -A INPUT -d 192.177.110.184 -p sctp -j MARK --set-mark 5/0xff
iptables -t filter -D INPUT -j KUBE-SERVICES
iptables -t filter -Z f2b-sshd
iptables -t filter -P INPUT DROP
ip6tables -S KUBE-SVC-ABC
ip6tables -t filter -I OUTPUT -p sctp -m addrtype --dst-type UNICAST -j ACCEPT
ip6tables -A FORWARD -p tcp -j ACCEPT
ip6tables -L
iptables -A f2b-sshd -d 172.217.48.88 -p all -m statistic --mode nth --every 2 --packet 1 -j DROP
iptables -t security -L -n --line-numbers
iptables -t raw -S
iptables-save
ip6tables-save

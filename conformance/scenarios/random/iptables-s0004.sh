# Random iptables/ip6tables rule set, seed 4 (conformance/generators/iptables.ts)
ip6tables-save -t nat
ip6tables -t nat -A POSTROUTING ! -d 2001:db8:: -p tcp -m length --length 0:64 -m addrtype --src-type LOCAL
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [2:168]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 2001:db8:: -d fe80::1 -m mark --mark 0xffffffff -m statistic --mode nth --every 3 --packet 0 -j KUBE-SERVICES
-A KUBE-SERVICES -s 2001:db8:1::1 -d 2001:db8:: -o eth1 -m state --state ESTABLISHED,RELATED -m length ! --length 100:200 -j ACCEPT
COMMIT
EOF
iptables -t security -L -n --line-numbers
iptables -A INPUT -m length ! --length 0:64 -j LOG --log-prefix "IN: " --log-level 4
iptables -t security -Z FORWARD
iptables -t nat -X
iptables -A INPUT -i br0 -p icmp -m limit --limit 5/min -j REJECT --reject-with icmp-port-unreachable
iptables -t filter -L -n --line-numbers
iptables -A OUTPUT -o cni0 -j MARK --set-xmark 0x4000/0x4000
iptables -t filter -A INPUT -d 198.188.34.123 -i br0 -j LOG
iptables -I INPUT 2 -m physdev --physdev-is-bridged -j TRACE
iptables -D FORWARD -d 198.137.135.59 -p all -j CT --zone-orig 2
iptables -t filter -A OUTPUT -p sctp -j CONNMARK --restore-mark --mask 0xff
iptables -t security -A FORWARD -d 192.91.12.200/16 -i veth+ -j CONNMARK --restore-mark --mask 0xff
iptables-save -t filter -c
iptables -t nat -I PREROUTING -m statistic --mode nth --every 3 --packet 0
iptables -Z OUTPUT
iptables -t nat -A PREROUTING -p icmp -m addrtype --dst-type BROADCAST -m comment --comment docker -j RETURN
iptables-save -t filter
iptables -t filter -A FORWARD -p udp -m statistic --mode nth --every 3 --packet 1 -m length --length 100:200 -j NFLOG --nflog-group 0
iptables -nvL
iptables -Z OUTPUT
iptables -t mangle -F
iptables -t nat -D POSTROUTING -p 47 -m addrtype --src-type LOCAL -m comment --comment docker -j LOG
iptables -X
iptables -I INPUT -p tcp -m ttl --ttl-eq 12 -j RETURN
iptables -L -v
iptables -t nat -A POSTROUTING -d 192.162.75.160 -p sctp -j DSCP --set-dscp 10
iptables -t mangle -A PREROUTING -s 198.134.20.200/32 -j NFLOG --nflog-group 2
iptables -A INPUT ! -p tcp -m addrtype ! --dst-type LOCAL -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -A INPUT -j TRACE
iptables -A OUTPUT ! -o docker0 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.146 -j MARK --set-mark 0x1
iptables -A OUTPUT -o cni0 -p udp -m statistic --mode random --probability 0.5 -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -nvL
iptables -t raw -A PREROUTING -d 172.195.211.159/12 -p icmp -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t mangle -D FORWARD ! -d 127.16.244.38/0 -o cni0 -p all -m state --state NEW -j MARK --or-mark 0x8
iptables -t raw -A OUTPUT -d 192.137.17.200/30 -m addrtype --src-type UNICAST -j LOG
iptables -A INPUT -p sctp -j MARK --and-mark 0xff
iptables -Z
iptables -t mangle -A FORWARD -s 192.151.156.118 -p sctp -m comment --comment "kubernetes service portals" -j DSCP --set-dscp 10
iptables -t nat -D PREROUTING -i veth+ -j LOG --log-prefix "IN: "
iptables-save -t security -c
ip6tables-restore -c <<'EOF'
*security
:INPUT ACCEPT [7:952]
:KUBE-SERVICES - [0:0]
-A INPUT -d fd00:a:b:: -m addrtype --dst-type MULTICAST -j NFLOG --nflog-group 2
COMMIT
EOF
ip6tables -t nat -D INPUT 1
ip6tables -t nat -I INPUT 1 -m statistic --mode nth --every 2 --packet 0 -m addrtype --dst-type BROADCAST -j DROP
iptables -N f2b-sshd
iptables -t nat -X
ip6tables -t nat -X
ip6tables -t nat -L PREROUTING
ip6tables -t mangle -I PREROUTING 3 -s 2001:db8:1::1 -i veth+ -p tcp -j CONNMARK --set-mark 0x2
ip6tables -t filter -A INPUT -s ::1/64 -p udp -j ACCEPT
iptables -E f2b-sshd f2b-sshd-2
ip6tables -Z
ip6tables -t raw -A OUTPUT -s fd00:a:b:: -d 2001:db8:1::1/48 -o docker0 -p ipv6-icmp -m pkttype ! --pkt-type broadcast -j CT --zone-orig 2
ip6tables -t security -A INPUT -j DROP
ip6tables -t raw -A PREROUTING -s fe80::1 -p ipv6-icmp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j NOTRACK
iptables -t raw -S -v
iptables -I FORWARD 2 ! -d 10.199.30.171/30 -p sctp -j REJECT --reject-with icmp-admin-prohibited
iptables -t filter -L -n --line-numbers
iptables-save
ip6tables-save

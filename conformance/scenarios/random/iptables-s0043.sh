# Random iptables/ip6tables rule set, seed 43 (conformance/generators/iptables.ts)
iptables-restore --noflush -c <<'EOF'
*raw
:PREROUTING ACCEPT [5:731]
:DOCKER - [0:0]
-A DOCKER -s 10.18.78.193/32 -p all -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
iptables -A FORWARD -i docker0 -p 47 -m statistic --mode random --probability 1 -m mac --mac-source 02:00:00:00:00:60 -j TRACE
iptables -t security -A INPUT -p icmp -m comment --comment "kubernetes service portals" -j DSCP --set-dscp 0x2e
iptables -t mangle -D PREROUTING 4
iptables -t filter -C NOPE ! -d 192.31.243.223/8 -i eth0 -p tcp -m multiport --ports 22,80:90,8080 -j LOG
iptables -C OUTPUT -p 47 -m owner --uid-owner 0 -m statistic --mode nth --every 3 --packet 0 -j MARK --set-mark 0x1
iptables -t security -D FORWARD 1
ip6tables -A FORWARD -p tcp -m multiport --sports 22,80:90,8080 --tcp-flags ALL ALL -j RETURN
ip6tables -A FORWARD -p ipv6-icmp -m connmark --mark 0x1 -m addrtype --src-type LOCAL -j ACCEPT
ip6tables -Z INPUT
ip6tables -t raw -X
ip6tables -t raw -R PREROUTING 1 ! -s fd00:a:b::/64 -i docker0 -p udp -m mark --mark 0x4000/0x4000 -j DROP
ip6tables -t mangle -I INPUT 3 -d ::1 -p sctp
ip6tables -t nat -A OUTPUT -m physdev --physdev-in veth0 -m addrtype --src-type UNICAST -j MARK --set-mark 5/0xff
ip6tables -t mangle -F
ip6tables -Z
ip6tables -t filter -D INPUT 4
ip6tables -t raw -Z
ip6tables -N MYCHAIN
ip6tables-save
ip6tables -t nat -A PREROUTING -p udp -m multiport --sports http,https -m statistic --mode random --probability 0.25000000000 -j DROP
ip6tables -t filter -A MYCHAIN -s fe80::1/128 -i eth0 -m statistic --mode random --probability 1 -m length --length 1500 -j MYCHAIN
ip6tables -D OUTPUT -s 2001:db8:: -p ipv6-icmp -j CONNMARK --set-mark 0x2
ip6tables -C OUTPUT -o eth1 -p 47 -m owner ! --uid-owner 65534 -m conntrack --ctstate UNTRACKED
iptables -I OUTPUT 1 -p all -m addrtype --dst-type MULTICAST -j LOG --log-prefix "drop"
iptables -L -n
iptables-save
iptables -t filter -L
iptables -t raw -L -n --line-numbers
iptables-restore <<'EOF'
*security
:KUBE-SERVICES - [0:0]
-A FORWARD -p sctp -m mac --mac-source 02:00:00:00:00:42 -m connmark ! --mark 5/0xff -g KUBE-SERVICES
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*mangle
:RCHAIN - [0:0]
-A FORWARD -i br0 -j DROP
COMMIT
EOF
iptables-restore -c <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[3:34] -A INPUT ! -d 10.127.47.62/0 -p udp -m length --length 0:64 -j MARK --set-mark 0x1
-A INPUT -p udp -j TRACE
-A KUBE-SERVICES -s 10.16.183.175/24 -p icmp -m addrtype ! --dst-type LOCAL -j CONNMARK --save-mark
COMMIT
EOF
iptables -A OUTPUT ! -s 172.199.38.172 -p all -j NFLOG --nflog-group 4
iptables -t filter -L -n
iptables -D INPUT 4
iptables -t filter -X
ip6tables -t security -A FORWARD -s 2001:db8:1::1/32 -p tcp -m statistic --mode random --probability 1 -m statistic --mode nth --every 3 --packet 1 -j NFLOG --nflog-group 0
ip6tables -t mangle -L -x -v -n
ip6tables -t filter -D INPUT -s 2001:db8::/32 ! -d fe80::1/127 -p ipv6-icmp -j LOG --log-prefix "x y"
ip6tables -t security -A OUTPUT -s fd00::/127 -d fe80::1 -p tcp --syn -j LOG --log-level info
ip6tables -t raw -Z
ip6tables -A MYCHAIN -s fd00:: -d fd00:a:b:: -i br0 -p ipv6-icmp -m addrtype --src-type UNICAST -m addrtype --src-type UNICAST -j MYCHAIN
ip6tables -L -n -v
ip6tables -t nat -A NOPE -s fd00:a:b::/48 -j ACCEPT
ip6tables -t security -A INPUT -s fd00:a:b::/64 -d fd00::/48 -p tcp -j CONNMARK --set-mark 0x2
iptables -S -v
iptables -t filter -A OUTPUT -p tcp -m pkttype ! --pkt-type unicast -m length --length 0:64 -j MARK --and-mark 0xff
ip6tables -L -x -v -n
ip6tables -t security -S OUTPUT
ip6tables -E MYCHAIN MYCHAIN-2
ip6tables -t filter -Z
iptables -t nat -A PREROUTING -m pkttype --pkt-type broadcast -m statistic --mode random --probability 0.33333333349 -j NFLOG --nflog-group 3
iptables -F
iptables -t filter -S -v
iptables -t mangle -A FORWARD -s 192.244.14.212/16 -p 47 -m limit --limit 100/day --limit-burst 5 -m addrtype --src-type LOCAL -j DROP
iptables -F
ip6tables -t filter -I MYCHAIN-2 4 -o eth1 -m statistic --mode random --probability 0.5 -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A OUTPUT -p 47 -g MYCHAIN-2
ip6tables -t nat -Z
ip6tables -t nat -A POSTROUTING -s fe80::1 -p tcp -j MARK --set-mark 5/0xff
iptables-save
ip6tables-save

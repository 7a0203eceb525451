# Random iptables/ip6tables rule set, seed 110 (conformance/generators/iptables.ts)
iptables -t filter -F
iptables -t raw -v -X
ip6tables -t filter -P INPUT DROP
ip6tables -t mangle -P INPUT ACCEPT
ip6tables -t security -A FORWARD -s fe80::1 -m connmark --mark 5/0xff -m physdev ! --physdev-is-in -j ACCEPT
iptables -t filter -L FORWARD 1 -n -v
iptables -t raw -L PREROUTING 3 -n -v
iptables -t raw -Z NOPE
iptables -t security -C INPUT -s 172.149.13.178/12 -p tcp -m mac --mac-source 02:00:00:00:00:40 -j LOG
ip6tables -t security -C NOPE ! -s ::1 -i br0 -p 47
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [1:367]
:KUBE-SERVICES - [0:0]
[1:123] -A INPUT -s 10.115.40.241 -p udp -m addrtype --src-type UNICAST -m statistic --mode nth --every 10 --packet 1 -j NFLOG --nflog-group 4 --nflog-prefix p
-A KUBE-SERVICES -p icmp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m state --state ESTABLISHED,RELATED -g KUBE-SERVICES
COMMIT
EOF
iptables -t filter -S KUBE-SERVICES 1
ip6tables -C OUTPUT -p all -m conntrack --ctstate ESTABLISHED,RELATED,DNAT
ip6tables-save -c -t nat
ip6tables -t mangle --list POSTROUTING --numeric --line-numbers
ip6tables -I FORWARD 2 -s 2001:db8::/48 -d ::1/48 -i veth+ -o cni0 -p udp -m mark --mark 0xffffffff -m conntrack --ctstate INVALID -j LOG
ip6tables -t raw -A OUTPUT -p udp -m connmark --mark 5/0xff -j MARK --set-xmark 0x4000/0x4000
ip6tables -F
ip6tables -t nat -A INPUT -p tcp -m owner --uid-owner 0 -j RETURN
iptables -t mangle -F
iptables -A FORWARD -s 10.61.144.191/30 -d 172.209.147.54/24 -o cni0 -p tcp -j TRACE
iptables -t security -v -A OUTPUT ! -o eth1 -m state --state NEW -m statistic --mode nth --every 10 --packet 1 -j TRACE
ip6tables -t security -C FORWARD -i docker0 -p tcp -m hl --hl-gt 16 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j LOG
ip6tables -A OUTPUT -c 924 66769 -p all -m hl --hl-eq 13 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t raw -P PREROUTING RETURN
ip6tables-save -t raw
ip6tables -v -F FORWARD
ip6tables-save -c
ip6tables -t raw -A PREROUTING -s 2001:db8:1::1 -p all -m length --length 1500 -j TRACE
ip6tables -t filter -F
ip6tables-save -c -t nat
ip6tables -Z FORWARD 1
ip6tables -t filter -v -I INPUT 2 -s fd00:a:b::/64 -p tcp -m hl --hl-lt 103 -j REJECT --reject-with icmp6-port-unreachable
iptables -t filter -Z INPUT
iptables -t security -v -F
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER -m addrtype --dst-type MULTICAST -g KUBE-SERVICES
[1:414] -A INPUT -p icmp -m statistic --mode random --probability 0.1 -j LOG --log-prefix "IN: "
-A FORWARD -p udp -j NFLOG --nflog-group 3 --nflog-prefix p
[1:55] -A INPUT ! -d 127.48.3.183 -i veth+ -p 47 -m length ! --length 100:200 -j DSCP --set-dscp 0x2e
COMMIT
EOF
iptables -t mangle -X
iptables -t raw -v -F
iptables -t mangle -A PREROUTING -s 172.137.186.216/16 -m pkttype ! --pkt-type unicast -m conntrack --ctstate INVALID -j MARK --set-mark 0x1
iptables -t nat -N KUBE-SEP-XYZ
ip6tables -t security -L -n -v
ip6tables -L -n --line-numbers
iptables -t security -Z FORWARD
iptables -t mangle -L
iptables -D OUTPUT 4
iptables -t nat -A INPUT -p icmp -m statistic --mode random --probability 0.1 -m length --length 1500 -g KUBE-SEP-XYZ
ip6tables -t mangle -v -X
ip6tables -t raw -v -I PREROUTING 1 -d fd00:a:b:: -p all -j ACCEPT
ip6tables -t filter -nvL
ip6tables -t raw -v -I OUTPUT 3 -j DROP
iptables -t security -N f2b-sshd
iptables -A KUBE-SERVICES -s 198.76.77.154/0 -o cni0 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -m state --state ESTABLISHED,RELATED -j NOTRACK
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [0:404]
:RCHAIN - [0:0]
[2:65] -A INPUT -s 198.121.98.176 -p tcp -j DOCKER
-A RCHAIN ! -i eth0 -o eth1 -p icmp -m comment --comment docker -m length --length 0:64 -j CONNMARK --restore-mark --mask 0xff
-A RCHAIN -s 192.176.83.216 -d 172.119.174.21/8 -p sctp -j DROP
-A FORWARD -s 127.182.161.249 ! -d 10.76.6.106 -o cni0 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.90 -m limit --limit 5/min -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t filter -R FORWARD 3 -p all -m physdev --physdev-is-bridged -m mark --mark 0xffffffff -j DROP
iptables-save -c -t raw
ip6tables -v -I INPUT 3 -s fd00:a:b::/64 -p sctp -m addrtype --src-type UNICAST -m pkttype --pkt-type broadcast -j DROP
ip6tables -A FORWARD -p ipv6-icmp -m statistic --mode random --probability 0.5 -m addrtype --dst-type LOCAL -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables-save
iptables-save -t filter
ip6tables-save -c -t filter
ip6tables -Z FORWARD
ip6tables -t security -A FORWARD -c 772 29463 -s 2001:db8:1::1/16 -d fe80::1 ! -i lo -o docker0 -p sctp -m hl --hl-gt 171
ip6tables -w 1 --append FORWARD -p tcp -m physdev --physdev-out eth+ -m comment --comment "kubernetes service portals" -j TRACE
ip6tables -t mangle -D INPUT 4
ip6tables -t nat -S INPUT 3
ip6tables -L OUTPUT
ip6tables -t filter -Z INPUT
ip6tables -t mangle -L -v -Z
ip6tables -t mangle -D PREROUTING -p tcp -m limit --limit 10/second --limit-burst 5 -m multiport ! --ports 22,80:90,8080 -j RETURN
ip6tables -t nat -A PREROUTING -d fd00::/32 -p ipv6-icmp -m physdev --physdev-out eth+ -j MARK --set-mark 0x1
iptables-save
ip6tables-save

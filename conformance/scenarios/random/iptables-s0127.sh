# Random iptables/ip6tables rule set, seed 127 (conformance/generators/iptables.ts)
iptables -A FORWARD ! -s 127.224.107.166/12
iptables -v -F INPUT
iptables -t filter -I OUTPUT 3 -s 127.51.195.23/16 -d 127.34.211.19 -o docker0 -p icmp -m pkttype --pkt-type broadcast -j NFLOG --nflog-group 1
iptables-save -c -t filter
iptables -A INPUT -c 877 9162 -d 127.167.87.212 -i lo -j MARK --set-xmark 0x4000/0x4000
iptables -t raw -v -A PREROUTING -p tcp -m tcp --dport 0 -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 1
iptables -t nat -A INPUT -s 198.60.77.14 ! -d 127.193.118.94 -p tcp -m addrtype --src-type UNICAST -m pkttype --pkt-type broadcast -j TRACE
iptables -t raw -Z PREROUTING 1
iptables -t security -A FORWARD -p sctp -m statistic --mode random --probability 0.33333333349 -j CONNMARK --restore-mark --mask 0xff
iptables -N KUBE-SEP-XYZ
iptables -t filter -Z INPUT
iptables -t nat -A OUTPUT
iptables -t filter -A INPUT ! -s 172.42.223.120/24 -p sctp -m statistic --mode random --probability 0.33333333349 -j MARK --and-mark 0xff
iptables -t security -N DOCKER
iptables-save -t filter
iptables -t nat -A INPUT -s 172.113.50.26/30 ! -i docker0 -p tcp -m length --length 1500 -j ACCEPT
ip6tables -t filter -N KUBE-SEP-XYZ
ip6tables -t raw -A OUTPUT -j CONNMARK --save-mark
ip6tables -A OUTPUT -s 2001:db8::/128 -m connmark ! --mark 5/0xff -m pkttype --pkt-type multicast -j CONNMARK --save-mark
ip6tables -t security -v -I FORWARD 3 ! -s fd00:a:b::/64 -o cni0 -p udp -j RETURN
ip6tables -t raw -w 1 --append OUTPUT -m pkttype --pkt-type unicast -m addrtype --src-type UNICAST -j RETURN
ip6tables -t mangle -S -v
ip6tables-save -c
ip6tables-save -c
ip6tables -nvL
ip6tables -v -I FORWARD 1 -o eth+ -p tcp -j TRACE
ip6tables -w 1 --append KUBE-SEP-XYZ -o eth1 -p all -j MARK --or-mark 0x8
ip6tables -t raw -A PREROUTING -m statistic --mode nth --every 10 --packet 1 -j RETURN
ip6tables-restore --noflush -c <<'EOF'
*nat
:PREROUTING ACCEPT [2:856]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p tcp -g KUBE-SERVICES
[3:467] -A PREROUTING -p 47 -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t raw --list OUTPUT --numeric --line-numbers
ip6tables -v -X KUBE-SEP-XYZ
ip6tables -Z OUTPUT 2
ip6tables -t nat -P OUTPUT DROP
ip6tables -t nat -Z PREROUTING 3
ip6tables -L FORWARD
ip6tables -t mangle -A POSTROUTING -d ::1 -m iprange --src-range 2001:db8::1-2001:db8::9 -m mark --mark 0x4000/0x4000 -j TRACE
ip6tables -P OUTPUT RETURN
ip6tables -t mangle -A OUTPUT -d ::1 -m physdev ! --physdev-is-in -m comment --comment "a/b:c -> 10.0.0.1:80" -j MARK --or-mark 0x8
ip6tables-save -t nat
ip6tables -C INPUT -s fd00:: -p tcp -j TRACE
ip6tables -t filter -v -I OUTPUT 2 -s fe80::1/48 -d fe80::1/32 -o cni0 -p tcp -j REJECT --reject-with icmp6-no-route
ip6tables -t mangle -A OUTPUT -c 403 55701 -p sctp -m state --state ESTABLISHED,RELATED -j CONNMARK --set-mark 0x2
ip6tables-save -t mangle
ip6tables -t raw -C OUTPUT ! -s fd00:a:b:: -m state --state INVALID -m addrtype ! --dst-type UNICAST -j CONNMARK --restore-mark
ip6tables-save -c
ip6tables -t mangle -N KUBE-SVC-ABC
ip6tables -t raw -X OUTPUT
ip6tables -D OUTPUT 4
ip6tables -L -v -Z
ip6tables -I KUBE-SEP-XYZ -s fd00:: -d ::1/48 -i veth+ -m addrtype --dst-type UNICAST -m mark --mark 0x4000/0x4000 -j RETURN
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [5:186]
:DOCKER - [0:0]
-A FORWARD ! -d fd00:a:b::/16 -o eth1 -m addrtype --src-type LOCAL -j ACCEPT
-A INPUT -d ::1 -j RETURN
-A OUTPUT ! -s 2001:db8:1::1/64 -i br0 -j REJECT --reject-with tcp-reset
COMMIT
EOF
ip6tables -N KUBE-SERVICES
ip6tables -t filter -v -I FORWARD 3 -d fe80::1 -m conntrack ! --ctstate UNTRACKED -j DOCKER
ip6tables -A KUBE-SERVICES -s fd00::/128 -i br0 -p tcp --tcp-flags ALL ALL
ip6tables -t nat -D POSTROUTING -s 2001:db8:: -d fd00:a:b:: -p all -j LOG --log-level 4
ip6tables -R OUTPUT 3 -j ACCEPT
ip6tables-save -c -t raw
ip6tables -t security -D FORWARD -s 2001:db8:1::1/16 -m limit --limit 5/min --limit-burst 1 -m pkttype --pkt-type multicast -j CONNMARK --save-mark
ip6tables -S DOCKER 3
ip6tables -D FORWARD 4
ip6tables-save -t nat -c
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [0:549]
:KUBE-SERVICES - [0:0]
-A INPUT ! -s ::1/32 -d ::1/16 -i veth+ -p 47 -m mac --mac-source 02:00:00:00:00:17 -m state --state ESTABLISHED,RELATED -j ACCEPT
-A OUTPUT -o cni0 -p tcp -m mark --mark 0xffffffff -m pkttype --pkt-type multicast -j DROP
COMMIT
EOF
iptables -S INPUT 3
iptables -N LOGDROP
ip6tables -t filter -L -n -v
iptables -E LOGDROP LOGDROP-2
iptables -I INPUT 3 -s 172.126.17.216 -p icmp -m mark --mark 0x4000/0x4000 -m connmark ! --mark 0x1 -j ACCEPT
iptables -t raw -A OUTPUT -c 176 7136 -p icmp -j LOG --log-prefix "drop"
iptables-restore <<'EOF'
*security
:RCHAIN - [0:0]
-A INPUT -p tcp -m mac --mac-source 02:00:00:00:00:80 -j MARK --set-xmark 0x4000/0x4000
-A OUTPUT -d 192.200.226.51/12 -m owner --uid-owner 100-200 -m pkttype --pkt-type multicast -j RETURN
COMMIT
EOF
iptables -X OUTPUT
iptables-save
ip6tables-save

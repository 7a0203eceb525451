# Random iptables/ip6tables rule set, seed 121 (conformance/generators/iptables.ts)
iptables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -s 127.136.192.8/30 -p tcp -j CONNMARK --save-mark
-A FORWARD -i veth+ -o eth+ -p all -m state --state INVALID -j ACCEPT
-A OUTPUT -s 127.136.211.115/32 -j CONNMARK --save-mark
COMMIT
EOF
iptables --list OUTPUT --numeric --line-numbers
iptables-save -c
iptables -I INPUT 2 -s 127.215.138.195 -p 47 -j RCHAIN
iptables -t raw -X PREROUTING
iptables -w 1 --append FORWARD -p icmp -j REJECT
iptables -t security -L INPUT
iptables -R NOPE 3 -m physdev ! --physdev-is-in -j LOG --log-level info
iptables -t filter -A RCHAIN ! -d 10.89.149.118 -i lo -p all
ip6tables -t security -A INPUT -d fe80::1/127 -i lo -p tcp -m physdev --physdev-in veth0 -m tcp --dport 53:1000 -j RETURN
ip6tables -A OUTPUT ! -i veth+ -o eth+ -p ipv6-icmp -j LOG
ip6tables -A OUTPUT -p tcp -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -A OUTPUT -j ACCEPT
ip6tables -t nat -A PREROUTING -c 720 57889 -i lo -p tcp -m state --state ESTABLISHED,RELATED -m mac --mac-source 02:00:00:00:00:41 -j DROP
ip6tables -t raw -v -I OUTPUT 1 -d fd00::/48 -p udp -m conntrack --ctstate RELATED,ESTABLISHED -j NOTRACK
ip6tables -t raw -A OUTPUT -d 2001:db8::/16 -o eth1 -p tcp -j CONNMARK --restore-mark --mask 0xff
iptables -A FORWARD -d 10.158.185.73/30 -p sctp -m physdev ! --physdev-is-in -m statistic --mode nth --every 10 --packet 1 -j RETURN
iptables -t filter -F
iptables -A INPUT -p udp -m udp --dport 22:65535 -j CONNMARK --restore-mark --mask 0xff
iptables -P FORWARD RETURN
ip6tables -t nat -A POSTROUTING -s fd00:a:b::/16 -p ipv6-icmp -j DROP
ip6tables -A FORWARD -d fd00::/128 -p sctp -m hl --hl-eq 210 -j DROP
iptables -C RCHAIN -p udp -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t nat -v -F
ip6tables -t nat -Z INPUT 2
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [4:464]
:KUBE-SERVICES - [0:0]
[1:491] -A OUTPUT -s fd00::/127 -m pkttype --pkt-type multicast -j ACCEPT
-A PREROUTING -p all -m length ! --length 100:200 -m state --state INVALID -j DROP
[4:70] -A PREROUTING ! -d ::1 -i eth0 -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t nat -v -X
ip6tables -t filter -L -v -Z
iptables -t nat -v -X
iptables -t raw --list OUTPUT --numeric --line-numbers
ip6tables -t raw -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t mangle -v -F
iptables -t filter -L -v -Z
iptables -v -A RCHAIN -s 10.144.229.41 -d 172.188.210.154/8 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.192 -m length ! --length 1500 -j ACCEPT
iptables -t nat -N KUBE-SERVICES
iptables -t mangle -w 1 --append POSTROUTING -p udp -j ACCEPT
iptables -t security -X FORWARD
iptables -t raw -A PREROUTING -p tcp -m tcp ! --dport 8080 -j ACCEPT
iptables -t filter -E RCHAIN RCHAIN-2
iptables -A FORWARD -s 192.72.204.26/12 -i veth+ -m mac --mac-source 02:00:00:00:00:21 -m pkttype --pkt-type broadcast -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t raw -L -n -v
iptables -N KUBE-SVC-ABC
ip6tables -t nat -A INPUT -p sctp -j SNAT --to-source 2001:db8::1
iptables -L -n --line-numbers
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [5:113]
:DOCKER - [0:0]
[1:150] -A INPUT -p all -m statistic --mode random --probability 0.5 -j DROP
-A DOCKER ! -s 172.219.242.177 -p all -m statistic --mode random --probability 0.1 -m state ! --state INVALID -j DOCKER
-A FORWARD ! -o eth1 -p icmp -m connmark --mark 5/0xff -m statistic --mode nth --every 10 --packet 1 -j RETURN
-A OUTPUT ! -s 10.208.155.108/30 -d 198.50.228.28 -p all -m physdev --physdev-is-bridged -m addrtype --dst-type BROADCAST -j DOCKER
COMMIT
EOF
iptables -A INPUT -s 192.99.70.190/16 -p all -m comment --comment docker -m conntrack --ctstate UNTRACKED -j CONNMARK --restore-mark
iptables -t security -D FORWARD -p tcp -m mark --mark 1 -m state ! --state ESTABLISHED,RELATED -j LOG --log-prefix "IN: " --log-level 7
iptables -t security -v -X
iptables -t raw -L -x -v -n
iptables -t nat -N LOGDROP
iptables -t raw -A PREROUTING -s 127.170.122.49/0 -i veth+ -p tcp -m ttl --ttl-gt 150 -m statistic --mode nth --every 2 --packet 1 -j MARK --set-mark 0x1
iptables -t security -D OUTPUT -p sctp -m physdev --physdev-is-bridged -j MARK --set-mark 0x1
iptables -I RCHAIN-2 -d 172.204.17.41 -p all -m addrtype --src-type UNICAST -m addrtype --src-type LOCAL -j ACCEPT
iptables -t nat -X PREROUTING
iptables -t filter -A OUTPUT -o docker0 -p udp -j LOG --log-prefix "x y"
iptables -D KUBE-SVC-ABC 1
iptables -A FORWARD -c 440 9029 -s 198.149.148.79 -m pkttype --pkt-type broadcast -m iprange ! --dst-range 10.0.0.1-10.0.0.40 -g RCHAIN-2
ip6tables -t raw -X PREROUTING
iptables -t raw -A OUTPUT -p tcp -m mark --mark 0xffffffff -j ACCEPT
iptables -v -X KUBE-SVC-ABC
ip6tables -D OUTPUT -p tcp -m statistic --mode random --probability 0.5 -j ACCEPT
ip6tables -t filter -C FORWARD -s 2001:db8:1::1 -m state --state INVALID -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j LOG --log-prefix "x y" --log-level debug
ip6tables -v -I OUTPUT 3 -d 2001:db8::/127 -o docker0 -j MARK --set-xmark 0x4000/0x4000
iptables -v -A KUBE-SVC-ABC -d 172.187.45.71 -i docker0 -o eth+ -m limit --limit 100/day -m addrtype --src-type LOCAL -j DROP
iptables -v -X
iptables -A INPUT -i eth0 -p tcp -j DROP
iptables -t filter -A INPUT -s 192.168.186.240 -p 47 -m ttl --ttl-gt 185 -j RETURN
iptables -t raw -Z
iptables -t nat -I PREROUTING 4 -i veth+ -p tcp -m physdev --physdev-is-bridged --tcp-flags ALL NONE
iptables -t security --list INPUT --numeric --line-numbers
iptables-save
ip6tables-save

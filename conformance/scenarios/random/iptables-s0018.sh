# Random iptables/ip6tables rule set, seed 18 (conformance/generators/iptables.ts)
iptables -F
iptables -t mangle -I INPUT 1 -i br0 -p all -m addrtype --dst-type LOCAL -j DROP
iptables -t security -S FORWARD
iptables -R OUTPUT 1 ! -o docker0 -p tcp -m physdev --physdev-out eth+ -m statistic --mode nth --every 2 --packet 0 -j RETURN
iptables -t raw -P FOO DROP
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:988]
:RCHAIN - [0:0]
-A RCHAIN -s fd00:a:b:: -i eth0 -p udp -j RETURN
-A RCHAIN -s fd00:a:b::/128 -p udp -m length ! --length 100:200 -m statistic --mode random --probability 0.25000000000 -g RCHAIN
-A RCHAIN ! -i veth+ -o eth1 -p udp -m limit --limit 5/min -j RETURN
-A FORWARD -j RCHAIN
COMMIT
EOF
ip6tables -t security -R FORWARD 2 -s 2001:db8:: -p tcp -m connmark --mark 5/0xff -m state --state ESTABLISHED,RELATED -j ACCEPT
ip6tables -A RCHAIN ! -s 2001:db8:: -p ipv6-icmp -m addrtype --dst-type MULTICAST -j REJECT --reject-with icmp6-no-route
ip6tables -A FORWARD -o docker0 -p udp -j RETURN
ip6tables -t filter -A FORWARD -d fd00:a:b::/64 -p 47 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -I INPUT 3 -s fd00:: -p all -m owner --uid-owner 65534 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -S -v
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:353]
:DOCKER - [0:0]
-A OUTPUT -s 2001:db8:1::1 -p udp -j MARK --or-mark 0x8
COMMIT
EOF
ip6tables -t mangle -S POSTROUTING
ip6tables-save
ip6tables -t filter -N MYCHAIN
ip6tables -F RCHAIN
ip6tables -F
ip6tables -A FORWARD -o eth1 -p 47 -m mark --mark 0xffffffff -m connmark --mark 0x1 -j MARK --set-mark 5/0xff
ip6tables -t raw -A PREROUTING ! -i docker0 -p udp -m statistic --mode random --probability 0.25000000000 -m pkttype --pkt-type unicast -j RETURN
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [5:788]
:RCHAIN - [0:0]
-A RCHAIN -m iprange --dst-range 10.0.0.1-10.0.0.181 -m statistic --mode nth --every 3 --packet 0 -j ACCEPT
-A FORWARD -p 47 -m statistic --mode random --probability 0.25000000000 -m iprange --dst-range 10.0.0.1-10.0.0.59 -g RCHAIN
-A INPUT -d 127.95.11.66/16 -i veth+ -p icmp -m physdev --physdev-in veth0 -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
[4:136] -A FORWARD -o eth1 -p sctp -j RCHAIN
COMMIT
EOF
iptables -t nat -A INPUT -i eth0 -p udp -m pkttype --pkt-type broadcast -m limit --limit 3/s --limit-burst 20 -j DNAT --to-destination 10.0.0.2:8080
iptables -t security -S
ip6tables -D NOPE 3
ip6tables -Z
ip6tables -t mangle -L -v
ip6tables -t nat -R INPUT 3 -s 2001:db8:1::1 -d fd00:a:b::/48 -i docker0 -p udp -m hl --hl-eq 244 -m multiport ! --ports 53 -j DNAT --to-destination '[fd00::3]:8080'
ip6tables -t security -N KUBE-SVC-ABC
ip6tables -t security -A KUBE-SVC-ABC -o docker0 -p sctp -g KUBE-SVC-ABC
ip6tables -t nat -I INPUT 3 -s 2001:db8:1::1 -p udp -m multiport ! --ports 53 -m iprange --src-range 2001:db8::1-2001:db8::9 -j SNAT --to-source 2001:db8::1 --random-fully
ip6tables -I NOPE 4 -d 2001:db8:: ! -o eth+ -p tcp --syn -m owner --uid-owner 65534 -j RETURN
ip6tables -t nat -I PREROUTING -p udp -j CONNMARK --restore-mark --mask 0xff
ip6tables -A MYCHAIN -i docker0 -p all -m statistic --mode nth --every 10 --packet 0 -j NFLOG --nflog-group 3
ip6tables -A OUTPUT -s 2001:db8::/16 -o eth+ -p sctp -m state --state NEW
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [1:595]
:KUBE-SERVICES - [0:0]
[0:17] -A POSTROUTING -s fd00::/32 -p ipv6-icmp -j CT --notrack
[4:154] -A POSTROUTING ! -s 2001:db8:1::1 -d 2001:db8:1::1 -p sctp -m addrtype --src-type UNICAST -j KUBE-SERVICES
-A KUBE-SERVICES ! -i lo -p sctp -j DNAT --to-destination 2001:db8::1
-A PREROUTING ! -d fe80::1/127 -p all -m state --state NEW -m connmark --mark 0x1 -j DNAT --to-destination 2001:db8::1
COMMIT
EOF
ip6tables -t raw -L OUTPUT
ip6tables -t raw -X
ip6tables -F
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [2:576]
:RCHAIN - [0:0]
[2:264] -A PREROUTING ! -s 2001:db8::/127 ! -d fd00::/64 -p sctp -m state --state NEW -m comment --comment "a/b:c -> 10.0.0.1:80" -j RCHAIN
-A RCHAIN -d fd00::/128 -o eth1 -p tcp -m statistic --mode nth --every 3 --packet 0 -j MASQUERADE
-A POSTROUTING -p tcp -j KUBE-SERVICES
[1:470] -A RCHAIN -s 2001:db8:1::1/32 -p udp -j CONNMARK --save-mark
COMMIT
EOF
iptables -t mangle -A OUTPUT -d 10.150.49.201 -p udp -j LOG --log-level info
ip6tables -A MYCHAIN -i br0 -j RETURN
ip6tables -t mangle -I POSTROUTING -p ipv6-icmp -j CONNMARK --save-mark
ip6tables -A OUTPUT -p sctp -j NFLOG --nflog-group 4
ip6tables -A MYCHAIN -s ::1/128 -i br0 -p tcp -m addrtype --src-type UNICAST -m multiport --dports 53 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -D DOCKER 1
ip6tables -t security -L
ip6tables -R DOCKER 2 -s fd00:: -m pkttype --pkt-type multicast -m conntrack --ctstate RELATED,ESTABLISHED -j DOCKER
ip6tables -t raw -X
ip6tables -t filter -D MYCHAIN -p tcp -j REJECT --reject-with icmp6-adm-prohibited
ip6tables-restore <<'EOF'
*security
:INPUT DROP [6:296]
:KUBE-SERVICES - [0:0]
[4:209] -A KUBE-SERVICES -p ipv6-icmp -m limit --limit 1/hour --limit-burst 1
COMMIT
EOF
ip6tables -t filter -A FORWARD -d fd00:: -p sctp -j MYCHAIN
ip6tables -t raw -D OUTPUT 2
ip6tables -X RCHAIN
ip6tables -t raw -C PREROUTING -p 47 -m physdev --physdev-is-bridged -j LOG --log-prefix "drop" --log-level 4
ip6tables -A RCHAIN -s fd00:: -j REJECT --reject-with tcp-reset
ip6tables -t filter -L OUTPUT -n -v --line-numbers
ip6tables -t mangle -X
iptables -t raw -F
ip6tables -t mangle -I FORWARD -d fd00:a:b::/127 -j ACCEPT
ip6tables -t nat -A RCHAIN -o eth1 -p sctp -m addrtype --src-type UNICAST -j CONNMARK --save-mark
iptables-save
ip6tables-save

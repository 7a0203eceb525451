# Random iptables/ip6tables rule set, seed 105 (conformance/generators/iptables.ts)
iptables-restore -c <<'EOF'
*raw
:RCHAIN - [0:0]
-A RCHAIN -m addrtype --dst-type MULTICAST -m conntrack --ctstate INVALID -j NFLOG --nflog-group 0
COMMIT
EOF
iptables -A NOPE -c 386 47040 -m connmark --mark 0x1 -m physdev --physdev-out eth+ -j DROP
iptables -t mangle -I INPUT -p tcp -j LOG --log-prefix "x y"
iptables -t filter -A FORWARD -i docker0 -p 47 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t security -A OUTPUT -p icmp -m pkttype --pkt-type unicast -j LOG --log-level 4
iptables -D INPUT -i veth+ -p all -m physdev --physdev-in veth0 -m limit --limit 5/min -j REJECT --reject-with icmp-net-unreachable
iptables -t mangle -A OUTPUT -p icmp -j MARK --set-mark 0x1
iptables -L -v
iptables --list INPUT --numeric --line-numbers
iptables -F
iptables -t filter -A OUTPUT -d 172.80.99.97 -p all -m connmark ! --mark 0x1 -m addrtype ! --dst-type UNICAST -j DNAT --to-destination 172.17.0.2
iptables -t filter -L -n
iptables -t raw -D OUTPUT -s 10.236.25.125/32 -d 198.71.80.255 -p udp -j ACCEPT
iptables-save
iptables -F
iptables -t filter -v -X
iptables -A OUTPUT -d 192.38.78.93 -m statistic --mode nth --every 2 --packet 0 -j RETURN
iptables-save
iptables -t security -X
iptables -L -n --line-numbers
iptables -A FORWARD -p tcp -m physdev --physdev-in veth0 -m pkttype --pkt-type multicast -j TRACE
iptables -A FORWARD -p 47 -m comment --comment "a/b:c -> 10.0.0.1:80"
iptables -t nat -L -n --line-numbers
ip6tables -t security -I NOPE 3 -j RETURN
ip6tables -A INPUT -p sctp -j REJECT --reject-with tcp-reset
ip6tables -v -I OUTPUT 2 ! -d fd00:a:b::/64 -p all -j ACCEPT
ip6tables -S
iptables -t nat -P POSTROUTING ACCEPT
ip6tables -t filter -w 1 --append INPUT -s fd00:a:b::/128 ! -i docker0 -p all -j DROP
ip6tables -A FORWARD -d 2001:db8:1::1 -o docker0 -j RETURN
ip6tables -t raw -A OUTPUT -c 306 38186 -p tcp -j NFLOG --nflog-group 2
ip6tables -t filter -F
ip6tables -t raw -I OUTPUT 1 -p tcp -j CONNMARK --restore-mark
ip6tables -t raw -A OUTPUT -c 913 42262 ! -d 2001:db8:1::1 -p ipv6-icmp -m physdev ! --physdev-is-in -j CONNMARK --save-mark
ip6tables -t filter -L -n -v
ip6tables -t filter -A INPUT -m statistic --mode random --probability 0.25000000000 -j DROP
ip6tables -D OUTPUT 2
ip6tables -N MYCHAIN
ip6tables -t filter -L
ip6tables -t mangle -N KUBE-SEP-XYZ
ip6tables-save
ip6tables -t mangle -A INPUT -p ipv6-icmp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j KUBE-SEP-XYZ
ip6tables -t filter -Z INPUT
ip6tables -t filter -R FORWARD 2 -m limit --limit 10/second --limit-burst 5 -j CONNMARK --restore-mark
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [6:589]
:DOCKER - [0:0]
-A DOCKER -o docker0 -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -g DOCKER
-A PREROUTING -p all -m conntrack --ctstate INVALID -m pkttype --pkt-type unicast -j DOCKER
-A DOCKER ! -i veth+ ! -o docker0 -p all -j LOG --log-level crit
-A DOCKER -o docker0 -j DROP
COMMIT
EOF
ip6tables -t security -A FORWARD -p udp
ip6tables -t security -S OUTPUT 2
ip6tables -F MYCHAIN
ip6tables -t mangle -w 1 --append INPUT -p sctp -m statistic --mode random --probability 0.25000000000 -j CONNMARK --restore-mark
ip6tables -S OUTPUT 2
ip6tables -t filter -C MYCHAIN -s fd00::/32 ! -i veth+ -p tcp -j MARK --set-mark 0x1
ip6tables -A MYCHAIN -p 47 -m statistic --mode random --probability 0.33333333349 -j RETURN
ip6tables -t mangle -A INPUT -p sctp -m physdev --physdev-in veth0 -m limit --limit 10/second -j KUBE-SEP-XYZ
ip6tables -t mangle -R POSTROUTING 3 -p ipv6-icmp -m owner --uid-owner 65534 -m addrtype --src-type UNICAST -j KUBE-SEP-XYZ
ip6tables -t nat -A OUTPUT -o cni0 -p tcp -j ACCEPT
ip6tables -I OUTPUT -s fd00:: -g MYCHAIN
ip6tables-save
iptables -t mangle -R FORWARD 3 -p udp -j TRACE
iptables -t nat -D INPUT -p sctp -j MARK --set-mark 5/0xff
ip6tables-restore <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
[2:116] -A OUTPUT -p all -j REDIRECT
-A OUTPUT -s ::1/48 -p ipv6-icmp -m length --length 0:64 -m limit --limit 1/hour --limit-burst 5 -j MARK --set-xmark 0x4000/0x4000
-A OUTPUT ! -s fd00::/48 -m hl --hl-eq 183 -m state ! --state NEW -j NFLOG --nflog-group 0 --nflog-prefix p
-A POSTROUTING ! -s fd00:a:b:: -d 2001:db8::/32 -p ipv6-icmp -m connmark ! --mark 0x1 -j RETURN
COMMIT
EOF
ip6tables -A MYCHAIN -o eth+ -p sctp -m mark --mark 1 -m addrtype --src-type UNICAST -j CONNMARK --restore-mark
ip6tables -F
ip6tables -I INPUT -d fd00::/64 -i eth0 -p ipv6-icmp -m statistic --mode random --probability 0.25000000000 -m limit --limit 1/hour -j RETURN
ip6tables -t raw -L -v -Z
ip6tables -t raw -I PREROUTING -j LOG --log-prefix "x y" --log-level info
iptables-restore <<'EOF'
*mangle
:DOCKER - [0:0]
-A DOCKER -i br0 -p sctp -m conntrack --ctstate INVALID -j DSCP --set-dscp-class EF
[1:94] -A DOCKER -s 198.224.171.239 -p 47 -m statistic --mode nth --every 10 --packet 1 -m ttl --ttl-gt 165 -j DOCKER
COMMIT
EOF
iptables -R OUTPUT 1 -o eth+ -m addrtype --src-type LOCAL -j ACCEPT
iptables -t raw -D OUTPUT -p sctp -m ttl --ttl-eq 153 -m ttl --ttl-lt 221 -j CONNMARK --set-mark 0x2
iptables -D FORWARD 4
iptables -t raw -X
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 168 (conformance/generators/iptables.ts)
iptables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A PREROUTING -s 172.217.233.49 -m physdev --physdev-out eth+ -j ACCEPT
-A OUTPUT -s 192.164.97.115/0 -o eth1 -p icmp -m physdev --physdev-in veth0 -j DOCKER
[4:215] -A PREROUTING -s 10.208.128.18 ! -i lo -j NOTRACK
COMMIT
EOF
iptables -t mangle -L OUTPUT 1 -n -v
iptables -L -v -Z
iptables -I OUTPUT -s 172.113.23.102/12 -p 47 -m owner ! --uid-owner 65534 -j DROP
iptables -t filter -D INPUT 4
ip6tables -t filter -A INPUT -s fd00::/64 -d fd00:: -p 47 -m hl --hl-eq 117 -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG --log-prefix "drop"
iptables -t security -A FORWARD -p all -m addrtype --dst-type LOCAL -m limit --limit 100/day -j NFLOG --nflog-group 2
iptables -t filter -X
iptables -t raw -A DOCKER -i br0 -p 47 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m iprange --dst-range 10.0.0.1-10.0.0.159 -j LOG --log-level 7
ip6tables -t mangle -A OUTPUT -m pkttype --pkt-type unicast -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 2
ip6tables -t raw -N LOGDROP
ip6tables -t filter -A OUTPUT -o docker0 -p all -j CONNMARK --restore-mark --mask 0xff
iptables -L -v -Z
iptables -t raw -L -v
iptables -t nat -L
iptables -t nat -N KUBE-SEP-XYZ
iptables -v -A OUTPUT -o docker0 -m mark ! --mark 1 -j MARK --set-xmark 0x4000/0x4000
iptables -A OUTPUT -p udp -j CONNMARK --save-mark
iptables -t nat -nvL
iptables -A INPUT -p 47 -m length --length 1500 -j LOG --log-level debug
ip6tables -t nat -L -n -v
ip6tables -t raw -L -v -Z
ip6tables -t mangle -L FORWARD 3 -n -v
ip6tables -I NOPE 4 -s fd00:a:b::/16 -d fd00::/64 -i docker0 -p ipv6-icmp -m state --state INVALID -j CONNMARK --restore-mark
ip6tables -t filter -v -A OUTPUT -i lo -o eth+ -p sctp -j ACCEPT
ip6tables -t raw -R OUTPUT 2 -s 2001:db8::/128 -j LOG --log-prefix "drop"
ip6tables -t security -N LOGDROP
ip6tables -A INPUT -p ipv6-icmp -m addrtype --dst-type LOCAL -m statistic --mode random --probability 0.25000000000
ip6tables -I FORWARD 4 -p ipv6-icmp -j ACCEPT
ip6tables -t raw -P FOO ACCEPT
ip6tables -t security -A OUTPUT -g LOGDROP
ip6tables -Z
ip6tables -t nat -D INPUT 2
ip6tables -X INPUT
ip6tables -t mangle -D INPUT -s ::1 -j LOG --log-prefix "x y"
ip6tables -t filter -A INPUT -i eth0 -m statistic --mode random --probability 0.5 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t raw -Z OUTPUT 1
ip6tables -t filter -v -F OUTPUT
ip6tables -t raw -A OUTPUT -p 47 -m mark --mark 0xffffffff -m addrtype --dst-type MULTICAST -j LOGDROP
ip6tables -I FORWARD 3 -p tcp -m mac --mac-source 02:00:00:00:00:32 -m conntrack --ctstate INVALID -j MARK --set-mark 0x1
ip6tables -t security -L FORWARD -n -v --line-numbers
iptables -t security -C INPUT -i lo -p icmp -m addrtype --dst-type LOCAL -m limit --limit 3/s --limit-burst 5 -j DROP
iptables -t raw -N f2b-sshd
iptables -N LOGDROP
iptables -t nat -A POSTROUTING -s 198.217.41.166 -o cni0 -m physdev --physdev-is-bridged -m addrtype --src-type UNICAST -j SNAT --to-source 192.0.2.1-192.0.2.9 --random-fully
iptables-restore <<'EOF'
*nat
:DOCKER - [0:0]
-A POSTROUTING ! -d 198.199.220.157 -m limit --limit 10/second -j TRACE
-A OUTPUT -o eth1 -p icmp -j RETURN
[4:80] -A INPUT -p 47 -j RETURN
COMMIT
EOF
iptables -t filter -A INPUT -p tcp -m conntrack --ctstate NEW -m limit --limit 1/hour -j TRACE
iptables -A OUTPUT -s 192.225.153.238/30 -p all -g LOGDROP
iptables -t security -v -I INPUT 3 ! -s 127.60.131.21 ! -d 10.78.128.221/0 -p tcp -m physdev --physdev-out eth+ -j MARK --set-xmark 0x4000/0x4000
iptables -t filter -A INPUT -p tcp -m addrtype --src-type UNICAST -j ACCEPT
iptables -t security -Z OUTPUT 1
iptables-save -t filter
iptables -v -X
iptables -F LOGDROP
iptables -L FORWARD 1 -n -v
iptables -t filter -F
iptables -t raw -F f2b-sshd
iptables -t security -R OUTPUT 2 -m addrtype ! --dst-type MULTICAST -j LOG --log-level 7
iptables -t filter -L -v
iptables -t mangle -v -A PREROUTING -s 172.132.212.9 -p udp -j TRACE
iptables -t security -v -X
iptables -A INPUT ! -i br0 -p udp -m statistic --mode nth --every 2 --packet 1 -m comment --comment x_y-z -j LOGDROP
ip6tables -A OUTPUT ! -p tcp -m limit --limit 1/hour -m connmark ! --mark 5/0xff
ip6tables -t nat -v -A PREROUTING -p sctp -m statistic --mode nth --every 3 --packet 0 -j DNAT --to-destination fd00::2
ip6tables -t mangle -A INPUT -p 47 -m statistic --mode random --probability 0.1 -m mark ! --mark 0x4000/0x4000 -j DSCP --set-dscp 0x2e
ip6tables -F
ip6tables -I INPUT 4 -s 2001:db8::/128 -d fd00:a:b::/127 ! -i lo -p all -m pkttype --pkt-type multicast -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 3
iptables -t filter -A FORWARD -p 47 -j TTL --ttl-set 64
ip6tables -L -n
ip6tables -A FORWARD ! -o eth1 -p tcp -m pkttype --pkt-type unicast -j NFLOG --nflog-group 0
iptables-save
ip6tables-save

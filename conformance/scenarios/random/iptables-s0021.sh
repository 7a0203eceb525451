# Random iptables/ip6tables rule set, seed 21 (conformance/generators/iptables.ts)
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [1:518]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 127.243.231.14/8 -o eth1 -m physdev --physdev-in veth0 -m mark --mark 0x4000/0x4000 -j KUBE-SERVICES
-A INPUT -p udp -m limit --limit 3/s -j CONNMARK --restore-mark
[1:187] -A OUTPUT -p sctp -m physdev --physdev-is-bridged -m state --state INVALID -g KUBE-SERVICES
-A OUTPUT -p udp -m connmark --mark 5/0xff -m mac --mac-source 02:00:00:00:00:65 -j KUBE-SERVICES
COMMIT
EOF
ip6tables-save -t filter
ip6tables -t filter -F
ip6tables -t raw -A PREROUTING -j CT --zone-orig 2
ip6tables -t nat -F
iptables -t filter -X KUBE-SERVICES
iptables -t security -S -v
iptables -t nat -P POSTROUTING RETURN
iptables -t mangle -C FORWARD -i eth0 -p all -m mac --mac-source 02:00:00:00:00:41 -j DSCP --set-dscp 10
ip6tables -S
iptables -Z KUBE-SERVICES
iptables -t nat -A OUTPUT -s 127.208.97.176/16 -o docker0 -p sctp -j RETURN
iptables -I OUTPUT 2 -p tcp --tcp-flags ALL NONE -m state --state INVALID
iptables -t filter -A OUTPUT -d 192.39.161.124/16 -m connmark --mark 0x1 -m addrtype ! --dst-type MULTICAST -j TRACE
iptables -L
iptables -t security -A OUTPUT -o docker0 -p tcp -j ACCEPT
iptables -t mangle -C FORWARD -s 10.232.8.65/0 -j ACCEPT
iptables -F
iptables -t mangle -L -v
iptables -t raw -A NOPE ! -i eth0 -p icmp -m addrtype --dst-type BROADCAST -m state --state INVALID -j NFLOG --nflog-group 3
iptables -t mangle -F
ip6tables -X
ip6tables-save
ip6tables -R FORWARD 2 -s fd00:a:b:: -d fe80::1 -p tcp --sport 0 -m iprange --src-range 2001:db8::1-2001:db8::9 -j TRACE
ip6tables -A OUTPUT -p all -m state --state NEW -j NFLOG --nflog-group 0
ip6tables-save -c
ip6tables -A OUTPUT -p all -j LOG --log-prefix "x y" --log-level info
ip6tables -t mangle -L POSTROUTING
iptables -t nat -A OUTPUT -o eth+ -p icmp -j ACCEPT
iptables -A OUTPUT -i br0 -p udp -m udp --dport 0 -j RETURN
iptables -t mangle -A OUTPUT -s 198.214.245.88/12 -o cni0 -p 47 -m physdev ! --physdev-is-in -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t raw -A PREROUTING ! -s 127.39.169.153/16 -i docker0 -p tcp -m comment --comment x_y-z -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t raw -D PREROUTING 4
iptables -A INPUT -p all
iptables -t raw -A OUTPUT -p all -m mark ! --mark 0x10/0xf0 -m mark --mark 0x4000/0x4000 -j RETURN
iptables -t nat -A POSTROUTING -o cni0 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.14 -m tcp ! --dport 8080 -j ACCEPT
iptables -X
iptables -t filter -nvL
iptables -A INPUT -i lo -p tcp -m pkttype ! --pkt-type multicast -j KUBE-SERVICES
ip6tables -t nat -L INPUT -n -v --line-numbers
ip6tables -I FORWARD 1 -d 2001:db8:: -j CONNMARK --set-mark 0x2
ip6tables -t filter -R FORWARD 3 -s 2001:db8::/128 -o cni0 -p all -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t filter -A OUTPUT -d ::1/48 -p 47 -m mark --mark 0xffffffff -j CONNMARK --restore-mark --mask 0xff
ip6tables-save
ip6tables -t nat -S
ip6tables -D FORWARD
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [4:588]
:DOCKER - [0:0]
-A DOCKER -m limit --limit 5/min --limit-burst 5
-A INPUT -p udp -j DOCKER
-A OUTPUT -o cni0 -p tcp -j DOCKER
[3:213] -A OUTPUT ! -s fe80::1/64 -d fd00:a:b::/128 -p tcp -m hl --hl-eq 45 -m addrtype --src-type LOCAL -j DOCKER
COMMIT
EOF
ip6tables -A DOCKER -o docker0 -p udp -m statistic --mode nth --every 3 --packet 0 -j DROP
ip6tables -t mangle -A OUTPUT -s fe80::1 ! -d 2001:db8:1::1/16 -p 47 -j MARK --set-mark 0x1
ip6tables -t filter -F DOCKER
ip6tables -t security -A FORWARD -s fd00::/48 -p tcp -m mark ! --mark 0x10/0xf0 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
ip6tables -R FORWARD 2 -d 2001:db8:: -o eth1 -m statistic --mode nth --every 2 --packet 0 -m comment --comment "kubernetes service portals"
ip6tables -t raw -R PREROUTING 2 -m length ! --length 1500 -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j DROP
ip6tables-save -t mangle
ip6tables -t nat -A INPUT -p sctp -j SNAT --to-source '[fd00::3]:8080'
iptables -L
ip6tables -t security -N KUBE-SEP-XYZ
ip6tables-restore <<'EOF'
*nat
:PREROUTING DROP [2:218]
:RCHAIN - [0:0]
-A RCHAIN -d ::1/48 -p all -m length ! --length 0:64 -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
COMMIT
EOF
ip6tables -t security -A FORWARD -p ipv6-icmp -m addrtype --dst-type BROADCAST -m physdev --physdev-is-bridged -j REJECT
ip6tables -t security -A OUTPUT -s fe80::1/128 -p udp -m pkttype ! --pkt-type multicast -j RETURN
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 33 (conformance/generators/iptables.ts)
iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [2:435]
:RCHAIN - [0:0]
-A RCHAIN -s 127.245.44.230/24 -m comment --comment "kubernetes service portals" -m limit --limit 5/min -j LOG --log-prefix "drop"
COMMIT
EOF
iptables -t security -A INPUT -i docker0 -m mac ! --mac-source 02:00:00:00:00:25 -m comment --comment x_y-z -j RETURN
iptables -t filter -I FORWARD 2 -s 192.83.146.225/0 -o docker0 -p all -m addrtype ! --dst-type BROADCAST -m connmark --mark 0x1 -j RETURN
ip6tables -t filter -F
iptables -A OUTPUT -p udp -m physdev --physdev-out eth+ -j LOG --log-prefix "drop"
iptables -t raw -L PREROUTING -n -v --line-numbers
iptables -A INPUT -p udp -m multiport --sports 22,80:90,8080 -j MARK --and-mark 0xff
iptables -D FORWARD 3
iptables -t security -L -n
iptables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A FORWARD -d 198.63.155.246/16 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.68 -m ttl --ttl-gt 176 -j KUBE-SERVICES
-A INPUT -p sctp -m limit --limit 10/second -j RETURN
-A KUBE-SERVICES -s 127.66.192.232/0 -d 192.171.170.239 -p tcp -j REJECT
[1:66] -A KUBE-SERVICES -m ttl --ttl-eq 195 -m limit --limit 3/s -j KUBE-SERVICES
COMMIT
EOF
iptables -L -x -v -n
iptables -t raw -L -n
iptables -I FORWARD -i lo -m state ! --state NEW -j RETURN
iptables -t nat -N DOCKER
iptables -t security -N DOCKER-USER
iptables -A OUTPUT -p 47 -m ttl --ttl-lt 122 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j MARK --and-mark 0xff
iptables-restore <<'EOF'
*filter
:INPUT DROP [0:818]
:RCHAIN - [0:0]
-A RCHAIN -o cni0 -p 47 -m limit --limit 3/s --limit-burst 1 -m pkttype --pkt-type multicast -j TRACE
-A OUTPUT -p all -m addrtype --src-type LOCAL -m physdev --physdev-in veth0 -g RCHAIN
COMMIT
EOF
iptables -t mangle -D FORWARD ! -d 10.0.2.159/0 -m addrtype --dst-type MULTICAST -j DSCP --set-dscp-class EF
iptables-restore -c <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -i docker0 -p udp -j DROP
[4:54] -A OUTPUT -d 198.186.188.6/0 -p 47 -m limit --limit 3/s -m mark --mark 0x10/0xf0 -j REDIRECT
COMMIT
EOF
iptables -D OUTPUT -s 198.171.69.73/32 -d 127.245.233.131 -p tcp -m multiport ! --ports 22,80:90,8080 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j RETURN
iptables -L -n -v
iptables -t nat -X
ip6tables -t mangle -P OUTPUT DROP
ip6tables -t mangle -N DOCKER
ip6tables -t filter -F
ip6tables -t filter -nvL
ip6tables -nvL
ip6tables -A INPUT -s 2001:db8:1::1 -p sctp -m state --state NEW -m statistic --mode random --probability 0.25000000000 -j TRACE
iptables-save
iptables -t raw -A RCHAIN -d 198.230.107.155 -p udp -m physdev --physdev-out eth+ -m owner --uid-owner 65534 -j CONNMARK --set-mark 0x2
iptables -R OUTPUT 1 ! -s 198.117.119.43/32 -d 127.104.192.139/30 -o eth+ -m limit --limit 1/hour --limit-burst 5 -j REJECT --reject-with icmp-host-prohibited
iptables -t filter -N MYCHAIN
iptables -t nat -A OUTPUT -d 172.49.117.35 -o cni0 -p all -m ttl --ttl-lt 97 -j LOG --log-prefix "IN: "
iptables -t mangle -N DOCKER
iptables -t filter -A NOPE -j KUBE-SERVICES
ip6tables -t security -A FORWARD -d fd00:a:b:: -o cni0 -p 47 -j DROP
ip6tables -D NOPE -i br0 -o cni0 -p 47 -m pkttype --pkt-type broadcast -m statistic --mode nth --every 3 --packet 1 -j MARK --xor-mark 0x3
ip6tables -t mangle -D INPUT 1
ip6tables -t raw -Z
iptables -t raw -L OUTPUT -n -v --line-numbers
ip6tables -t security -A INPUT -p tcp -m conntrack --ctstate INVALID -m pkttype ! --pkt-type broadcast -j CONNMARK --restore-mark
ip6tables -D OUTPUT 4
ip6tables -t raw -C OUTPUT -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --restore-mark
ip6tables -F
ip6tables -t raw -A OUTPUT -p udp -m addrtype --dst-type UNICAST -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -A POSTROUTING -s 127.134.13.181/16 -d 198.244.11.212 -p tcp -m state --state ESTABLISHED,RELATED -m state --state ESTABLISHED,RELATED -j DOCKER
iptables -t mangle -D POSTROUTING ! -o eth+ -p tcp -m ttl --ttl-lt 184 -j DROP
iptables-save -t filter -c
iptables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t raw -L -v
ip6tables -t filter -R OUTPUT 3 -j CONNMARK --set-mark 0x2
ip6tables -t security -A OUTPUT -p tcp -j DROP
ip6tables -A OUTPUT -d fe80::1/128 -p udp -j MARK --set-mark 5/0xff
iptables -I NOPE 4 -s 172.30.236.136/24 -d 192.20.156.81/16 -o docker0 -p all -m state --state INVALID -j TRACE
iptables -t mangle -S PREROUTING
iptables -A MYCHAIN -o docker0 -p icmp -m statistic --mode nth --every 3 --packet 1
iptables -t filter -D KUBE-SERVICES-2 -o docker0 -p all -j TRACE
iptables -t security -D INPUT -p icmp -m state --state INVALID -m statistic --mode nth --every 2 --packet 0 -j CT --notrack
iptables -R MYCHAIN 2 ! -s 198.247.148.72 -d 127.143.42.193 ! -i veth+ -o eth+ -p tcp -m physdev ! --physdev-is-in -m iprange ! --dst-range 10.0.0.1-10.0.0.138 -j LOG
ip6tables -t security -A FORWARD -s 2001:db8::/48 -i docker0 -m comment --comment "kubernetes service portals" -j RETURN
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 180 (conformance/generators/iptables.ts)
iptables -F
iptables -t filter -I OUTPUT 3 -p sctp -m owner --uid-owner 100-200 -m iprange ! --dst-range 10.0.0.1-10.0.0.46 -j CONNMARK --restore-mark
iptables -A FORWARD -d 10.134.50.108/32 ! -i lo -p all -m limit --limit 5/min -m comment --comment docker -j RETURN
iptables -t filter -D FORWARD 3
iptables -v -F
iptables -t nat -A POSTROUTING -s 192.14.52.198/24 -d 192.255.200.217/32 -p tcp -m statistic --mode nth --every 10 --packet 0 -j SNAT --to-source 192.0.2.1-192.0.2.9
iptables -t filter -A INPUT -m mac ! --mac-source 02:00:00:00:00:57 -m ttl --ttl-eq 232 -j RETURN
iptables -t nat -X POSTROUTING
iptables -L INPUT 1 -n -v
iptables -Z OUTPUT 1
iptables -A FORWARD -p 47 -m addrtype --src-type LOCAL -j DROP
iptables-save -t raw -c
iptables --list FORWARD --numeric --line-numbers
iptables -D FORWARD -s 127.10.224.226/12 -d 172.140.96.40/0 -p tcp -m ttl --ttl-eq 35
iptables --list FORWARD --numeric --line-numbers
iptables -t mangle -L -v -Z
iptables -A INPUT -s 10.130.68.117 -d 172.14.202.190/30 -p udp -j ACCEPT
ip6tables -D OUTPUT 1
ip6tables -t nat -A PREROUTING -d ::1 -p 47 -j DROP
ip6tables -A INPUT ! -s 2001:db8:1::1 -p tcp -m statistic --mode nth --every 2 --packet 0 -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t raw -A OUTPUT -p ipv6-icmp -m physdev ! --physdev-is-in -m connmark ! --mark 0x1 -j ACCEPT
iptables -t security -X OUTPUT
iptables -C OUTPUT -s 127.198.200.48 -o eth+ -p tcp
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables -F
ip6tables -A INPUT -p all -m addrtype ! --dst-type LOCAL -m limit --limit 1/hour --limit-burst 20
ip6tables -t nat -A INPUT ! -d fd00:a:b:: -p udp -m physdev --physdev-in veth0 -m hl --hl-lt 227 -j TRACE
ip6tables -t filter -A FORWARD -p sctp -m conntrack --ctstate RELATED,ESTABLISHED -j DROP
ip6tables -t raw -L -v -Z
ip6tables -X
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [5:558]
:DOCKER - [0:0]
-A DOCKER -s fe80::1 -d fe80::1/16 -i lo -p sctp -j CT --zone-orig 2
-A DOCKER -s 2001:db8::/16 -o eth1 -p tcp -g DOCKER
-A DOCKER -d fd00:a:b::/16 -p udp -m addrtype --dst-type MULTICAST -j RETURN
-A FORWARD ! -d fd00:: -p udp -m conntrack ! --ctstate RELATED,ESTABLISHED -m connmark --mark 5/0xff
COMMIT
EOF
ip6tables -t raw -A PREROUTING ! -s 2001:db8:: -p tcp -m mac --mac-source 02:00:00:00:00:82 -j LOG --log-level 7
ip6tables -t security -A OUTPUT -m owner --uid-owner 65534 -m addrtype --dst-type LOCAL -j CONNMARK --restore-mark
ip6tables -A DOCKER -s fe80::1/16 -o cni0 -m pkttype --pkt-type unicast -j NFLOG --nflog-group 1
ip6tables -t mangle -A OUTPUT -s 2001:db8:1::1/64 -o cni0 -p all -j MARK --set-mark 0x1
ip6tables -t raw -N DOCKER
iptables -t nat -L -n
iptables -v -F
iptables -A INPUT -p tcp -j LOG --log-prefix "drop" --log-level 4
iptables-save
iptables -t filter -N f2b-sshd
iptables -t security -A INPUT -c 157 23450 -s 172.210.16.177/30 -p 47 -m ttl --ttl-gt 20 -j CONNMARK --save-mark
ip6tables -t filter -D FORWARD 1
ip6tables -I INPUT 4 -p sctp -j LOG --log-level crit
ip6tables -R FORWARD 3 ! -o docker0 -j ACCEPT
ip6tables -t raw -Z OUTPUT 1
ip6tables-save -c
ip6tables-save -c
iptables -v -A FORWARD -s 172.174.201.43/8 -i eth0 -p 47 -j CONNMARK --restore-mark
iptables -t security -A NOPE ! -o docker0 -p all -m ttl --ttl-gt 195 -j RETURN
iptables -t filter -Z INPUT 2
iptables -R f2b-sshd 3 -o eth+ -p sctp -m addrtype --src-type UNICAST -j DROP
iptables -t raw -v -A PREROUTING -s 198.57.126.92/12 -p tcp -m addrtype --src-type LOCAL -m state --state ESTABLISHED,RELATED -j NOTRACK
iptables -t raw -A OUTPUT -p tcp -m limit --limit 10/second -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -I FORWARD 1 -s 198.45.84.147 -p all -m physdev --physdev-in veth0 -j ACCEPT
iptables -S
iptables -t nat -P INPUT DROP
iptables-save
iptables -t filter -nvL
iptables -A f2b-sshd -m ttl --ttl-lt 233 -m length --length 100:200 -j DROP
iptables -D FORWARD -p udp -m conntrack --ctstate RELATED,ESTABLISHED
iptables -t security -L -n
iptables -L OUTPUT 2 -n -v
iptables -t filter -N KUBE-SERVICES
iptables -t mangle -I OUTPUT ! -d 10.30.62.217 -p 47 -m length --length 100:200 -j DROP
ip6tables -I FORWARD ! -i br0 -p tcp -j DOCKER
ip6tables-save -t filter
ip6tables -A FORWARD ! -s fe80::1 ! -o cni0 -p sctp -g DOCKER
ip6tables -t filter -L
ip6tables -t filter -I OUTPUT 2 -p all -j DROP
iptables-save
ip6tables-save

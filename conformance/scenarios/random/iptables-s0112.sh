# Random iptables/ip6tables rule set, seed 112 (conformance/generators/iptables.ts)
ip6tables -N KUBE-SERVICES
iptables -F
iptables -L FORWARD -n -v --line-numbers
iptables -t nat -A PREROUTING -m state --state NEW -m mark --mark 1
iptables -t mangle -v -A POSTROUTING -o eth+ -p tcp -m conntrack ! --ctstate UNTRACKED -j CONNMARK --save-mark
iptables --list FORWARD --numeric --line-numbers
iptables -t filter -A OUTPUT -o cni0 -p tcp -m comment --comment docker -m pkttype --pkt-type multicast -j REJECT --reject-with icmp-admin-prohibited
iptables-save -t filter -c
iptables -A INPUT -s 172.98.135.96/12 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.60 -m statistic --mode nth --every 3 --packet 1 -j REJECT --reject-with icmp-net-unreachable
iptables -t nat -L -v -Z
iptables -t filter -N DOCKER-USER
iptables -t nat -A INPUT -s 198.187.74.141/8 -p sctp -j TRACE
iptables-save
iptables -A DOCKER-USER -s 198.99.34.196 -d 10.156.189.203 -o eth+ -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j TRACE
iptables -v -F
iptables -A OUTPUT -p udp -j LOG --log-prefix "x y"
iptables -D DOCKER-USER 2
iptables -E DOCKER-USER DOCKER-USER-2
iptables -t filter -A OUTPUT -j MARK --set-mark 5/0xff
iptables -t security -v -A FORWARD -p tcp --tcp-flags ALL ALL -m addrtype --src-type LOCAL
iptables -D DOCKER-USER-2 3
iptables-save -c
ip6tables -L -v -Z
ip6tables-restore --noflush -c <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A OUTPUT -o eth+ -p 47 -m addrtype --dst-type BROADCAST -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
[1:274] -A OUTPUT -d fe80::1/127 -o cni0 -j ACCEPT
COMMIT
EOF
ip6tables -t nat -A OUTPUT -c 834 51180 ! -s 2001:db8:1::1/64 ! -i br0 -j REDIRECT
ip6tables -v -X KUBE-SERVICES
ip6tables -t filter -L -n --line-numbers
ip6tables-save -c -t mangle
ip6tables -D NOPE -p udp -j KUBE-SERVICES
ip6tables -X OUTPUT
ip6tables -t filter -A OUTPUT ! -o docker0 -p udp -m state --state INVALID -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j KUBE-SERVICES
ip6tables -t raw -Z OUTPUT
ip6tables -D OUTPUT -s fd00:: -p sctp -m physdev ! --physdev-is-in -j LOG --log-level info
iptables -A DOCKER-USER-2 -s 127.4.252.245/16 -o eth1 -p udp -m physdev ! --physdev-is-in -m ttl --ttl-lt 179 -g DOCKER-USER-2
iptables -t filter -v -F OUTPUT
iptables -t filter -A OUTPUT -d 127.240.113.137/8 -p udp -j LOG --log-level info
iptables -t raw -A PREROUTING -p icmp -m pkttype --pkt-type multicast
iptables -t raw -L -v -Z
ip6tables -t mangle -A POSTROUTING -s ::1 -p 47 -j TRACE
iptables -t nat -I INPUT -s 192.227.88.68 ! -d 172.216.101.211/24 -p tcp -j MASQUERADE --to-ports 1024-65535
ip6tables -t mangle -v -X
ip6tables -t nat -A POSTROUTING -p all -m connmark --mark 5/0xff -m addrtype --src-type LOCAL -j DROP
iptables -E DOCKER-USER-2 DOCKER-USER-2-2
iptables -t filter -A OUTPUT -o cni0 -p sctp -m conntrack ! --ctstate NEW -m connmark --mark 0x1 -j REJECT --reject-with icmp-host-prohibited
iptables -t mangle -C OUTPUT -o docker0 -p tcp -m state --state NEW -m length --length 100:200 -j DROP
iptables -A INPUT -d 198.138.94.242 -m conntrack --ctstate RELATED,ESTABLISHED -m iprange --dst-range 10.0.0.1-10.0.0.93 -j ACCEPT
iptables -S -v
iptables -t security -L -v -Z
iptables -E DOCKER-USER-2-2 DOCKER-USER-2-2-2
iptables -t security -A OUTPUT -m mark --mark 0xffffffff -j MARK --or-mark 0x8
iptables -t filter -I FORWARD -d 10.137.153.88 ! -i lo -p icmp -m statistic --mode nth --every 10 --packet 1 -j CONNMARK --save-mark
iptables -D INPUT -p 47 -m comment --comment x_y-z -j LOG --log-prefix "x y"
iptables -t security -C OUTPUT -d 10.195.235.241 -o eth1 -m iprange --dst-range 10.0.0.1-10.0.0.182 -m addrtype --src-type LOCAL -j CONNMARK --set-mark 0x2
iptables -t mangle -L FORWARD -n -v --line-numbers
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [2:54]
:KUBE-SERVICES - [0:0]
-A INPUT -i eth0 -p udp -m length --length 1500 -j DROP
[2:92] -A KUBE-SERVICES -s 198.82.175.149/0 -i eth0 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 1
COMMIT
EOF
ip6tables -t nat -F
ip6tables -t filter --list NOPE --numeric --line-numbers
ip6tables -A INPUT -m addrtype --src-type LOCAL -m statistic --mode random --probability 0.5 -j DROP
iptables -t security -N f2b-sshd
iptables -v -F DOCKER-USER-2-2-2
iptables -t raw -Z PREROUTING
iptables -N KUBE-SERVICES
iptables -N KUBE-SEP-XYZ
iptables -L INPUT
iptables -t filter -P INPUT DROP
iptables -t filter --list DOCKER-USER-2-2-2 --numeric --line-numbers
iptables -t mangle -L INPUT
iptables -t filter -A KUBE-SERVICES -i docker0 -p icmp
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES ! -o cni0 -m conntrack --ctstate RELATED,ESTABLISHED -m statistic --mode random --probability 0.25000000000
-A INPUT -p tcp -m statistic --mode random --probability 0.1 -m pkttype --pkt-type unicast -j LOG
-A INPUT -p sctp -m pkttype --pkt-type multicast -m iprange ! --dst-range 10.0.0.1-10.0.0.189 -j LOG
-A KUBE-SERVICES -s 172.202.142.109/12 -i lo -p tcp -m limit --limit 100/day -j DROP
COMMIT
EOF
ip6tables -t mangle -X FORWARD
iptables-save
ip6tables-save

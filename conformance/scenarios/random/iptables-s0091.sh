# Random iptables/ip6tables rule set, seed 91 (conformance/generators/iptables.ts)
iptables -I FORWARD 1 -i br0 -p icmp -m connmark ! --mark 5/0xff -j RETURN
iptables -t mangle -F
iptables -t nat -P POSTROUTING DROP
iptables -t filter -A FORWARD ! -i lo -o eth1 -m length --length 0:64 -m statistic --mode random --probability 0.25000000000 -j ACCEPT
iptables -t nat -L
iptables -t filter -A OUTPUT -p all -m mark ! --mark 0x10/0xf0 -j DROP
iptables -t filter -D OUTPUT -p 47 -m connmark --mark 5/0xff -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -D INPUT 3
ip6tables -t nat -L OUTPUT -n -v --line-numbers
ip6tables -P OUTPUT RETURN
ip6tables -t security -F
ip6tables -t mangle -A OUTPUT ! -s fe80::1/16 -d 2001:db8:: -o cni0 -p sctp -m pkttype --pkt-type multicast -m physdev ! --physdev-is-in
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [7:906]
:KUBE-SERVICES - [0:0]
-A FORWARD -g KUBE-SERVICES
-A KUBE-SERVICES -d fd00:a:b::/128 -p tcp -m multiport --dports 53 -j TRACE
-A INPUT -j DROP
-A KUBE-SERVICES -s fe80::1 -i lo -o docker0 -p 47 -j CONNMARK --restore-mark
COMMIT
EOF
ip6tables -A FORWARD ! -s fd00::/48 -p tcp -j ACCEPT
ip6tables -L -x -v -n
iptables -t raw -A PREROUTING -d 172.225.63.181/0 -p sctp -m addrtype --src-type UNICAST -j LOG --log-prefix "IN: "
iptables -A INPUT -d 10.150.90.249 -i veth+ -p tcp -m connmark --mark 0x1 --sport http -j REJECT --reject-with icmp-net-unreachable
iptables -t filter -A OUTPUT -d 172.32.127.185 -j REJECT --reject-with tcp-reset
iptables -t nat -N DOCKER-USER
iptables -A INPUT -d 198.77.42.252 -p udp -m limit --limit 10/second -j MARK --set-xmark 0x4000/0x4000
iptables -N KUBE-SERVICES
iptables -R FORWARD 1 -j REJECT
iptables -A KUBE-SERVICES -p tcp -m state --state NEW -m addrtype --src-type LOCAL -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t security -I FORWARD 1 -i br0 -m pkttype --pkt-type unicast -m iprange --dst-range 10.0.0.1-10.0.0.86 -j ACCEPT
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -S -v
iptables -L -n
iptables -t filter -L -x -v -n
iptables -D OUTPUT 2
iptables -t raw -R OUTPUT 2 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -j DROP
iptables -t filter -N LOGDROP
iptables-save
iptables -t nat -E DOCKER-USER DOCKER-USER-2
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [7:495]
:KUBE-SERVICES - [0:0]
-A POSTROUTING -p all -j NFLOG --nflog-group 0
-A PREROUTING ! -s 198.77.177.135/16 -i eth0 -p tcp -j DOCKER-USER-2
[4:65] -A POSTROUTING -p sctp -m pkttype --pkt-type multicast -m ttl --ttl-eq 92 -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
iptables -D LOGDROP 3
iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [5:376]
:DOCKER - [0:0]
-A DOCKER -j NFLOG --nflog-group 2 --nflog-prefix p
COMMIT
EOF
iptables -A OUTPUT ! -d 172.57.228.184/32 -o cni0 -m iprange --dst-range 10.0.0.1-10.0.0.120 -m conntrack ! --ctstate RELATED,ESTABLISHED -j REJECT --reject-with tcp-reset
iptables -D OUTPUT 3
ip6tables-restore <<'EOF'
*mangle
:RCHAIN - [0:0]
-A OUTPUT ! -s 2001:db8::/32 ! -p tcp -m limit --limit 5/min --limit-burst 5 -m owner ! --uid-owner 0
-A RCHAIN -p sctp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m hl --hl-lt 141 -g RCHAIN
-A PREROUTING -s fd00:a:b::/128 -d fd00::/16 -p udp -m comment --comment x_y-z -j DSCP --set-dscp-class EF
-A RCHAIN -i veth+ ! -o cni0 -m pkttype --pkt-type broadcast -j RCHAIN
COMMIT
EOF
ip6tables -A FORWARD -o eth+ -p udp -m limit --limit 3/s -m mac --mac-source 02:00:00:00:00:37 -j DROP
ip6tables -N KUBE-SVC-ABC
ip6tables -t nat -A PREROUTING -p ipv6-icmp -j DNAT --to-destination fd00::3
iptables -A INPUT -d 192.179.202.77/0 -p tcp -m state ! --state INVALID -j LOGDROP
iptables -t mangle -N f2b-sshd
iptables -t mangle -L -n -v
iptables -t filter -S -v
iptables -t security -D INPUT -j REJECT
iptables -D LOGDROP ! -d 198.151.47.59/16 -m statistic --mode nth --every 10 --packet 0 -m addrtype --src-type LOCAL -j LOGDROP
iptables -t nat -I POSTROUTING 4 -m connmark --mark 5/0xff -m connmark --mark 0x1 -g KUBE-SERVICES
iptables -I INPUT 1 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.7 -m addrtype ! --dst-type MULTICAST -j REJECT
ip6tables -N f2b-sshd
ip6tables -t raw -A OUTPUT -d 2001:db8:1::1 -p 47 -j NFLOG --nflog-group 0
ip6tables -A OUTPUT -s ::1 ! -d 2001:db8::/64 -p 47
ip6tables -t raw -I OUTPUT -d fd00::/128 -p 47 -m addrtype --dst-type LOCAL -j CT --zone-orig 2
iptables-restore -c <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER -o docker0 -p 47 -m physdev --physdev-is-bridged -j DOCKER
-A FORWARD -s 127.177.165.247 ! -p udp -m statistic --mode nth --every 10 --packet 0 -j TRACE
-A INPUT
COMMIT
EOF
iptables -L -x -v -n
iptables -A OUTPUT -o eth1 -p 47 -m statistic --mode random --probability 1 -j TRACE
iptables -D OUTPUT -d 127.99.58.206/32 -p tcp -m connmark --mark 0x1 -m iprange --dst-range 10.0.0.1-10.0.0.72
iptables -t security -I OUTPUT -o eth1 -p udp -m addrtype --dst-type BROADCAST -m statistic --mode random --probability 0.33333333349
iptables-save -t mangle -c
ip6tables -t security -Z
ip6tables -A NOPE ! -i eth0 -o eth1 -p ipv6-icmp -m limit --limit 1/hour -j f2b-sshd
ip6tables -t mangle -A INPUT -p tcp -m hl --hl-gt 17 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t security -X
iptables -t security -F
iptables -t raw -D DOCKER ! -i veth+ -o eth+ -p 47 -m addrtype --src-type UNICAST -j ACCEPT
iptables -t mangle -L
iptables -t raw -A OUTPUT -i eth0 -p 47 -m conntrack --ctstate NEW -m owner --uid-owner 0 -j DOCKER
iptables -t nat -F DOCKER-USER-2
iptables -t nat -D DOCKER-USER-2 1
iptables-save
ip6tables-save

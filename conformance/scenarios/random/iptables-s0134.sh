# Random iptables/ip6tables rule set, seed 134 (conformance/generators/iptables.ts)
iptables -t raw -P FOO DROP
ip6tables -t security -S -v
ip6tables-save
iptables -A INPUT -p sctp -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -I INPUT 2 -d 127.211.177.187/8 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.109 -j TRACE
ip6tables -t nat -S -v
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -p all -m connmark --mark 0x1 -j DROP
-A FORWARD -p 47 -m comment --comment docker -j MARK --and-mark 0xff
-A FORWARD -d 2001:db8:1::1/32 -i br0 -j KUBE-SERVICES
COMMIT
EOF
ip6tables -A KUBE-SERVICES -m limit --limit 10/second --limit-burst 1 -m statistic --mode nth --every 3 --packet 0 -j DSCP --set-dscp 0x2e
ip6tables -t raw -L OUTPUT 1 -n -v
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [4:279]
:DOCKER - [0:0]
-A PREROUTING -i br0 -j LOG --log-level 7
[1:475] -A INPUT ! -s fd00::/32 -d fd00:: -i eth0 -m addrtype ! --dst-type BROADCAST -j DOCKER
-A DOCKER -p tcp -j REJECT
COMMIT
EOF
ip6tables-save -c
ip6tables -t filter -A FORWARD -c 783 79617 -o docker0 -p tcp -j RETURN
iptables -t nat -A INPUT -d 192.249.134.92 -p all -m physdev --physdev-is-bridged -j MARK --set-mark 5/0xff
iptables -t mangle -L INPUT 1 -n -v
iptables -t raw -L -n --line-numbers
iptables -t security -D FORWARD -s 127.231.154.22 -d 198.144.222.234/24 -i br0 -p icmp -m mac --mac-source 02:00:00:00:00:15 -m length --length 100:200 -j TRACE
iptables -t raw -A PREROUTING -c 790 27023 ! -i eth0 -p udp -m pkttype ! --pkt-type unicast -j LOG
iptables -Z NOPE
iptables -L -n -v
iptables -D OUTPUT -p 47 -m state ! --state ESTABLISHED,RELATED -j RETURN
iptables -Z FORWARD 1
iptables -t nat -I PREROUTING -s 10.14.171.195/32 -d 127.17.107.50 -p icmp -j ACCEPT
iptables -v -A FORWARD -s 192.201.38.40/24 -d 10.103.52.19/24 -p 47 -j NFLOG --nflog-group 2
iptables -S FORWARD
iptables -F
iptables -N KUBE-SEP-XYZ
iptables -t security -X
iptables-restore -c <<'EOF'
*mangle
:PREROUTING DROP [2:434]
:KUBE-SERVICES - [0:0]
-A PREROUTING -i docker0 -p all -m length --length 100:200 -m addrtype --src-type UNICAST -j LOG --log-level 4
COMMIT
EOF
iptables -v -I OUTPUT 3 -s 127.76.85.174 -d 10.136.44.85 ! -p tcp -j KUBE-SEP-XYZ
iptables -t nat -Z
ip6tables -t nat -D INPUT 3
ip6tables --list INPUT --numeric --line-numbers
iptables -A INPUT -d 10.189.253.39/30 -p icmp -m comment --comment x_y-z -j NFLOG --nflog-group 2
iptables -t raw -L OUTPUT 1 -n -v
iptables -t filter -R OUTPUT 1 -p tcp -m state --state NEW -j TRACE
iptables -R FORWARD 2 -o eth+ -p 47 -m length --length 1500 -m mac ! --mac-source 02:00:00:00:00:23 -j RETURN
iptables -t raw -A PREROUTING -s 172.197.235.130 -d 127.176.130.98 -m pkttype --pkt-type multicast -j RETURN
iptables -t nat -D POSTROUTING 3
iptables-save -c
ip6tables -N KUBE-SEP-XYZ
iptables -t filter -S FORWARD 3
iptables -N DOCKER-USER
ip6tables -D FORWARD 1
ip6tables -t filter -A KUBE-SEP-XYZ ! -p tcp
ip6tables -t raw -A PREROUTING ! -s 2001:db8:1::1 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t nat -N KUBE-SEP-XYZ
ip6tables -t filter -A KUBE-SEP-XYZ -s fd00:a:b:: -p tcp -m statistic --mode nth --every 3 --packet 0
ip6tables -v -I KUBE-SEP-XYZ 2 -p tcp -m limit --limit 3/s -m pkttype ! --pkt-type broadcast -j KUBE-SERVICES
ip6tables -t filter -A KUBE-SEP-XYZ -s 2001:db8::/127 -p ipv6-icmp -m physdev --physdev-is-bridged -j REJECT --reject-with icmp6-port-unreachable
iptables -A OUTPUT -s 198.240.132.85 -p 47 -m connmark ! --mark 0x1 -m physdev --physdev-in veth0 -j REJECT --reject-with tcp-reset
iptables -t filter -F
ip6tables -t filter -A KUBE-SEP-XYZ -i veth+ -p tcp -m pkttype --pkt-type multicast -m mark --mark 0xffffffff -j NFLOG --nflog-group 3
ip6tables -L -n -v
ip6tables -t mangle -v -I FORWARD 1 ! -d fd00::/32 ! -o cni0 ! -p tcp -j MARK --or-mark 0x8
ip6tables -L -x -v -n
ip6tables -t raw --list OUTPUT --numeric --line-numbers
ip6tables -t filter -N f2b-sshd
ip6tables -N f2b-sshd
iptables -t nat -A INPUT -s 127.147.86.186/0 ! -i veth+ -m iprange --dst-range 10.0.0.1-10.0.0.130 -m limit --limit 100/day
iptables -t mangle -A OUTPUT -d 10.207.231.147 -m conntrack --ctstate UNTRACKED -m addrtype --dst-type BROADCAST -g KUBE-SERVICES
iptables -t nat -v -A OUTPUT -s 10.101.183.35/16 -p all -j CONNMARK --set-mark 0x2
iptables -t raw -F
iptables -t raw -Z OUTPUT
iptables -t security -A INPUT -s 198.128.44.136/30 -d 192.146.240.70 -p icmp -m statistic --mode nth --every 3 --packet 1 -m limit --limit 100/day --limit-burst 1 -j CONNMARK --restore-mark --mask 0xff
ip6tables-save
ip6tables -t filter -v -F
ip6tables -L NOPE 3 -n -v
ip6tables -t mangle -v -I OUTPUT 1 -s 2001:db8:: -o eth1 -p all -j MARK --set-xmark 0x4000/0x4000
iptables -t security -X FORWARD
iptables -I OUTPUT 1 -m physdev ! --physdev-is-in -j TRACE
iptables-save
ip6tables-save

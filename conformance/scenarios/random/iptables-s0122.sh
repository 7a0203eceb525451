# Random iptables/ip6tables rule set, seed 122 (conformance/generators/iptables.ts)
iptables -t raw -L -v
iptables -A FORWARD -d 127.150.91.226/12 -o docker0 -j CONNMARK --save-mark
ip6tables -t filter -w 1 --append INPUT -s fd00:a:b::/127 ! -i eth0 -p all -j DROP
iptables -t filter -nvL
iptables -A NOPE -i docker0 -p all -m statistic --mode nth --every 10 --packet 1 -j MARK --and-mark 0xff
iptables -t mangle -X PREROUTING
iptables -t security -A FORWARD -s 172.92.16.232 -j NFLOG --nflog-group 3
iptables-restore <<'EOF'
*filter
:INPUT DROP [1:423]
:DOCKER - [0:0]
-A INPUT -d 172.169.7.237 -p icmp -m mark --mark 0x4000/0x4000 -m addrtype --dst-type BROADCAST -g DOCKER
COMMIT
EOF
iptables -Z FORWARD 1
iptables -t nat -A INPUT -j TRACE
iptables -t nat -D OUTPUT ! -o eth+ -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.153 -m iprange --dst-range 10.0.0.1-10.0.0.118 -j CONNMARK --restore-mark
iptables-save -c
iptables -t nat -L -n -v
iptables -t raw -Z OUTPUT
iptables -D INPUT -d 192.38.139.207 -m limit --limit 100/day -m physdev --physdev-in veth0 -j DOCKER
iptables -t mangle -N KUBE-SERVICES
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [8:467]
:RCHAIN - [0:0]
-A PREROUTING ! -i docker0 -p udp -m length ! --length 0:64 -j ACCEPT
-A RCHAIN -s 127.206.50.128 -o cni0 -m mark --mark 0xffffffff -m physdev --physdev-out eth+ -j RCHAIN
COMMIT
EOF
iptables -t security -v -X
iptables -t raw -A OUTPUT -s 192.253.244.103/32 -p tcp -j NOTRACK
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [0:42]
:DOCKER - [0:0]
-A DOCKER -i br0 -p udp -m pkttype --pkt-type multicast -m limit --limit 1/hour -j MARK --set-mark 0x1
[4:339] -A OUTPUT -o cni0 -p sctp -j DNAT --to-destination 10.0.0.1
-A DOCKER -d 127.211.178.141 -i eth0 -p sctp
COMMIT
EOF
iptables -t nat -X DOCKER
iptables -t raw -v -F
iptables -L FORWARD -n -v --line-numbers
iptables -t raw -N DOCKER-USER
iptables -C OUTPUT -s 10.141.149.119/24 -o eth1 -p tcp -m limit --limit 3/s -m connmark --mark 5/0xff -g DOCKER
iptables-save
iptables -D DOCKER -s 127.109.134.245/12 -i docker0 -p 47 -m length --length 0:64 -g DOCKER
iptables -t filter -v -I INPUT 1 -p 47 -m comment --comment "a/b:c -> 10.0.0.1:80" -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -v -X
ip6tables -t mangle -w 1 --append OUTPUT -o eth+ -m addrtype --dst-type MULTICAST -m conntrack --ctstate NEW -j DROP
ip6tables -t filter -A OUTPUT -c 908 74542 -p ipv6-icmp -m connmark --mark 5/0xff -j DROP
ip6tables -t mangle -F
ip6tables -t security -A FORWARD -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t mangle -I OUTPUT ! -d ::1 -p all -m physdev --physdev-out eth+ -m comment --comment "kubernetes service portals" -j DSCP --set-dscp 0x2e
ip6tables -t filter -v -A INPUT -p ipv6-icmp -m limit --limit 100/day -j TRACE
ip6tables -L -n --line-numbers
ip6tables -t raw -A PREROUTING -p tcp
iptables-save
ip6tables -v -F
ip6tables-save -c
ip6tables -A INPUT -i veth+ -p all -m conntrack --ctstate RELATED,ESTABLISHED -m comment --comment "a/b:c -> 10.0.0.1:80" -j DROP
iptables-save -c
iptables -t mangle -Z OUTPUT
iptables -A DOCKER ! -i docker0 -p icmp -m physdev --physdev-out eth+ -m addrtype --dst-type BROADCAST -j RETURN
iptables -D FORWARD 3
iptables -t mangle -A FORWARD -c 851 70097
iptables -C INPUT -d 127.72.209.130/8 -p tcp --syn -j REJECT --reject-with icmp-net-unreachable
iptables -F DOCKER
iptables -F DOCKER
iptables -t filter -D OUTPUT -p icmp -m pkttype ! --pkt-type multicast -j DOCKER
iptables-save -t filter
iptables -A INPUT -s 198.57.49.223/30 -i docker0 -m physdev ! --physdev-is-in -j ACCEPT
iptables -t nat -F DOCKER
iptables-save -c
iptables -t mangle -v -X RCHAIN
iptables -N f2b-sshd
iptables -F
iptables -t filter -v -I f2b-sshd 2 -d 198.94.238.49/16 -m statistic --mode nth --every 2 --packet 1 -j DOCKER
iptables -I NOPE 4 -s 198.82.53.56/32 -d 10.9.194.14/30 ! -i lo -m comment --comment "kubernetes service portals" -j TRACE
iptables -A DOCKER -d 10.108.42.232 -m addrtype --src-type LOCAL -m ttl --ttl-gt 17 -j f2b-sshd
iptables -A f2b-sshd -p sctp -m length --length 100:200 -j LOG --log-prefix "IN: " --log-level crit
iptables -t filter -A FORWARD ! -s 172.189.141.65/12 -d 192.95.63.2/8 -p sctp -g DOCKER
iptables -t nat -S DOCKER 1
iptables-save -c -t mangle
iptables -t filter -v -F OUTPUT
ip6tables -t nat -F
ip6tables -t filter -A INPUT -d ::1 -i lo -p tcp -j ACCEPT
ip6tables -t filter -N DOCKER
ip6tables -t filter -R FORWARD 2 -i veth+ ! -o eth+ -p ipv6-icmp -m physdev ! --physdev-is-in -m addrtype --dst-type LOCAL -j TRACE
iptables -t filter -A INPUT -p sctp -m statistic --mode random --probability 0.33333333349 -m length --length 0:64 -j ACCEPT
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 215 (conformance/generators/iptables.ts)
ip6tables -t nat -Z OUTPUT 3
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [4:744]
:DOCKER - [0:0]
-A FORWARD -d 2001:db8:1::1/64 ! -o eth+ -p sctp -m recent --rcheck -m mac ! --mac-source 02:00:00:00:00:81 -j DNAT --to-destination fd00::2
-A OUTPUT
COMMIT
EOF
ip6tables -t raw -v -X
ip6tables -t raw -L -n
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [8:823]
:RCHAIN - [0:0]
-A FORWARD -o docker0 -j NFQUEUE --queue-num 2 --queue-bypass
-A OUTPUT ! -p udp -m udp --dport 3000 -m addrtype --src-type UNICAST -j RCHAIN
COMMIT
EOF
iptables -t nat -D OUTPUT -s 192.36.6.103 -p all -m mark --mark 0x10/0xf0 -j DNAT --to-destination 192.0.2.1-192.0.2.9
iptables -t raw -v -X
ip6tables -t security -S RCHAIN
ip6tables -D DOCKER -o eth+ -p sctp -m statistic --mode random --probability 0.25000000000 -j ACCEPT
ip6tables -t security -v -I FORWARD 3 ! -s fd00:: -p udp -j RETURN
ip6tables -t nat -A POSTROUTING -d fd00:a:b::/64 -p tcp -j DROP
ip6tables -t filter -w 1 --append FORWARD -s fd00:a:b:: -p 47 -m addrtype --dst-type LOCAL -j NFLOG --nflog-group 2
iptables -t nat -L PREROUTING
ip6tables -t raw --list PREROUTING --numeric --line-numbers
ip6tables -t filter -D OUTPUT -j RETURN
ipset destroy six
ipset add six 2001:db8::1
ip6tables -t nat -C PREROUTING ! -d fd00:a:b:: -p all -m addrtype --src-type LOCAL
ip6tables -t filter -A DOCKER -i veth+ -p tcp -j ACCEPT
ip6tables -t filter -A OUTPUT -s fd00:a:b::/32 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --set-mark 5/0xff
ipset flush nets
iptables -A FORWARD -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode avgpkt -j ACCEPT
iptables -v -A FORWARD -p 47 -m addrtype --dst-type LOCAL -j RETURN
iptables -D OUTPUT -o eth+ -p all -m addrtype --src-type LOCAL -m state --state NEW -j RETURN
iptables-save
ipset add six 2001:db8::1
iptables -D NOPE 3
ip6tables -t security -Z OUTPUT 1
ip6tables -t security -A FORWARD -i lo -o docker0 -m pkttype --pkt-type multicast -m state ! --state ESTABLISHED,RELATED -j RETURN
iptables -t raw -Z
iptables -F
iptables -t security -I FORWARD 2 ! -s 127.213.5.50/12 -p tcp -m helper --helper ftp -m tcp --dport 443 -j NFLOG --nflog-group 0
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:955]
:DOCKER - [0:0]
-A OUTPUT -d 172.83.226.153 -i eth0 -p all -m ttl --ttl-eq 124 -m connlimit --connlimit-upto 20 -j DOCKER
-A DOCKER ! -o eth+ -m length --length 1500 -m addrtype --src-type UNICAST -j DOCKER
COMMIT
EOF
ip6tables -t nat -A POSTROUTING ! -s 2001:db8:: -o docker0 -p tcp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m statistic --mode random --probability 0.25000000000 -j MARK --xor-mark 0x3
ip6tables -t filter -v -A OUTPUT -p udp -j CONNMARK --save-mark
ip6tables -t raw -F
ip6tables -L -n --line-numbers
ip6tables -t nat -X
ip6tables -t raw -v -X
ip6tables -A FORWARD -p ipv6-icmp -m length --length 0:64 -j DOCKER
ip6tables -t nat -I OUTPUT -s 2001:db8:1::1 -m conntrack ! --ctstate NEW -j MARK --set-xmark 0x4000/0x4000
ip6tables -I INPUT 3 -d 2001:db8::/32 -p ipv6-icmp -g DOCKER
ip6tables -t security -A INPUT -d ::1 -p tcp -m comment --comment x_y-z -m limit --limit 5/min
ip6tables-save -c
iptables -t security -Z FORWARD 2
iptables -t filter -L -v
ipset del blk 10.0.1.1
iptables -t filter -v -I NOPE 1 -s 10.62.15.226/32 ! -d 198.250.111.2/16 -o cni0 -p tcp -m comment --comment docker -j SET --add-set blk src
iptables -t security -N DOCKER-USER
iptables -S FORWARD 3
iptables -A OUTPUT -o eth1 -j SET --add-set nets dst
iptables-save
iptables-save
iptables -t filter -w 1 --append DOCKER -i lo -p tcp -m dscp --dscp 10 -m comment --comment x_y-z -g DOCKER
iptables -S OUTPUT 3
ip6tables -t security -C INPUT -d fd00:a:b:: -m state ! --state INVALID -m quota ! --quota 1000 -j CONNMARK --save-mark
ip6tables -E DOCKER DOCKER-2
ip6tables --list DOCKER-2 --numeric --line-numbers
ip6tables -t mangle -P FORWARD DROP
ip6tables -A INPUT -d 2001:db8:1::1 -i lo -p tcp -j NFLOG --nflog-group 4
iptables-save -c -t nat
iptables -t filter -v -X
iptables -t nat -A OUTPUT ! -o eth1 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t mangle -Z FORWARD 2
ip6tables -P FOO RETURN
ipset add svc 10.96.0.2,tcp:443
ip6tables -t filter -A DOCKER-2 -s 2001:db8:1::1/32 -p udp -m udp --dport 443:65535 -j DSCP --set-dscp 0x2e
ip6tables -L -n -v
ip6tables -S
ip6tables -t security -A RCHAIN -i lo -p tcp -m dscp --dscp-class AF41 -m limit --limit 1/hour -j NFLOG --nflog-group 3 --nflog-prefix p
iptables-save
ip6tables-save

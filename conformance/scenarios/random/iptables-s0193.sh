# Random iptables/ip6tables rule set, seed 193 (conformance/generators/iptables.ts)
iptables -D OUTPUT 1
iptables -t mangle -I POSTROUTING -s 192.172.229.74/32 -o cni0 -p sctp -m length --length 0:64 -m recent --update -j LOG --log-prefix "IN: "
ip6tables -t filter -A INPUT ! -d 2001:db8:1::1 -p tcp -j SET --add-set six src
ip6tables -t nat -v -I PREROUTING 3 -i docker0 -p ipv6-icmp -m quota --quota 50000 -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes -j LOG --log-level 4
ip6tables -t security -v -F FORWARD
ip6tables-save -t raw
iptables -L -x -v -n
iptables -t filter -A OUTPUT ! -d 192.54.82.241 -p tcp -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t filter -D INPUT 3
iptables -t raw -A OUTPUT -c 98 85808 -s 172.14.221.27/16 -p icmp -m limit --limit 5/min --limit-burst 1 -m set --match-set blk src -j NFQUEUE --queue-num 2 --queue-bypass
iptables -A NOPE -d 127.156.0.226 -m helper --helper sip -j ACCEPT
iptables -t security -D OUTPUT 4
ipset create blk hash:ip timeout 600
ipset flush blk
ip6tables -t filter -P FORWARD RETURN
iptables -t filter -v -F
iptables -t raw -Z OUTPUT
iptables-save -t security
ip6tables -t filter -D INPUT -p tcp -j RETURN
ip6tables -A INPUT -d fd00:a:b::/48 -p sctp -j REJECT --reject-with icmp6-no-route
ip6tables -t security -A OUTPUT -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t nat --list POSTROUTING --numeric --line-numbers
ip6tables -v -F INPUT
iptables -t mangle -A PREROUTING -s 127.27.156.128 ! -d 172.104.147.135/0 -p icmp -m dscp --dscp 0x2e -j TTL --ttl-dec 1
ip6tables -C INPUT -j ACCEPT
ip6tables -t security -X
iptables -t raw -D OUTPUT 2
ip6tables -I INPUT 4 -m comment --comment docker -j LOG --log-level debug
ip6tables -t nat -S -v
ip6tables -A OUTPUT ! -d 2001:db8::/64 -p tcp -m recent --update --name SSH --seconds 60 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t nat -v -A INPUT -p ipv6-icmp -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode avgpkt -m mac ! --mac-source 02:00:00:00:00:57 -j SNAT --to-source fd00::3 --random-fully
ip6tables -t nat -A OUTPUT -p all -m addrtype ! --dst-type LOCAL -j CONNMARK --restore-mark --mask 0xff
ip6tables -t security -P OUTPUT DROP
ip6tables -A INPUT -s fd00::/128 -o cni0 -p tcp -m helper --helper ftp -m connlimit ! --connlimit-upto 5 --connlimit-daddr -j MARK --and-mark 0xff
ip6tables -t nat -F
iptables -t nat -A PREROUTING -d 192.12.54.185 -i eth0 -p sctp -m limit --limit 10/second --limit-burst 5 -m iprange --dst-range 10.0.0.1-10.0.0.110
iptables -t raw -A PREROUTING -s 172.170.85.128 -p all -j SET --del-set blk dst
ip6tables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [2:499]
:DOCKER - [0:0]
[4:430] -A DOCKER -d fe80::1 ! -i eth0 -m quota --quota 50000 -j CONNMARK --set-mark 0x2
-A DOCKER -m comment --comment x_y-z -m comment --comment docker -j DOCKER
-A PREROUTING -d ::1 -p sctp -m helper --helper sip -j DOCKER
COMMIT
EOF
ip6tables --list OUTPUT --numeric --line-numbers
ipset del blk 10.0.1.2
ip6tables-save -c -t nat
iptables -A OUTPUT -s 198.157.6.174/16 ! -d 10.81.24.251 -o cni0 -p tcp -j MARK --and-mark 0xff
iptables -v -I NOPE 2 -d 172.43.191.87 -p tcp --tcp-flags ALL ALL -m comment --comment x_y-z -j TRACE
iptables -t filter -A INPUT -s 192.158.197.157/24 -i veth+ -p all -j NFLOG --nflog-group 0 --nflog-prefix p
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [5:715]
:RCHAIN - [0:0]
[4:268] -A POSTROUTING -d 127.158.244.242/24 -o docker0 -p tcp -m statistic --mode nth --every 3 --packet 0 -j MARK --and-mark 0xff
COMMIT
EOF
iptables -t raw -L -v -Z
iptables -R FORWARD 2 -s 10.81.197.213 -o eth1 -p tcp -m quota --quota 1000 -m comment --comment "kubernetes service portals" -j NFLOG --nflog-group 2
iptables -t filter -A INPUT -p sctp -j RETURN
ip6tables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A OUTPUT ! -s 2001:db8:1::1/64 -p ipv6-icmp -m comment --comment x_y-z -m owner --uid-owner 100-200 -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -I INPUT 2 -p sctp -m helper --helper ftp -m statistic --mode nth --every 10 --packet 1 -j DOCKER
ipset flush blk
ip6tables -L OUTPUT 2 -n -v
ip6tables-save -c
ip6tables -R OUTPUT 1 -p tcp -m length --length 0:64 -j SET --del-set six dst
ip6tables -t mangle -nvL
iptables -v -F
ip6tables -F
ip6tables -v -A OUTPUT -p udp -j ACCEPT
iptables -X
iptables -t filter -A FORWARD -j TRACE
iptables -t security -Z INPUT 1
iptables -A INPUT ! -o cni0 -p tcp -j MARK --set-xmark 0x4000/0x4000
iptables -t nat -R POSTROUTING 2 -p tcp -j ACCEPT
ipset create nets hash:net
iptables -t filter -I INPUT 3 -d 198.248.27.20/30 -p udp -j SET --del-set nets dst
ip6tables -t filter -A DOCKER -m set --match-set nope dst,dst --return-nomatch ! --update-counters -g DOCKER
iptables -t security -F
iptables -L -n -v
iptables -t mangle -I INPUT 4 -p 47 -j MARK --or-mark 0x8
iptables -t mangle -L OUTPUT
iptables-save
ip6tables-save

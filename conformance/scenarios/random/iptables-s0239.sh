# Random iptables/ip6tables rule set, seed 239 (conformance/generators/iptables.ts)
iptables -v -I INPUT 2 -d 10.182.13.129/0 -p all -j MARK --set-mark 5/0xff
iptables -t raw -D OUTPUT 3
iptables -t nat -I POSTROUTING -s 198.202.64.99 -p all -j SET --del-set blk dst
iptables -A OUTPUT -s 10.39.110.96/24 -o docker0 -p tcp -j ACCEPT
iptables -t mangle -A PREROUTING ! -s 192.75.85.138 -d 192.210.24.245/12 -p tcp -m recent --set --name web -m set --match-set blk dst,dst -j NFLOG --nflog-group 3
ipset add nets 10.0.0.0/16
ip6tables -t security -A INPUT -p tcp -m length --length 1500 -m mac --mac-source 02:00:00:00:00:51 -j DROP
ip6tables -I INPUT 3 -p all -m string --string 'GET /' --algo bm -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j LOG --log-prefix "IN: "
ipset add blk 10.0.1.1
iptables -t security -A INPUT -p tcp -m state --state ESTABLISHED,RELATED -j DROP
ip6tables -t nat -F
ip6tables -S INPUT 2
ip6tables -t mangle -A POSTROUTING -s ::1/16 ! -d 2001:db8::/64 -p ipv6-icmp -j DROP
ipset add svc 10.96.0.1,tcp:80
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
[4:432] -A FORWARD -m ttl --ttl-eq 197 -j NFLOG --nflog-group 2
-A RCHAIN ! -s 198.42.246.81/16 ! -d 127.241.239.39/32 ! -o eth+ -p 47 -m hashlimit --hashlimit-upto 100 --hashlimit-name ssh --hashlimit-htable-expire 30000
-A OUTPUT -o eth1 -p tcp -m mark --mark 1 -m tcp --dport 80 -j RCHAIN
-A OUTPUT -s 192.185.184.89 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.3 -j SET --del-set nets dst
COMMIT
EOF
ip6tables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -s ::1 ! -i br0 -p 47 -m mac --mac-source 02:00:00:00:00:85 -j REJECT
-A OUTPUT -i veth+ -p udp -j SET --add-set six dst
-A OUTPUT -d 2001:db8:: -m helper --helper ftp -j DOCKER
[2:316] -A INPUT -p ipv6-icmp -m addrtype --src-type LOCAL -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
ip6tables -t security -A OUTPUT -p tcp -j LOG --log-prefix "x y" --log-level 4
ip6tables -t raw -F
ip6tables -t filter -A OUTPUT -s ::1/64 -p sctp -m state --state INVALID -m helper --helper ftp -j REDIRECT --to-ports 1000-2000
ip6tables -t mangle -A OUTPUT -s 2001:db8:1::1 ! -o docker0 -p tcp -j MARK --xor-mark 0x3
ip6tables -t mangle -L -n --line-numbers
ipset flush nets
ipset add svc 10.96.0.0,tcp:443
ip6tables -v -F
ip6tables -t mangle -X
ip6tables -X OUTPUT
iptables-save
iptables -v -F FORWARD
iptables-save
ip6tables -t filter -D OUTPUT -s fd00:: ! -d fd00:a:b::/128 -o eth1
ip6tables -I OUTPUT -p 47 -j MARK --and-mark 0xff
iptables -A INPUT -d 172.214.24.34/16 -p sctp -m comment --comment "kubernetes service portals" -m recent ! --set --seconds 60 -j CONNMARK --save-mark
ip6tables -t raw -F
ip6tables -t security -A INPUT -c 398 52726 -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
ip6tables -R FORWARD 1 -p tcp -j DOCKER
ip6tables -A OUTPUT -d 2001:db8:: -p tcp -m length --length 1500 -j LOG
ip6tables -t mangle -X OUTPUT
iptables -L -v -Z
iptables -t security -I FORWARD 4 -d 127.120.119.36/16 -p sctp
ip6tables -A INPUT -p sctp -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -t raw -A OUTPUT -o docker0 -p udp -j CONNMARK --set-mark 0x2
ipset flush blk
ip6tables -A OUTPUT -p tcp -j TRACE
ipset add blk 10.0.0.1
ipset destroy six
ip6tables-save
ip6tables -N DOCKER-USER
ip6tables -E DOCKER-USER DOCKER-USER-2
ip6tables -t raw -v -A OUTPUT -s fd00:a:b::/128 -o eth+ -p tcp --tcp-flags FIN,ACK FIN
ip6tables -t raw -I OUTPUT 1 -p udp -m recent ! --set --name web --seconds 0 -m length --length 100:200
ip6tables -t raw -S OUTPUT 1
ip6tables -t filter -D INPUT -s fe80::1/64 -d 2001:db8:1::1 ! -p tcp -g DOCKER
ip6tables -t filter -L -v -Z
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [0:358]
:RCHAIN - [0:0]
-A RCHAIN -p 47 -m physdev --physdev-out eth+ -j CONNMARK --set-mark 0x2
[1:40] -A FORWARD -p udp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m state ! --state ESTABLISHED,RELATED -j TRACE
-A FORWARD -s 2001:db8:1::1 -p tcp --tcp-flags ALL ALL -j DOCKER-USER-2
COMMIT
EOF
ipset add svc 10.96.0.0,tcp:443
ip6tables -t filter -S -v
ip6tables -t mangle -L -v -Z
ipset create svc hash:ip,port
ip6tables -t filter -X DOCKER
ip6tables -t raw -v -A PREROUTING -i veth+ -p tcp -m length --length 1500 -j NOTRACK
ip6tables -t security -A OUTPUT -s ::1 ! -d 2001:db8:1::1 -j LOG --log-prefix "drop"
ipset test blk 10.0.0.1
iptables -R FORWARD 2 -m conntrack --ctstate INVALID -m hashlimit --hashlimit-upto 1/hour --hashlimit-burst 1 --hashlimit-name web -j TRACE
iptables -t filter -Z OUTPUT
iptables-save
iptables-save -t security
iptables -t mangle -F
iptables -v -A FORWARD ! -s 172.97.128.21/24 -m ttl --ttl-eq 210 -j CONNMARK --save-mark
iptables -A INPUT -i lo -m quota --quota 1000 -m comment --comment "a/b:c -> 10.0.0.1:80" -j CHECKSUM --checksum-fill
iptables -t filter -E RCHAIN RCHAIN-2
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 196 (conformance/generators/iptables.ts)
iptables -Z FORWARD 3
iptables -t mangle -L -v -Z
ip6tables -L -n -v
ip6tables -A FORWARD ! -o eth+ -p ipv6-icmp -m pkttype --pkt-type broadcast -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t nat -S -v
ip6tables -X
ip6tables -I INPUT -p tcp -j DROP
ip6tables -t filter -v -F FORWARD
ip6tables -v -I OUTPUT 3 -p sctp -m set --match-set nope dst,dst -m helper --helper ftp -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -t filter -A FORWARD -d 2001:db8::/32 -p ipv6-icmp -m conntrack --ctstate INVALID -j ACCEPT
ip6tables -t nat -A OUTPUT
ip6tables -t nat -S INPUT 3
ip6tables -t filter -N MYCHAIN
ip6tables -t security -A FORWARD -c 315 91658 -p tcp -m hl --hl-eq 183 -j CONNMARK --set-mark 0x2
ip6tables -t filter -A OUTPUT -d 2001:db8:1::1 -o eth1 -p tcp -j ACCEPT
ip6tables-save -c -t security
ip6tables -v -F FORWARD
ip6tables -t filter -D OUTPUT -j NFQUEUE
iptables -t nat -A INPUT -c 174 87846 -p icmp -m state --state ESTABLISHED,RELATED -m iprange --dst-range 10.0.0.1-10.0.0.31 -j TRACE
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [7:300]
:DOCKER - [0:0]
[1:193] -A DOCKER -d 192.36.124.146 -p udp -m multiport --sports 22,80:90,8080 -j SET --add-set blk dst
-A FORWARD ! -s 198.53.253.15 -o docker0 -p tcp -m conntrack --ctstate RELATED,ESTABLISHED -j MARK --or-mark 0x8
[1:290] -A OUTPUT ! -d 10.150.244.75/12 -p tcp --sport 80 -m pkttype ! --pkt-type unicast -j REJECT --reject-with tcp-reset
COMMIT
EOF
iptables -t nat -L -n --line-numbers
iptables -t nat -A PREROUTING -i docker0 -p sctp -m rpfilter --validmark --accept-local -j SNAT --to-source 172.17.0.2:80
ip6tables-restore --noflush <<'EOF'
*mangle
:DOCKER - [0:0]
[0:18] -A FORWARD ! -s ::1/32 -p all -m mark --mark 1 -j DOCKER
-A POSTROUTING -o eth1 -p udp -j DOCKER
COMMIT
EOF
ip6tables -t mangle -D FORWARD 2
ip6tables -I INPUT 4 -i br0 -m helper --helper sip -m connmark --mark 5/0xff -j CONNMARK --save-mark
ip6tables -Z INPUT 3
iptables -v -X DOCKER
iptables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
-A INPUT -d 10.195.250.10/24 -m connlimit --connlimit-upto 5 --connlimit-daddr -j DOCKER
-A FORWARD -p udp -m length --length 1500 -j NFQUEUE --queue-balance 0:3 --queue-bypass
COMMIT
EOF
ip6tables -t security -S -v
iptables -A OUTPUT -p icmp -j REJECT
iptables -A NOPE -m quota ! --quota 1000 -j DROP
iptables -t mangle -L
iptables -S -v
ipset flush nets
iptables -t filter -Z INPUT 1
iptables -t nat -P INPUT DROP
iptables -t filter -v -F
ip6tables-save -c
ip6tables -t raw -I OUTPUT 4 ! -o cni0 -p 47 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m connlimit --connlimit-upto 20 -j TRACE
ip6tables -v -X MYCHAIN
ip6tables-save -c
ip6tables -A INPUT -p sctp -m set --match-set nope src,dst --return-nomatch -m connmark --mark 0x1 -j CONNMARK --restore-mark --mask 0xff
ipset flush nets
ip6tables-save -c
ip6tables-save
ip6tables-save -t security
ip6tables-restore --noflush <<'EOF'
*raw
:RCHAIN - [0:0]
-A PREROUTING -p tcp -m length --length 1500 -j NFQUEUE --queue-num 3
-A PREROUTING ! -s ::1 -d ::1/128 -m mac --mac-source 02:00:00:00:00:76 -m limit --limit 100/day
COMMIT
EOF
ip6tables -t filter -A MYCHAIN -c 960 28646 -p udp -j TRACE
ip6tables -t filter -w 1 --append MYCHAIN -j MYCHAIN
ip6tables -t nat --list POSTROUTING --numeric --line-numbers
ipset list -t
ip6tables -t security -F
ip6tables-save -t mangle
ip6tables -t security -D FORWARD -i lo -p sctp -m limit --limit 100/day --limit-burst 5 -j LOG --log-prefix "x y" --log-level 4
ipset create six hash:ip family inet6
iptables-restore <<'EOF'
*mangle
:RCHAIN - [0:0]
-A PREROUTING ! -i br0 -p sctp -m limit --limit 1/hour -m mark --mark 1 -j TTL --ttl-set 64
-A PREROUTING -s 192.48.196.20/12 -p sctp -j RCHAIN
COMMIT
EOF
ipset del blk 10.0.2.3
ip6tables -t security -I INPUT 2 -s 2001:db8:1::1 -d ::1 -p sctp -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t raw -P OUTPUT ACCEPT
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
[0:410] -A FORWARD -p sctp -j RETURN
[1:165] -A FORWARD -o cni0 -p tcp -m helper --helper sip -m limit --limit 100/day --limit-burst 5
COMMIT
EOF
ip6tables -t filter -A INPUT -c 895 85085 ! -d fd00:: -i docker0 -p all -m comment --comment docker -m hl --hl-lt 188 -j NFLOG --nflog-group 3
ip6tables -S NOPE 2
ip6tables -t mangle -E DOCKER DOCKER-2
iptables -A DOCKER -s 172.114.245.189/8 ! -o docker0 -p udp -m rpfilter --validmark --accept-local -j TRACE
iptables -t security -F
iptables -v -F
ipset add blk 10.0.0.0
ip6tables -v -X
ip6tables -t mangle -A FORWARD -s ::1/128 ! -i lo -m statistic --mode nth --every 10 --packet 0 -m addrtype --dst-type MULTICAST -j SET --del-set six dst
ip6tables -A FORWARD -p udp -m helper --helper sip -j RETURN
iptables-save
ip6tables-save

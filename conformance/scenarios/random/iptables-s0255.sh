# Random iptables/ip6tables rule set, seed 255 (conformance/generators/iptables.ts)
iptables -I INPUT 3 -s 198.135.176.191/24 ! -d 10.55.246.27 -p tcp -m pkttype --pkt-type multicast -m mark --mark 0xffffffff -j MARK --set-xmark 0x4000/0x4000
iptables-save -t filter
iptables -C FORWARD -j NFQUEUE
iptables -t security -D OUTPUT 1
iptables -v -F
ip6tables -t mangle -v -F FORWARD
ip6tables -v -F OUTPUT
ip6tables-save -c
ip6tables -w 1 --append OUTPUT -o cni0 -p sctp -m statistic --mode nth --every 3 --packet 1 -m state --state ESTABLISHED,RELATED -j RETURN
ip6tables-save -c
ip6tables -t raw -L PREROUTING
ip6tables -t raw -Z PREROUTING 1
ipset list
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables -t raw -I PREROUTING -s fd00:a:b:: -p sctp -m helper ! --helper ftp -j ACCEPT
ip6tables -t filter -Z
ip6tables -L -n
ip6tables -w 1 --append OUTPUT -s fe80::1/128 -p tcp -j NFQUEUE
ipset test blk 10.0.0.2
ip6tables-save
ip6tables -t security -v -X
ip6tables -t filter -A OUTPUT -s ::1/16 -p tcp -j NFQUEUE --queue-num 3
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [2:533]
:RCHAIN - [0:0]
[0:80] -A FORWARD -p udp -m statistic --mode random --probability 0.5 -m connmark --mark 5/0xff -j REJECT
-A OUTPUT ! -s fd00:a:b:: -p tcp -j CONNMARK --save-mark
-A INPUT -i eth0 -p 47 -j DROP
-A FORWARD -p tcp -m set --match-set six dst,dst -m quota --quota 50000 -g RCHAIN
COMMIT
EOF
iptables -t filter -X FORWARD
iptables-save
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A OUTPUT -p icmp -j SET --add-set nets dst
-A INPUT -p icmp -m hashlimit --hashlimit-above 1/hour --hashlimit-mode dstip,dstport --hashlimit-name ssh --hashlimit-srcmask 24 -m recent ! --update -j TRACE
COMMIT
EOF
iptables -t mangle -v -I INPUT 2 -s 172.139.208.32 -m set ! --match-set nope src,dst --return-nomatch -j TTL --ttl-dec 1
iptables-restore -c <<'EOF'
*mangle
:KUBE-SERVICES - [0:0]
-A INPUT -p all -j DROP
-A KUBE-SERVICES -d 127.95.167.83/12 -i br0 -p all -m addrtype --src-type UNICAST -j KUBE-SERVICES
COMMIT
EOF
ipset add nets 10.0.0.0/16
ip6tables -t filter -A OUTPUT ! -s ::1 ! -d 2001:db8::/127
ip6tables -L OUTPUT 2 -n -v
ipset create blk hash:ip timeout 600
ip6tables-restore <<'EOF'
*filter
:DOCKER - [0:0]
[1:438] -A OUTPUT -p sctp -j REJECT --reject-with icmp6-no-route
COMMIT
EOF
ip6tables -t security -D FORWARD 1
ip6tables -t security -A INPUT -i docker0 -p all -j ACCEPT
ip6tables -L -n
iptables -N DOCKER-USER
ipset create nets hash:net counters
iptables -v -A NOPE -o eth1 -p 47 -j DOCKER-USER
ipset create six hash:ip family inet6
ip6tables -t nat -Z PREROUTING
ip6tables -t nat -A PREROUTING -p 47 -m hl --hl-lt 149 -m quota --quota 50000 -j LOG --log-level 4
ip6tables -t security -D FORWARD -d ::1 -i veth+ -p all -m addrtype ! --dst-type BROADCAST -m mark --mark 0x10/0xf0 -j CONNMARK --restore-mark
iptables -t nat -A PREROUTING -s 127.169.75.135 -d 127.90.44.101 -p icmp -m statistic --mode nth --every 10 --packet 0 -m rpfilter
iptables -X DOCKER-USER
iptables -t filter -I DOCKER-USER 1 ! -o eth+ ! -p udp -j TRACE
ipset create blk hash:ip
iptables -t filter -A INPUT -s 172.169.131.11/30 -p sctp -m recent --set -j REJECT --reject-with tcp-reset
iptables -X KUBE-SERVICES
iptables -t filter -w 1 --append FORWARD ! -s 10.86.48.140/16 -o eth+ -p icmp -m string --string 'GET /' --algo bm --to 40 --icase -j LOG
iptables -t security -A FORWARD -p tcp -m addrtype ! --dst-type MULTICAST
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A INPUT -p tcp -j ACCEPT
-A INPUT -s 127.173.46.137 -d 192.12.79.105/32 -p 47 -m state ! --state INVALID -j SET --add-set blk dst
COMMIT
EOF
iptables -A KUBE-SERVICES -d 198.24.236.240 -i veth+ -p 47 -j DROP
ipset add svc 10.96.0.2,tcp:443
iptables-save -c
ip6tables -v -X DOCKER
ip6tables -t filter -R OUTPUT 2 -p udp -m udp --dport 3000 -j TRACE
ip6tables -t raw --list PREROUTING --numeric --line-numbers
ipset test blk 10.0.2.1
ip6tables -t nat -Z
ip6tables -A INPUT -i veth+ -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
ip6tables -A OUTPUT -m hl --hl-gt 34 -m pkttype --pkt-type unicast -j CONNMARK --restore-mark --mask 0xff
ip6tables -I OUTPUT -s fd00:: -o cni0 -p all -j ACCEPT
ip6tables -t nat -C INPUT -d fd00:a:b::/16 -i eth0 -p 47 -j NFQUEUE --queue-num 3
ip6tables -I DOCKER 4 -p sctp -g DOCKER
ip6tables -N MYCHAIN
ip6tables -t mangle -I FORWARD 2 -d 2001:db8:: -p ipv6-icmp -j CHECKSUM --checksum-fill
iptables -t raw -A PREROUTING -m statistic --mode nth --every 10 --packet 0 -j ACCEPT
iptables -I OUTPUT 3 -p icmp -g DOCKER
ip6tables -t filter -A FORWARD -s 2001:db8:: ! -d fd00::/127 ! -o eth1 -p sctp -j REJECT --reject-with icmp6-no-route
iptables-save
ip6tables-save

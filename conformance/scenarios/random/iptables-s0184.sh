# Random iptables/ip6tables rule set, seed 184 (conformance/generators/iptables.ts)
iptables -t nat -Z INPUT 3
ip6tables -t mangle -P INPUT RETURN
ip6tables-save -c
iptables -S -v
iptables -t security -F
iptables -v -X
ipset save
iptables -t security -L INPUT 1 -n -v
iptables -t filter -L
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [3:562]
:DOCKER - [0:0]
-A OUTPUT -p udp -j LOG --log-level debug
COMMIT
EOF
ip6tables -t raw -N f2b-sshd
ip6tables -t mangle -D PREROUTING 1
ipset list -n
ip6tables -t raw -D PREROUTING 1
ip6tables -t filter -v -X
ip6tables -v -A FORWARD -d 2001:db8:1::1/48 -p sctp -j REJECT --reject-with icmp6-adm-prohibited
iptables -t raw -L PREROUTING
iptables-save -t mangle -c
iptables -t raw -A OUTPUT -d 127.77.235.19 -p tcp -m helper --helper ftp -j LOG --log-prefix "x y"
iptables -Z FORWARD 1
iptables -t raw -v -F NOPE
iptables-save -c
iptables -t filter -A OUTPUT -o cni0 -p sctp -m ttl --ttl-gt 99 -m pkttype ! --pkt-type unicast -j TRACE
ipset create blk hash:ip
iptables -t mangle -D OUTPUT -s 172.225.221.21/16 -p 47 -j ACCEPT
ipset create blk hash:ip
iptables -t filter -L -v -Z
iptables -F
iptables -I INPUT 1 -s 127.40.135.230/24 -p icmp -j SET --add-set blk src
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [5:444]
:RCHAIN - [0:0]
-A POSTROUTING -s 172.32.95.145 -p tcp -m comment --comment docker -j DROP
-A RCHAIN -m quota ! --quota 50000 -j NFQUEUE --queue-num 2 --queue-bypass
-A OUTPUT -d 198.249.56.103/24 ! -o cni0 -p icmp -j RETURN
COMMIT
EOF
iptables -t raw -A OUTPUT -p 47 -m addrtype ! --dst-type LOCAL -m rpfilter
iptables -t security -v -X
iptables -t raw -I PREROUTING 4 -i docker0 -p tcp -m tcp ! --dport 22 -j MARK --set-mark 0x1
iptables-save -c -t filter
iptables-save -t filter
iptables -X
iptables -t raw -X OUTPUT
iptables-save
ipset create six hash:ip family inet6
iptables-save
iptables -A OUTPUT -c 74 33427 ! -o eth1 -p icmp -j REJECT
ipset create six hash:ip family inet6
iptables -t nat -L -x -v -n
iptables-save
ip6tables -t nat -v -X
ip6tables -t mangle -R NOPE 2 -d fd00:: -i veth+ -p tcp -m statistic --mode nth --every 10 --packet 1 -j DROP
iptables -D INPUT -p tcp -j SET --add-set blk dst
ip6tables -t nat -A PREROUTING -i lo -p tcp --tcp-flags ALL ALL -j DROP
iptables -t security -D FORWARD -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.44 -m length --length 0:64 -j NFLOG --nflog-group 0
iptables-save -c
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [5:523]
:RCHAIN - [0:0]
-A RCHAIN -s 192.197.58.184 -p all -m length --length 1500 -m ttl --ttl-eq 100 -j DROP
-A INPUT -i docker0 -p tcp -m addrtype --src-type LOCAL -m statistic --mode nth --every 3 --packet 0 -j SET --add-set blk dst
[3:334] -A RCHAIN ! -s 198.22.247.146/24 -o cni0 -p tcp -m quota --quota 50000 -m limit --limit 100/day --limit-burst 20 -j RCHAIN
COMMIT
EOF
iptables -P FORWARD DROP
ipset create nets hash:net counters
iptables -t mangle -A PREROUTING -d 192.121.87.159/30 ! -i br0 -p udp -j SET --add-set blk src
iptables -A INPUT ! -i docker0 -m statistic --mode nth --every 10 --packet 1 -m comment --comment "kubernetes service portals" -g RCHAIN
iptables -t filter -D RCHAIN -s 172.14.85.8/30 ! -d 172.164.19.143 -i veth+ ! -o cni0 -m mark --mark 1
ipset destroy blk
iptables -t raw -A PREROUTING -c 417 68246 -d 172.220.62.229 -i veth+ -p udp -m udp --dport 0 -j DROP
iptables -X FORWARD
iptables-save -c -t security
iptables -t security -A OUTPUT -c 278 21320 -m length --length 0:64 -m recent --update --seconds 1 --hitcount 20 --rdest -j ACCEPT
iptables -Z RCHAIN 3
iptables -A RCHAIN -p udp -j NFQUEUE --queue-num 2 --queue-bypass
iptables -t mangle -S PREROUTING 2
ip6tables -t raw -v -I DOCKER 1 -p ipv6-icmp -m mark --mark 1 -j CHECKSUM --checksum-fill
ip6tables -t raw -A PREROUTING -s fe80::1 ! -d ::1/48 -i br0 -p all -m conntrack --ctstate NEW -j NOTRACK
ip6tables -t filter -X OUTPUT
iptables -t security -A INPUT -d 10.181.157.231 -p tcp -m length --length 1500 -j TRACE
iptables -t nat -I INPUT -i eth0 -p 47 -j SET --add-set nets dst
iptables -t raw -I PREROUTING 4 ! -d 127.221.88.69 -j ACCEPT
iptables-save
ip6tables-save

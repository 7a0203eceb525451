# Random iptables/ip6tables rule set, seed 257 (conformance/generators/iptables.ts)
iptables -t filter -I OUTPUT -s 192.107.158.182/12 -p icmp -m string --string 'GET /' --algo kmp -m recent --update --name DEFAULT --hitcount 4 --rdest -j DROP
iptables-save
iptables -t security -D OUTPUT ! -s 198.20.237.116/24 -m recent --rcheck --seconds 60 -j MARK --set-xmark 0x4000/0x4000
iptables -v -F FORWARD
iptables -t security -A FORWARD -s 127.231.248.0/30 -i veth+ -j NFLOG --nflog-group 3 --nflog-prefix p
ipset create blk hash:ip
iptables -Z
iptables -t mangle -X POSTROUTING
iptables -t raw -v -I OUTPUT 3 -p sctp -j NOTRACK
iptables -t nat -N LOGDROP
iptables -t nat -I LOGDROP 3 -s 192.49.54.11 -o cni0 -p tcp -j TRACE
iptables -v -X
iptables-save
iptables -Z OUTPUT 1
ipset flush nets
iptables -S
iptables -t nat -A LOGDROP -o eth1 -p all -m conntrack --ctstate NEW -m state --state NEW -j DROP
iptables -L INPUT 1 -n -v
iptables -t nat -L -v -Z
iptables -t filter -A FORWARD -m mac ! --mac-source 02:00:00:00:00:77 -m addrtype --dst-type MULTICAST -j DROP
ip6tables -t filter -L -v -Z
ip6tables -t nat -N LOGDROP
ip6tables -t nat -A INPUT -d fd00:: -m helper --helper ftp -m hl --hl-gt 82 -j DROP
ip6tables -t filter -F
ip6tables -t nat -D INPUT 2
ip6tables-save -c
ip6tables -A INPUT -p all -m limit --limit 10/second --limit-burst 5 -j TRACE
iptables -t filter -D OUTPUT 2
iptables -t security -F
ipset create six hash:ip family inet6
ip6tables -t filter -S
ip6tables -t mangle -D OUTPUT -s 2001:db8:: -p tcp -j ACCEPT
ip6tables -t filter -L INPUT 2 -n -v
iptables-save -c
iptables -t nat -L PREROUTING -n -v --line-numbers
iptables -t security -A OUTPUT -d 10.103.107.65/16 -p sctp -j NFLOG --nflog-group 3
iptables -t raw -A PREROUTING -p icmp -m conntrack --ctstate INVALID -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A DOCKER -m iprange --src-range 2001:db8::1-2001:db8::9 -g DOCKER
-A DOCKER -d fd00:a:b:: -p tcp -j NFLOG --nflog-group 4 --nflog-prefix p
-A OUTPUT -p sctp -m set --match-set nope src ! --update-counters -j CT --zone-orig 2
[0:287] -A OUTPUT ! -o eth+ -p tcp -m dscp --dscp 0x2e -j NFQUEUE --queue-num 3
COMMIT
EOF
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [4:947]
:DOCKER - [0:0]
-A DOCKER -p udp -j MARK --set-mark 0x1
[4:96] -A FORWARD -s 172.11.225.218/16 -m dscp --dscp 0x2e -m addrtype --dst-type LOCAL -j MARK --set-mark 0x1
COMMIT
EOF
iptables -t filter -v -A DOCKER ! -s 192.34.9.108 -d 10.222.169.185 -m connlimit --connlimit-upto 100 -j ACCEPT
iptables -t filter -I INPUT -d 192.216.243.248/16 -p sctp -m comment --comment "kubernetes service portals" -g DOCKER
ip6tables -A OUTPUT -p all -j CONNMARK --set-mark 0x2
ip6tables -t nat -S LOGDROP 2
ip6tables -t security -v -X
ip6tables -L -n -v
ip6tables -t nat -C POSTROUTING -d fe80::1 -p udp -m rpfilter --validmark --accept-local -j CONNMARK --set-mark 0x2
ip6tables -A OUTPUT -p all
ip6tables-save
ip6tables-save -c
ip6tables -t filter -F
ip6tables -t filter -L -x -v -n
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [7:456]
:RCHAIN - [0:0]
-A OUTPUT -d ::1/16 -o cni0 -p all -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode avgpkt -m limit --limit 5/min -j RCHAIN
-A RCHAIN -s 2001:db8:1::1/128 -m comment --comment x_y-z -m set --match-set nope src,dst -j NOTRACK
-A OUTPUT -p all -m dscp --dscp 0x2e -m statistic --mode random --probability 1 -j RETURN
[0:148] -A RCHAIN -j RCHAIN
COMMIT
EOF
ip6tables -L -n --line-numbers
ip6tables -t nat -A OUTPUT -m conntrack --ctstate NEW -g LOGDROP
iptables -C OUTPUT -p icmp -j NFLOG --nflog-group 0
ip6tables -C OUTPUT -d fd00::/127 -m helper --helper sip -m limit --limit 10/second -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -t raw -A RCHAIN -p ipv6-icmp -m string --string 'GET /' --algo bm -j RCHAIN
ip6tables-save -c -t filter
ip6tables -t filter -L FORWARD 3 -n -v
ipset create svc hash:ip,port
ip6tables -t filter -S OUTPUT 2
ip6tables -P FORWARD RETURN
ipset add blk 10.0.0.1
ip6tables -t security -N LOGDROP
ipset flush blk
ip6tables -t mangle -S FORWARD 3
ip6tables -w 1 --append FORWARD -s fd00:a:b::/127 -p sctp -m statistic --mode nth --every 10 --packet 0 -m addrtype --src-type LOCAL
ip6tables -A INPUT -p udp -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables-save -c
ip6tables -A INPUT -p tcp -j TRACE
iptables-save
ip6tables-save

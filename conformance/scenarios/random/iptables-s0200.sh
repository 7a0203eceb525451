# Random iptables/ip6tables rule set, seed 200 (conformance/generators/iptables.ts)
iptables -t raw -L -x -v -n
iptables -t filter -v -A FORWARD -p sctp -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -A INPUT ! -s 198.13.70.131/16 -p tcp -m pkttype ! --pkt-type multicast -m multiport ! --sports http,https -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t nat -S -v
iptables -t filter -v -X
ip6tables -t filter -A OUTPUT -d fe80::1/127 -p 47 -j CONNMARK --restore-mark --mask 0xff
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t filter -D INPUT 1
ip6tables -S NOPE
ip6tables -C FORWARD -o eth+ -p udp -m addrtype --src-type UNICAST -j DROP
ip6tables -v -I INPUT 1 -p ipv6-icmp -m statistic --mode nth --every 10 --packet 1 -m physdev --physdev-is-bridged -j LOG
ip6tables-save -c
ip6tables -t security -S -v
ip6tables -t mangle -P PREROUTING RETURN
ip6tables -A FORWARD -s 2001:db8:: -p sctp -m statistic --mode random --probability 0.5 -m mark --mark 0x4000/0x4000 -j NFLOG --nflog-group 3
ip6tables -t filter -R FORWARD 2 -s ::1/48 -i br0 -p udp -m dscp --dscp-class AF41 -m dscp --dscp 0x2e
ip6tables -w 1 --append FORWARD -p 47 -m mark --mark 0xffffffff -m comment --comment x_y-z -j ACCEPT
ip6tables -v -X
ip6tables-restore <<'EOF'
*raw
:RCHAIN - [0:0]
-A PREROUTING -d fe80::1 -p 47 -m connlimit --connlimit-upto 100 --connlimit-mask 64 -m limit --limit 1/hour -j RCHAIN
[1:293] -A RCHAIN -o eth1 ! -p tcp -m set --match-set nope dst ! --update-counters -j NFQUEUE --queue-num 3
-A OUTPUT -s ::1/127 -d fd00:: -j RCHAIN
-A OUTPUT -s fd00:a:b:: ! -o eth1 -p tcp -j DROP
COMMIT
EOF
ip6tables -t security -w 1 --append OUTPUT -d fd00::/16 -p sctp -j NFLOG --nflog-group 4
ip6tables -t mangle -I INPUT 1 -s 2001:db8:1::1/32 -m connmark --mark 5/0xff -m connmark --mark 0x1 -j TRACE
ip6tables -L FORWARD
ip6tables -v -X
ipset create svc hash:ip,port
ip6tables -t raw -A PREROUTING -c 36 60251 -p ipv6-icmp -m state ! --state INVALID -j MARK --set-mark 0x1
ipset create nets hash:net
ip6tables -t nat -I POSTROUTING -s fe80::1/48 -d 2001:db8:: -m statistic --mode random --probability 0.1 -j LOG
ipset list
iptables-save -t filter
iptables -X
ipset -exist create blk hash:ip
iptables -P FORWARD DROP
iptables -L -v
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A INPUT -p icmp -m limit --limit 1/hour --limit-burst 5 -j CHECKSUM --checksum-fill
-A DOCKER -d 127.170.6.134/30 -p tcp -m addrtype --src-type LOCAL -j DROP
COMMIT
EOF
iptables -t mangle -L -v -Z
ipset destroy six
iptables -I OUTPUT 2 -m quota --quota 50000 -j NFLOG --nflog-group 3
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [8:781]
:DOCKER - [0:0]
-A DOCKER -m mark --mark 1 -m set --match-set blk dst -g DOCKER
[4:349] -A OUTPUT -s 192.7.212.117/8 -p tcp -m helper ! --helper ftp -j SET --del-set blk dst
-A INPUT -p 47 -m connmark --mark 0x1 -m recent --remove -g DOCKER
COMMIT
EOF
ipset flush blk
iptables -A DOCKER -s 198.161.210.187/30 -d 172.141.11.36 -o eth1 -p udp -m recent ! --remove --hitcount 20 -j NFQUEUE --queue-num 2 --queue-bypass
iptables -t mangle -D POSTROUTING 4
iptables -t nat -v -A INPUT -d 10.236.180.148/12 -p sctp
iptables -t nat -w 1 --append INPUT -i eth0 -p 47 -m connlimit --connlimit-above 20 --connlimit-mask 16 -m length --length 100:200 -j CONNMARK --set-mark 0x2
iptables-save
iptables -t filter -v -I FORWARD 3 -i docker0 -p sctp -m owner --uid-owner 100-200 -j DOCKER
iptables -t security -A DOCKER -p udp -m multiport ! --ports 22,80:90,8080 -j MARK --set-mark 5/0xff
ipset add six 2001:db8::1
iptables -D FORWARD -o docker0 -p 47 -m set --match-set nets src,dst -m limit --limit 1/hour -j LOG --log-prefix "IN: "
iptables -t filter -A INPUT -s 172.108.11.1/24 -d 192.37.249.4/16 -p 47 -m statistic --mode random --probability 0.25000000000 -j LOG --log-prefix "drop"
iptables -A DOCKER -m connlimit --connlimit-above 20 -j DOCKER
iptables -R DOCKER 3 ! -d 192.55.97.40 -p tcp -m multiport --sports 80,443 -j DOCKER
iptables -t raw -N KUBE-SEP-XYZ
iptables -t mangle -A PREROUTING -d 192.231.149.215 -p tcp -m tcp --dport 443:65535 -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode bytes -j RETURN
iptables -A FORWARD -p 47 -m addrtype --src-type LOCAL -j NFLOG --nflog-group 4 --nflog-prefix p
iptables-save -t mangle
iptables -v -I OUTPUT 3 -p sctp -g DOCKER
ip6tables -t security -L OUTPUT 2 -n -v
ip6tables -v -F
ipset flush blk
ip6tables -t nat -A INPUT -m statistic --mode nth --every 3 --packet 0 -m conntrack ! --ctstate UNTRACKED -j MARK --xor-mark 0x3
ip6tables -t raw -A RCHAIN -d 2001:db8:1::1/32
ipset create six hash:ip family inet6
ipset -exist create blk hash:ip timeout 600
ip6tables -t nat -v -F
ip6tables -t filter -N LOGDROP
ip6tables -t filter -v -I LOGDROP 3 -d fd00:: ! -o eth1 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m physdev --physdev-is-bridged -j MARK --set-mark 5/0xff
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t filter -Z
ip6tables -A OUTPUT -m pkttype --pkt-type broadcast -g LOGDROP
ip6tables -t mangle -F
iptables-save
ip6tables-save

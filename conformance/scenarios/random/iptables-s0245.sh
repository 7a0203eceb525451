# Random iptables/ip6tables rule set, seed 245 (conformance/generators/iptables.ts)
iptables -t security -D INPUT -i veth+ -p udp -m quota --quota 50000 -j LOG --log-level 4
iptables -F
iptables -I NOPE 2 -o docker0 -j MARK --set-mark 5/0xff
ip6tables -t security -A FORWARD -s fe80::1/128 -i br0 -p 47 -m hashlimit --hashlimit-upto 5/min --hashlimit-burst 100 --hashlimit-mode dstip,dstport --hashlimit-name ssh -j MARK --xor-mark 0x3
iptables -w 1 --append FORWARD ! -s 127.160.44.132 -p icmp -m addrtype --dst-type LOCAL -m helper --helper ftp -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -t nat -X INPUT
iptables -t filter --list OUTPUT --numeric --line-numbers
iptables -t nat -v -X
ipset list
ip6tables -t mangle -A PREROUTING -d 2001:db8:1::1/128 -i eth0 -p ipv6-icmp -m connmark --mark 0x1 -j ACCEPT
iptables -t filter --list FORWARD --numeric --line-numbers
iptables -I OUTPUT -p tcp -m addrtype --src-type LOCAL --syn -j NFQUEUE --queue-num 2 --queue-bypass
iptables -t mangle -A FORWARD -s 172.43.49.121 -p icmp -m recent --remove --name web -j RETURN
iptables -C OUTPUT -p icmp -m hashlimit --hashlimit-above 10/sec --hashlimit-burst 100 --hashlimit-name ssh -m statistic --mode nth --every 2 --packet 0 -j TTL --ttl-dec 1
iptables -t mangle -A INPUT -c 714 52994 -p icmp -m hashlimit --hashlimit-above 1/hour --hashlimit-burst 10 --hashlimit-mode dstip,dstport --hashlimit-name ssh -m addrtype ! --dst-type UNICAST -j DSCP --set-dscp 0x2e
iptables-save -t filter -c
iptables -t security -S FORWARD 3
iptables -F
iptables -t nat -A INPUT -o docker0 -p icmp -m statistic --mode nth --every 2 --packet 1 -m statistic --mode random --probability 0.5 -j REJECT --reject-with icmp-admin-prohibited
iptables -P INPUT RETURN
iptables-save -c
iptables -t security -Z
iptables -t nat -D OUTPUT -p icmp -m rpfilter --invert -j MARK --xor-mark 0x3
iptables -A FORWARD ! -p udp -m hashlimit --hashlimit-upto 100 --hashlimit-burst 100 --hashlimit-name web -m multiport --ports http,https -j CONNMARK --save-mark
iptables -I INPUT 2 -s 127.2.155.160/30 -p tcp --syn -j CONNMARK --restore-mark
iptables -F
ipset create svc hash:ip,port
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:646]
:DOCKER - [0:0]
-A DOCKER ! -s fe80::1/48 -p udp -m multiport --dports 80,443
COMMIT
EOF
ip6tables -t filter -A FORWARD -i docker0 -m addrtype --src-type UNICAST -m recent --set --name DEFAULT --hitcount 20 -j DOCKER
ipset -exist create blk hash:ip timeout 600
ip6tables -D OUTPUT 2
iptables -I FORWARD -s 192.112.176.92 -d 10.146.125.182/12 -p sctp -m string --hex-string '|0d0a|' --algo kmp --to 40 -j NFLOG --nflog-group 3
iptables-save -c -t filter
ipset add svc 10.96.0.1,tcp:80
ip6tables -t filter -I FORWARD ! -s 2001:db8:1::1/16 -g DOCKER
ipset create six hash:ip family inet6
ip6tables -L INPUT 3 -n -v
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [8:466]
:RCHAIN - [0:0]
-A FORWARD -p tcp -m limit --limit 10/second -j CONNMARK --save-mark
-A RCHAIN -d ::1 ! -p tcp -m dscp --dscp-class AF41 -m multiport --dports 80,443 -j MARK --and-mark 0xff
-A FORWARD -s fd00::/64 ! -o eth1 -m hashlimit --hashlimit-above 100 --hashlimit-mode srcip,srcport --hashlimit-name web --hashlimit-srcmask 16 --hashlimit-htable-expire 0 -j TRACE
COMMIT
EOF
ip6tables -t nat -X OUTPUT
ip6tables -Z FORWARD 1
ip6tables -N KUBE-SVC-ABC
ip6tables -A INPUT -d fd00:: -p all -m comment --comment docker -j ACCEPT
ip6tables -v -A FORWARD -d fd00:a:b::/16 -p tcp -j KUBE-SVC-ABC
ipset add blk 10.0.0.2
ip6tables -I DOCKER 2 -s fd00:a:b::/16 -d ::1 -p all -j DOCKER
ipset create six hash:ip family inet6
ip6tables -D FORWARD -d ::1 -i docker0 -p sctp -j DOCKER
ip6tables -t nat -A POSTROUTING -p sctp -m string --string 'GET /' --algo bm -m mark --mark 1 -j NFQUEUE --queue-num 3
ip6tables -t mangle -F
ip6tables -t raw -D OUTPUT 1
ip6tables -t raw -F
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [5:884]
:DOCKER - [0:0]
-A POSTROUTING -m recent --rcheck --seconds 0 -m statistic --mode nth --every 10 --packet 1 -j CONNMARK --save-mark
-A POSTROUTING -s 2001:db8::/32 -p tcp -m pkttype --pkt-type multicast -j DROP
COMMIT
EOF
ipset -exist create blk hash:ip
iptables -D INPUT -p tcp -m physdev ! --physdev-is-in
iptables -t mangle -A FORWARD -p 47 -m statistic --mode nth --every 3 --packet 1 -m state --state NEW -j CONNMARK --save-mark
iptables -v -F
iptables-save -c
iptables -t security -A INPUT -d 10.106.122.100/0 -i veth+ -p udp -m iprange --dst-range 10.0.0.1-10.0.0.194 -j MARK --and-mark 0xff
iptables -t filter -L -v -Z
iptables -v -I OUTPUT 1 -s 172.190.220.226 -o docker0 -p 47 -m statistic --mode random --probability 0.1 -m dscp --dscp 0x2e -j MARK --set-xmark 0x4000/0x4000
iptables -C FORWARD -o eth1 -p 47 -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -L NOPE
iptables -A OUTPUT -d 127.27.212.247/32 -p 47 -m statistic --mode nth --every 3 --packet 0 -j MARK --xor-mark 0x3
ip6tables -L FORWARD -n -v --line-numbers
ipset create blk hash:ip
ip6tables -t mangle -v -A DOCKER ! -i docker0 -o eth1 -p udp -j DSCP --set-dscp 10
ip6tables -t security -S INPUT 2
ip6tables -v -X
ip6tables -t raw -N KUBE-SERVICES
ip6tables -t security -A RCHAIN -p 47 -j RCHAIN
iptables-save
ip6tables-save

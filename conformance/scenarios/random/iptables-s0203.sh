# Random iptables/ip6tables rule set, seed 203 (conformance/generators/iptables.ts)
iptables-restore -c <<'EOF'
*security
:INPUT DROP [6:337]
:DOCKER - [0:0]
-A DOCKER -p all -j DROP
-A OUTPUT -s 127.211.16.201/24 -p tcp --syn -j MARK --set-mark 0x1
-A INPUT -j DROP
COMMIT
EOF
iptables -t filter -A INPUT -s 172.162.91.207/8 -d 10.191.195.122/0 -p tcp -j MARK --set-mark 0x1
iptables -t mangle -A INPUT ! -i veth+ -m addrtype --src-type LOCAL -m dscp --dscp 10 -j SET --add-set nets src
ip6tables -t nat -Z PREROUTING
ip6tables -t mangle -D POSTROUTING 1
ip6tables -t security -D FORWARD 1
ip6tables -t nat -I OUTPUT 4 -d ::1/128 -m conntrack --ctstate NEW -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t nat -L PREROUTING 1 -n -v
iptables -t nat -A INPUT -p sctp -m addrtype --src-type UNICAST -j ACCEPT
iptables -A FORWARD -p tcp -m tcp --dport 53 -m recent --set --seconds 60 --hitcount 20 -j CONNMARK --save-mark
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [7:244]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p tcp -m recent --set --name web --seconds 1 -j DROP
COMMIT
EOF
iptables-save -t filter
ipset create six hash:ip family inet6
iptables -t raw -I OUTPUT 1 -p all -m helper --helper sip
ipset create blk hash:ip
iptables -t mangle -D PREROUTING 2
iptables -t raw -A PREROUTING -s 198.87.53.160/8 -m pkttype --pkt-type unicast -m rpfilter --loose -j DROP
ipset create nets hash:net counters
ip6tables -t raw -A PREROUTING -d fd00::/32 -p all -m physdev ! --physdev-is-in -m mac --mac-source 02:00:00:00:00:66 -j RETURN
ip6tables -t nat -I POSTROUTING 1 -d 2001:db8::/127 -p tcp -j SET --add-set six src
ip6tables -t filter -I INPUT -p sctp -j SET --del-set six src
ip6tables -v -F
ipset -exist create blk hash:ip
ipset test blk 10.0.0.2
iptables -t mangle -A POSTROUTING ! -d 127.81.156.104 -p 47 -m connlimit --connlimit-upto 20 -m ttl --ttl-gt 250 -j CHECKSUM --checksum-fill
ip6tables -C OUTPUT -j LOG --log-prefix "drop" --log-level info
iptables-restore --noflush -c <<'EOF'
*security
:INPUT ACCEPT [5:343]
:DOCKER - [0:0]
-A INPUT -p udp -m quota --quota 1000 -m set --match-set nets dst,dst ! --update-counters -j NFLOG --nflog-group 2 --nflog-prefix p
[4:142] -A OUTPUT -m connmark ! --mark 5/0xff -j LOG --log-prefix "IN: " --log-level debug
-A FORWARD -i br0 -m ttl --ttl-gt 36 -m rpfilter -j NFQUEUE --queue-num 3
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT DROP [3:757]
:DOCKER - [0:0]
-A OUTPUT -s 192.24.223.143/8 -o eth1 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.60 -j SET --add-set blk src
COMMIT
EOF
iptables -v -I DOCKER 3 -m helper --helper sip -m helper --helper ftp -j NFLOG --nflog-group 4
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [8:576]
:RCHAIN - [0:0]
-A RCHAIN ! -d fe80::1 -m state --state NEW -j MARK --set-xmark 0x4000/0x4000
-A RCHAIN -p sctp -m hl --hl-lt 113 -j NOTRACK
-A PREROUTING -s fd00:a:b:: -p 47 -m rpfilter --loose -j RETURN
-A RCHAIN ! -i lo ! -o cni0 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
ip6tables -X
ip6tables -N KUBE-SERVICES
ip6tables -t filter -A FORWARD -p all -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m limit --limit 10/second -g KUBE-SERVICES
ip6tables -D KUBE-SERVICES -p udp -m state ! --state NEW -j KUBE-SERVICES
ip6tables -Z
ip6tables -t filter -A NOPE -m connlimit --connlimit-above 100 --connlimit-mask 128
ip6tables -t nat -N LOGDROP
ip6tables -t security -D INPUT 2
ip6tables -D INPUT -p tcp -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t filter -C OUTPUT ! -o docker0 -p udp -m connmark --mark 5/0xff -j MARK --set-mark 5/0xff
ip6tables -I FORWARD 2 -p udp -m dscp --dscp 10 -g KUBE-SERVICES
iptables -t nat -I POSTROUTING 2 -s 127.38.92.243/24 -p tcp -j TRACE
iptables -S -v
iptables -t filter -A DOCKER -j TRACE
ipset create blk hash:ip
iptables -t security -A NOPE -c 217 76658 -i docker0 -p 47 -m statistic --mode nth --every 3 --packet 0 -j CONNMARK --restore-mark
iptables -t security -X
iptables -t security -A INPUT -p udp -m pkttype --pkt-type multicast -m helper --helper ftp -j TRACE
iptables -t filter -X FORWARD
iptables-save -c -t security
iptables -t filter -A DOCKER -c 422 75685 -p tcp -m rpfilter --invert -m length --length 1500 -j DOCKER
iptables -L INPUT 1 -n -v
iptables -t nat -X PREROUTING
iptables -A DOCKER -m recent --rcheck --rdest -g DOCKER
ip6tables -I OUTPUT -s 2001:db8:1::1 -d fd00:: -o cni0 -p tcp -j CONNMARK --restore-mark
ip6tables -t raw -A OUTPUT -s ::1/64 -p 47 -m connmark --mark 5/0xff -m addrtype --src-type UNICAST -j NOTRACK
ip6tables-save
ip6tables -t raw -D OUTPUT 1
ip6tables-save
ipset create six hash:ip family inet6
ipset add svc 10.96.0.1,tcp:443
ip6tables -t filter -P FORWARD ACCEPT
ip6tables-save -t filter
ipset add svc 10.96.0.0,tcp:443
ip6tables -t security -A FORWARD -o eth1 -p 47 -m connbytes ! --connbytes 1000: --connbytes-dir reply --connbytes-mode avgpkt -j MARK --and-mark 0xff
ip6tables -t filter -C OUTPUT ! -d fd00:a:b::/127 -m statistic --mode random --probability 0.33333333349 -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
ip6tables -t nat -F LOGDROP
ip6tables-save -c
ip6tables -t filter -L -v -Z
ipset create nets hash:net
iptables-save
ip6tables-save

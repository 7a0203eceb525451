# Random iptables/ip6tables rule set, seed 246 (conformance/generators/iptables.ts)
ipset test blk 10.0.1.1
iptables -t filter -N LOGDROP
iptables -t filter -A OUTPUT -d 192.107.78.95 -p tcp -m mac ! --mac-source 02:00:00:00:00:23 -m state --state INVALID -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t filter -A FORWARD -o docker0 -p ipv6-icmp -j LOG
ip6tables -X INPUT
ip6tables -t raw -D PREROUTING 1
ip6tables -t mangle -F
iptables -t raw -v -F OUTPUT
iptables -I OUTPUT 1 -d 192.103.132.244 -p 47 -m dscp --dscp 10 -m ttl --ttl-eq 45 -j REJECT --reject-with icmp-net-unreachable
iptables -Z NOPE 3
iptables -t nat -X
iptables -A LOGDROP -j LOGDROP
iptables -t mangle -I OUTPUT -s 198.132.161.184 -o docker0 -m comment --comment "kubernetes service portals" -m set --match-set nets dst,dst --return-nomatch ! --update-counters -j ACCEPT
ipset test blk 10.0.1.0
iptables -v -I LOGDROP 3 -p icmp -m statistic --mode nth --every 3 --packet 1
iptables -t nat -R POSTROUTING 1 -p tcp -m length --length 100:200 -m rpfilter --invert -j TRACE
ip6tables -t mangle -X
ip6tables -t security -L OUTPUT 1 -n -v
ipset add nets 10.1.0.0/16
ip6tables -t filter -A OUTPUT -c 781 62656 -j ACCEPT
iptables -L -v -Z
iptables -t security -A INPUT -s 198.106.249.9 ! -d 192.2.148.216/12 -p icmp -j MARK --and-mark 0xff
iptables-restore -c <<'EOF'
*security
:INPUT ACCEPT [6:167]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d 10.108.71.245 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.187 -j REJECT --reject-with icmp-net-unreachable
COMMIT
EOF
iptables -A INPUT -i veth+ -m iprange ! --dst-range 10.0.0.1-10.0.0.99 -m length --length 100:200 -j LOGDROP
iptables -t security -I KUBE-SERVICES -o eth1 -p sctp -m physdev ! --physdev-is-in -j NFQUEUE --queue-num 2 --queue-bypass
iptables -t raw -A OUTPUT -s 10.229.181.199/32 -p udp -m helper --helper ftp -m statistic --mode random --probability 0.5 -j SET --add-set nets src
iptables -t nat -D PREROUTING -d 127.101.87.56/24 -p udp -m statistic --mode nth --every 2 --packet 1 -j TRACE
ip6tables -t mangle -A INPUT -j CONNMARK --restore-mark --mask 0xff
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [2:238]
:DOCKER - [0:0]
-A OUTPUT -p tcp -m state --state INVALID -j DOCKER
-A OUTPUT -m dscp --dscp 0x2e -j RETURN
-A DOCKER -o cni0 -p tcp -m helper --helper ftp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
COMMIT
EOF
ip6tables -t filter -D OUTPUT 1
ip6tables -t raw -L OUTPUT 1 -n -v
ipset del blk 10.0.2.3
ip6tables -t filter -L -v -Z
ip6tables -t mangle -L PREROUTING 2 -n -v
ip6tables -t mangle -v -F
ip6tables -t security -I OUTPUT 3 -s ::1/128 ! -d ::1 -p ipv6-icmp -m limit --limit 100/day -j MARK --and-mark 0xff
ip6tables -t security -A OUTPUT -d 2001:db8::/48 -p sctp -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter -N KUBE-SVC-ABC
ip6tables -t security -F
ip6tables-save -c
ip6tables-save
ip6tables -A KUBE-SVC-ABC -d 2001:db8:: -o docker0 -j MARK --and-mark 0xff
ip6tables -t mangle -I OUTPUT -d ::1 -p tcp -j SET --del-set six src
iptables -t raw -nvL
iptables -t filter -A OUTPUT -d 127.42.173.57/24 -p all -m ttl --ttl-lt 109 -j LOGDROP
iptables -L FORWARD
iptables -v -A LOGDROP -s 172.232.216.5 ! -p tcp -j LOG
iptables -t filter -D LOGDROP 1
iptables -X LOGDROP
iptables -D OUTPUT -p all -m comment --comment "kubernetes service portals" -j CONNMARK --set-mark 0x2
iptables -t filter -w 1 --append INPUT -p sctp -j DROP
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [4:145]
:RCHAIN - [0:0]
-A INPUT -d 192.209.18.192 -p tcp -j NFQUEUE --queue-num 3
COMMIT
EOF
iptables -I INPUT 2 -i lo -p tcp -m addrtype --src-type UNICAST -j DROP
iptables -I RCHAIN 2 -i docker0 -p all -m set --match-set svc src,dst -m length --length 0:64 -j CONNMARK --restore-mark
iptables -t filter -A OUTPUT ! -s 172.188.91.46 -p all -m rpfilter --loose -m recent --update --name web -j CONNMARK --restore-mark
ipset save
ip6tables -t filter -I NOPE 3 -d 2001:db8:1::1 -p sctp -m dscp --dscp-class EF -j REJECT --reject-with tcp-reset
ip6tables -A FORWARD -p tcp -g KUBE-SVC-ABC
ipset add six 2001:db8::1
ip6tables -v -F
ipset list
ip6tables -t mangle -N KUBE-SVC-ABC
ip6tables -L FORWARD 3 -n -v
ipset add six 2001:db8::1
ip6tables -t filter -D DOCKER 1
ipset flush nets
iptables -t security -P FORWARD DROP
iptables -t filter -A OUTPUT ! -s 10.131.44.248 -p sctp -m ttl --ttl-lt 23 -m addrtype --dst-type LOCAL -j RETURN
ipset list
ipset destroy blk
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 250 (conformance/generators/iptables.ts)
iptables -t nat -N DOCKER
iptables-restore <<'EOF'
*nat
:DOCKER - [0:0]
-A PREROUTING -i veth+ ! -o eth+ -p 47 -m addrtype --dst-type LOCAL -m length --length 0:64
COMMIT
EOF
iptables -L -v -Z
iptables -t raw -S OUTPUT 2
iptables -A OUTPUT -p tcp -m dscp ! --dscp-class EF -j DROP
iptables -t filter -L INPUT 1 -n -v
iptables -t mangle -A OUTPUT -s 192.2.131.153/32 -p sctp -m helper --helper ftp -j DSCP --set-dscp 10
iptables -t mangle -A OUTPUT -s 198.248.159.69 -p sctp -m hashlimit --hashlimit-upto 10/sec --hashlimit-burst 100 --hashlimit-mode srcip,srcport --hashlimit-name web -j NFQUEUE
iptables -t security -A FORWARD -o cni0 -m pkttype --pkt-type broadcast -j DNAT --to-destination 10.0.0.2
iptables -t security -D OUTPUT 1
iptables -A OUTPUT -o cni0 -p all -m length --length 0:64 -j REJECT --reject-with icmp-port-unreachable
ipset add nets 10.2.0.0/16
ipset add blk 10.0.2.1
iptables -t filter -w 1 --append FORWARD -o docker0 -p 47 -m mac ! --mac-source 02:00:00:00:00:87 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t raw -L -n --line-numbers
ip6tables -t filter -X FORWARD
ip6tables -A FORWARD -p sctp -m helper --helper ftp -j TRACE
ip6tables -t filter -L OUTPUT 1 -n -v
iptables -t filter -L
ip6tables -t mangle -A INPUT -s 2001:db8:1::1/128 -p ipv6-icmp -m helper --helper ftp -m statistic --mode random --probability 1 -j LOG --log-prefix "drop"
ip6tables -t nat -R OUTPUT 3 -m state ! --state NEW -j MARK --or-mark 0x8
ip6tables -N KUBE-SVC-ABC
ip6tables -t security -X
ip6tables -t mangle -w 1 --append INPUT -i eth0 -m statistic --mode random --probability 1 -j TRACE
iptables -A OUTPUT -p icmp -m string --string 'GET /' --algo bm --to 100 -j MARK --set-mark 0x1
iptables -t security -L OUTPUT 2 -n -v
iptables -S OUTPUT 3
iptables -S FORWARD 1
iptables -L -n --line-numbers
iptables -I FORWARD -d 192.68.1.58/16 -p udp -m udp --dport 1024 -m recent --set --seconds 1 -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -t filter --list OUTPUT --numeric --line-numbers
iptables -t security -A OUTPUT ! -o eth1 -p icmp -m ttl --ttl-lt 140 -j RETURN
iptables -v -X
iptables -t security -F
ip6tables-save -t mangle
iptables -t raw -A OUTPUT -s 172.158.11.98 -d 10.151.78.127 -p 47 -m comment --comment "kubernetes service portals" -j TTL --ttl-dec 1
iptables -w 1 --append FORWARD -d 198.34.66.197 -p tcp -m conntrack --ctstate UNTRACKED -j NFQUEUE
iptables -S -v
ip6tables -t filter -A FORWARD -s fe80::1 -i eth0 ! -o eth1 -p 47 -m limit --limit 3/s -j NFQUEUE --queue-num 2 --queue-bypass
ipset list -n
ip6tables -A OUTPUT -d ::1/127 -m connlimit --connlimit-upto 5 --connlimit-mask 64 -j CONNMARK --save-mark
ip6tables-save
ip6tables -t security -N LOGDROP
ip6tables -F
ipset create nets hash:net
ipset add nets 10.1.0.0/16
ip6tables -t raw -D PREROUTING 1
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [4:367]
:DOCKER - [0:0]
-A FORWARD -s 172.43.12.79/8 -i veth+ -o eth+ -m rpfilter --validmark --accept-local -j NFLOG --nflog-group 2 --nflog-prefix p
-A DOCKER ! -d 172.211.155.217/0 -o eth1 -p 47 -m pkttype --pkt-type multicast
-A FORWARD -o docker0 -p 47 -m connmark --mark 5/0xff -j NOTRACK
COMMIT
EOF
iptables -A INPUT -s 10.97.49.65 -i lo -p tcp -m pkttype ! --pkt-type broadcast -j ACCEPT
iptables -t nat -A POSTROUTING -o cni0 -j DROP
iptables -A OUTPUT -d 10.223.184.149/12 -o eth+ -p tcp -j CONNMARK --set-mark 0x2
ip6tables -t filter -A FORWARD -m addrtype --dst-type UNICAST -m connmark --mark 0x1 -j NFQUEUE --queue-num 3
ip6tables -t security -Z
ip6tables -A FORWARD -c 506 81806 -d fd00:: -o eth+ -p ipv6-icmp -m hl --hl-eq 165 -m addrtype --dst-type LOCAL -j SET --add-set six dst
iptables -t nat -I DOCKER 1 -s 192.228.152.236 -d 172.122.133.175/30 -m addrtype ! --dst-type BROADCAST -m statistic --mode random --probability 0.25000000000 -j SET --del-set nets dst
ip6tables -t filter -C OUTPUT -p tcp -m connmark --mark 5/0xff -m physdev --physdev-out eth+ -j DROP
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:790]
:DOCKER - [0:0]
-A INPUT ! -s ::1 ! -d fd00:: -p tcp -m state --state ESTABLISHED,RELATED -j NFLOG --nflog-group 4 --nflog-prefix p
-A DOCKER -p udp
COMMIT
EOF
ip6tables -t filter -A DOCKER -i eth0 -o eth1 -j NFQUEUE --queue-num 3
ip6tables -t filter -A FORWARD -i eth0 -m hl --hl-gt 65 -m rpfilter --loose -j SET --add-set six dst
ip6tables -t mangle -L POSTROUTING 1 -n -v
ip6tables -t filter -X FORWARD
ip6tables-save
ip6tables -N LOGDROP
ip6tables -t nat -v -A INPUT -j LOG --log-prefix "IN: "
iptables -L -n -v
iptables -t filter -Z DOCKER
iptables -t nat -D OUTPUT 4
iptables -t filter -A OUTPUT -d 192.224.111.17 -j NFQUEUE
iptables -t raw -A OUTPUT -p sctp -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t nat -D DOCKER 2
iptables-save
ip6tables-save

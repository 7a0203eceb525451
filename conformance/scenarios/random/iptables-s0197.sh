# Random iptables/ip6tables rule set, seed 197 (conformance/generators/iptables.ts)
iptables -t security -A INPUT -i eth0 -p icmp -m recent --update --name SSH --seconds 1 --hitcount 4 -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode avgpkt
ip6tables-restore <<'EOF'
*filter
:DOCKER - [0:0]
-A FORWARD -p tcp -m rpfilter --validmark --accept-local -m connlimit --connlimit-above 100 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
[2:134] -A FORWARD -d ::1/64 -o eth1 -p sctp -m mark --mark 0x10/0xf0 -j RETURN
-A INPUT -d ::1/128 -p tcp -j SET --add-set six src
COMMIT
EOF
ip6tables -L INPUT -n -v --line-numbers
ip6tables-save
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:513]
:RCHAIN - [0:0]
-A OUTPUT -d ::1/64 -o eth+ -p tcp -m limit --limit 100/day -m iprange --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
COMMIT
EOF
ip6tables -t security -C INPUT -d 2001:db8:1::1 -j SET --del-set six dst
ip6tables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [3:221]
:KUBE-SERVICES - [0:0]
[1:312] -A OUTPUT ! -o cni0 -p all -m dscp --dscp 0x2e -j NFLOG --nflog-group 2
-A FORWARD -d fe80::1/127 ! -o eth+ -m dscp --dscp-class EF -m rpfilter --loose -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t mangle -w 1 --append POSTROUTING ! -d fe80::1/127 -p udp -j TRACE
ipset del blk 10.0.1.3
ip6tables -t mangle -I FORWARD -d 2001:db8:1::1/64 -i lo -p udp -j DROP
ip6tables -t mangle -v -I INPUT 1 -p all -m addrtype ! --dst-type BROADCAST -j DROP
ip6tables -F
ipset create nets hash:net
ip6tables -t filter -A OUTPUT -d fe80::1 -o eth1 -p tcp -j TRACE
iptables -t raw -A OUTPUT -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.162 -j ACCEPT
iptables -t filter -L -v -Z
iptables -X OUTPUT
iptables -A OUTPUT -d 127.180.166.79/8 -p all -m pkttype ! --pkt-type broadcast
iptables -A FORWARD ! -o cni0 -p 47 -m quota --quota 50000 -m connlimit --connlimit-upto 5 --connlimit-mask 32 --connlimit-daddr -j LOG --log-prefix "drop"
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [3:573]
:DOCKER - [0:0]
-A INPUT ! -s 10.48.211.137 -p icmp -m dscp --dscp-class AF41 -m physdev --physdev-out eth+ -j DROP
-A OUTPUT -s 198.185.209.60 -o eth+ -p 47 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
-A FORWARD -s 172.200.209.66/0 -d 192.89.168.17 -p all -m limit --limit 10/second --limit-burst 5 -m quota --quota 50000 -j NFQUEUE --queue-num 2 --queue-bypass
-A PREROUTING -i veth+ -p all -m state --state NEW -j DROP
COMMIT
EOF
iptables -w 1 --append INPUT -p all -j REJECT --reject-with icmp-port-unreachable
iptables -N KUBE-SERVICES
ipset test blk 10.0.2.0
ip6tables -t filter -L -v -Z
iptables-save
iptables -S KUBE-SERVICES 1
iptables -t filter -v -X
iptables -t raw -D OUTPUT 1
iptables-restore --noflush -c <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A OUTPUT ! -d 10.237.170.188/12 -p udp -m addrtype --src-type UNICAST -j DROP
-A PREROUTING -m state --state NEW -j NFQUEUE --queue-num 2 --queue-bypass
-A OUTPUT -p 47 -m comment --comment "kubernetes service portals" -j DNAT --to-destination 10.0.0.2
[4:245] -A PREROUTING -p udp -g KUBE-SERVICES
COMMIT
EOF
ipset add nets 10.2.0.0/16
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [1:489]
:RCHAIN - [0:0]
-A PREROUTING ! -d 127.107.97.190 -i veth+ -p tcp -m mac --mac-source 02:00:00:00:00:70 -m ttl --ttl-lt 53 -j LOG --log-prefix "x y" --log-level info
COMMIT
EOF
iptables -t raw -Z PREROUTING
iptables-save -c -t filter
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:231]
:RCHAIN - [0:0]
-A INPUT -s 192.252.55.100 -p icmp -j ACCEPT
[3:189] -A INPUT ! -i br0 -p all -j NFQUEUE --queue-num 2 --queue-bypass
COMMIT
EOF
iptables -t filter -v -I KUBE-SERVICES 3 ! -s 127.121.70.178/0 ! -i eth0 -p icmp -m set --match-set nets src -j MARK --set-mark 0x1
iptables -D OUTPUT 3
ip6tables -t mangle -v -A POSTROUTING -d fd00:a:b:: -p udp -m state --state INVALID -m quota --quota 1000 -j RETURN
ip6tables -t filter -v -I RCHAIN 1 -s 2001:db8:: -d ::1 -j REJECT --reject-with icmp6-no-route
ipset list -n
ip6tables-save -c
ip6tables -t filter -I FORWARD 4 -p tcp -j ACCEPT
ip6tables -t security -A FORWARD -p 47 -m helper --helper sip -m dscp --dscp-class AF41 -j SET --add-set six src
ipset add nets 10.1.0.0/16
ipset destroy blk
ip6tables -t filter -N DOCKER-USER
iptables -t security -P FORWARD DROP
ip6tables -t filter -A INPUT -d ::1 -p 47 -j ACCEPT
ip6tables-save
ip6tables -t raw -N LOGDROP
ipset create six hash:ip family inet6
ip6tables -t mangle -S INPUT 1
ipset add svc 10.96.0.2,tcp:80
ip6tables -I DOCKER-USER -i br0 -p ipv6-icmp -m recent --set --seconds 1 --hitcount 4 --rdest -m set --match-set nope dst,dst --return-nomatch -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -t security -v -A INPUT -s fd00::/128 -p tcp -j RETURN
ip6tables -t raw -A OUTPUT -d fd00:: -o docker0 -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode packets -m mark --mark 1 -j CT --zone-orig 2
ip6tables -t filter -A FORWARD -s fd00:: -p ipv6-icmp -m statistic --mode random --probability 0.1 -j REJECT --reject-with icmp6-port-unreachable
ipset del blk 10.0.0.0
iptables -L
iptables -I KUBE-SERVICES -s 192.201.58.143/8 -o docker0 -m pkttype --pkt-type broadcast -j KUBE-SERVICES
iptables -t raw -A OUTPUT ! -o eth+ -p all -m rpfilter --invert -j SET --del-set nets dst
iptables -t raw -L -v
ip6tables -t filter -L -n
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [1:196]
:RCHAIN - [0:0]
-A INPUT -i br0 -p tcp -m hl --hl-gt 35 -m helper --helper ftp -j ACCEPT
COMMIT
EOF
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [2:37]
:DOCKER - [0:0]
-A INPUT -j ACCEPT
COMMIT
EOF
ip6tables -v -F DOCKER
iptables -t filter -w 1 --append FORWARD -s 127.102.216.32/24 -p sctp -m addrtype --src-type LOCAL -m recent --rcheck --name DEFAULT --rdest -j NFLOG --nflog-group 1
ip6tables -A FORWARD -p tcp -m pkttype --pkt-type broadcast -m hl --hl-eq 50 -j NFQUEUE --queue-num 3
ip6tables -t filter -v -X
ip6tables -X
iptables -t raw -I PREROUTING -p icmp -j TRACE
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 210 (conformance/generators/iptables.ts)
iptables -t security -A FORWARD -p udp -m limit --limit 5/min
ip6tables -t raw -A PREROUTING -p 47 -j ACCEPT
iptables -t filter -N DOCKER-USER
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [3:781]
:DOCKER - [0:0]
[0:309] -A FORWARD -s ::1 -p udp -m dscp --dscp-class AF41 -j DOCKER
COMMIT
EOF
ip6tables -t security -v -F
ip6tables -t filter -A FORWARD -d 2001:db8::/128 -p tcp -m limit --limit 100/day -g DOCKER
iptables -E DOCKER-USER DOCKER-USER-2
ipset save
iptables -t nat -A PREROUTING -c 831 51418 -s 192.99.93.182 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.79 -m mark --mark 1 -j DNAT --to-destination 10.0.0.2
iptables -t mangle -A INPUT ! -d 198.96.17.156/32 -i docker0 -p all -m addrtype --dst-type BROADCAST -m rpfilter --validmark --accept-local -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -A FORWARD -s 10.68.178.187/24 -p 47 -m connmark --mark 5/0xff -j NFQUEUE --queue-num 3
iptables -t security -S INPUT 3
iptables -D FORWARD -s 172.106.56.225 -d 172.196.166.224/12 -o eth1 -p all -j REJECT
iptables -t filter -A DOCKER-USER-2 ! -s 198.174.156.135/32 -p tcp -m state --state INVALID -m rpfilter --invert -j MARK --xor-mark 0x3
iptables -t raw -A OUTPUT -s 172.54.173.109/0 -p 47
iptables -F
iptables -t nat -N MYCHAIN
iptables -t raw -A PREROUTING -d 192.115.159.26 -i br0 -m set --match-set svc src ! --update-counters -m rpfilter -j NFLOG --nflog-group 4
iptables -X INPUT
iptables -t filter -A DOCKER-USER-2 -p udp -j NFQUEUE --queue-num 3
ipset create blk hash:ip
iptables -t nat -S OUTPUT 3
iptables -S -v
iptables -R FORWARD 2 -o cni0 -p all -g DOCKER-USER-2
iptables -t nat -A INPUT -p tcp -j MYCHAIN
iptables -F
iptables -t filter -Z
iptables -t raw -A OUTPUT -s 10.25.97.19 -d 192.20.184.73 ! -p tcp -m physdev --physdev-in veth0 ! --sport 53 -j LOG --log-prefix "IN: "
iptables -t nat -A POSTROUTING -c 784 10828 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.32 -m recent ! --rcheck --seconds 60 --hitcount 4 --rdest -j MARK --set-xmark 0x4000/0x4000
iptables -t nat -A OUTPUT -d 192.32.224.154/8 -p sctp -m addrtype ! --dst-type LOCAL -m helper --helper ftp -j ACCEPT
ipset test blk 10.0.0.3
iptables-restore --noflush -c <<'EOF'
*nat
:RCHAIN - [0:0]
-A INPUT -s 10.66.249.165 -p tcp -m quota --quota 50000 -m addrtype --src-type UNICAST -j MARK --set-mark 5/0xff
-A RCHAIN -s 192.54.218.179 -i lo -p 47 -m connlimit --connlimit-upto 20 -m comment --comment "kubernetes service portals" -j ACCEPT
-A INPUT -i docker0 -m dscp --dscp 10 -m statistic --mode nth --every 3 --packet 0 -g RCHAIN
-A POSTROUTING -d 172.100.103.120 -p all -j RETURN
COMMIT
EOF
iptables -A DOCKER-USER-2 -d 127.18.30.231 -p all -m addrtype --src-type LOCAL -j CONNMARK --save-mark
iptables -t security -A FORWARD -m quota --quota 50000 -m physdev --physdev-is-bridged -j RETURN
iptables -t filter -I FORWARD -p 47 -j DOCKER-USER-2
iptables -F DOCKER-USER-2
iptables -A DOCKER-USER-2 -p tcp -j ACCEPT
ipset create six hash:ip family inet6
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [1:509]
:KUBE-SERVICES - [0:0]
-A PREROUTING ! -d 192.138.99.30/12 -i eth0 -p 47 -j MARK --and-mark 0xff
-A PREROUTING -s 127.107.143.100 -d 127.56.220.136 -i br0 -p tcp -m connmark --mark 5/0xff -j DROP
COMMIT
EOF
iptables -t nat -A POSTROUTING -s 10.177.180.35 -m limit --limit 1/hour --limit-burst 1 -j MARK --or-mark 0x8
iptables -t mangle -D PREROUTING 4
ip6tables -t raw -A OUTPUT -p tcp -m connlimit --connlimit-above 100 --connlimit-mask 128 --connlimit-daddr -m addrtype --dst-type MULTICAST -j REJECT
ip6tables -t filter -Z
iptables -t raw -L -v
iptables -t raw -D OUTPUT ! -o docker0 -p tcp -j KUBE-SERVICES
iptables -t filter -v -I DOCKER-USER-2 3 ! -s 10.57.237.219 -j MARK --or-mark 0x8
iptables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES ! -s 192.212.192.121 -i veth+ -p 47 -m rpfilter --validmark --accept-local -m limit --limit 10/second --limit-burst 1 -j MARK --xor-mark 0x3
-A INPUT -j KUBE-SERVICES
-A FORWARD -s 198.161.185.26 -p udp -m udp --dport 22 -m connlimit --connlimit-above 100 -j CONNMARK --set-mark 0x2
-A FORWARD -s 192.71.111.194/30 ! -d 10.211.129.192/0 -i lo -p tcp -j KUBE-SERVICES
COMMIT
EOF
iptables -S -v
iptables -t raw -X OUTPUT
ip6tables -t filter -Z INPUT
ip6tables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -o eth1 -p ipv6-icmp -m mark --mark 0x4000/0x4000 -m connmark ! --mark 5/0xff -j TRACE
COMMIT
EOF
ip6tables -t raw -A PREROUTING -i br0 -p all -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -t security -Z OUTPUT
ip6tables -t nat -R POSTROUTING 1 ! -s fe80::1 -o eth+ -j LOG
iptables -t raw -v -A OUTPUT -o cni0 -p tcp -m length ! --length 0:64 -j NOTRACK
iptables -t filter -A KUBE-SERVICES -s 10.204.226.61/24 -o eth1 -m pkttype --pkt-type multicast -m iprange --dst-range 10.0.0.1-10.0.0.102 -j TRACE
ipset -exist create blk hash:ip
iptables -v -X
iptables -t raw -L
ip6tables -t nat -v -I PREROUTING 3 -d ::1 -p ipv6-icmp -m addrtype --src-type LOCAL -m helper --helper sip -j TRACE
ipset del blk 10.0.1.1
ip6tables -t security -R NOPE 3 -s ::1/32 -i lo -p udp -j TRACE
ip6tables-save -t filter
ip6tables-save -c
ip6tables -t raw -L -v -Z
iptables -C OUTPUT -s 10.151.190.88 -d 172.8.75.224/32 -m dscp --dscp 0x2e -j REJECT
iptables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -s 127.63.148.107/12 -d 192.224.167.185/32 -p all -m rpfilter --validmark --accept-local -m state ! --state INVALID -j SET --add-set nets dst
-A RCHAIN -d 10.17.223.8/8 ! -o docker0 -p icmp -j NFQUEUE --queue-num 3
-A RCHAIN -s 172.33.167.205/12 -p all -m connbytes --connbytes 0:500 --connbytes-dir reply --connbytes-mode bytes -g RCHAIN
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:696]
:RCHAIN - [0:0]
-A RCHAIN -s 192.194.225.128/0 -m rpfilter --validmark --accept-local -m connlimit --connlimit-upto 100 -j RCHAIN
-A OUTPUT -d 192.38.196.143/24 -p udp -m length --length 0:64
-A FORWARD -d 10.90.182.221 -m ttl --ttl-lt 51 -j CHECKSUM --checksum-fill
COMMIT
EOF
ip6tables-save -t filter -c
ip6tables -A DOCKER -s fe80::1/64 -d 2001:db8:1::1 -p udp -m addrtype ! --dst-type UNICAST -m statistic --mode random --probability 1 -j LOG
iptables-save
ip6tables-save

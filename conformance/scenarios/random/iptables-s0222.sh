# Random iptables/ip6tables rule set, seed 222 (conformance/generators/iptables.ts)
ipset create svc hash:ip,port
iptables -t filter -v -X
ipset test blk 10.0.2.0
iptables-save -c -t raw
iptables -t nat -Z
ipset save
iptables -t mangle -A FORWARD -d 192.120.178.44/0 ! -i veth+ -p icmp -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -L -v -Z
ip6tables -L INPUT
iptables -t security -N f2b-sshd
iptables -A INPUT -s 172.130.43.24/0 -i veth+ -p all -j NFQUEUE --queue-num 3
iptables -t raw -A PREROUTING -m statistic --mode nth --every 2 --packet 1 -m recent --update --name SSH --hitcount 4 -j NOTRACK
iptables-save -c -t security
ip6tables -S FORWARD 2
ipset create nets hash:net
ip6tables -L -v
ip6tables -I FORWARD 4 -s 2001:db8::/64 -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables-save -c -t nat
iptables -t mangle -R INPUT 1 -s 198.47.178.19 -i docker0 -p all -j CHECKSUM --checksum-fill
ip6tables -v -A INPUT -p all -m hashlimit --hashlimit-above 3/day --hashlimit-mode srcip,srcport --hashlimit-name web -j MARK --or-mark 0x8
ipset create blk hash:ip timeout 600
iptables -t security -A INPUT -p udp -m length --length 100:200 -j f2b-sshd
ip6tables-restore -c <<'EOF'
*security
:DOCKER - [0:0]
-A INPUT -i eth0 -p all -m statistic --mode nth --every 10 --packet 1 -g DOCKER
-A OUTPUT -p udp -j DROP
-A DOCKER -s ::1 -i veth+ -j NFQUEUE --queue-num 3
COMMIT
EOF
iptables -t filter -A OUTPUT -c 613 13087 -s 192.204.77.180/24 -p tcp -m hashlimit --hashlimit-above 100 --hashlimit-mode srcip --hashlimit-name ssh -j SET --del-set blk src
iptables -t filter -nvL
iptables -t mangle -L INPUT
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT ACCEPT [7:513]
:DOCKER - [0:0]
-A DOCKER -i docker0 -p tcp
-A DOCKER -p 47 -m connmark ! --mark 0x1 -m pkttype --pkt-type broadcast -j DROP
-A OUTPUT -p tcp -m comment --comment x_y-z -j RETURN
COMMIT
EOF
iptables -t mangle -F
iptables -A FORWARD -p tcp --sport 65535 -m addrtype --src-type LOCAL -j NFLOG --nflog-group 0 --nflog-prefix p
ipset destroy blk
iptables -nvL
iptables -t filter -L -n
iptables -A DOCKER ! -d 10.100.51.164/12 -p icmp -m addrtype --dst-type MULTICAST -m limit --limit 100/day --limit-burst 20 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t mangle -I INPUT 3 -d 198.117.118.105/8 -i eth0 -p all -m mark ! --mark 0x10/0xf0 -j DROP
iptables -S INPUT
iptables-restore --noflush -c <<'EOF'
*nat
:PREROUTING ACCEPT [7:912]
:DOCKER - [0:0]
-A INPUT -i eth0 -p tcp -j DOCKER
COMMIT
EOF
ip6tables -I INPUT -s ::1/48 -d fd00:a:b::/48 -p tcp -m addrtype ! --dst-type BROADCAST -m addrtype --dst-type LOCAL -j MARK --set-mark 5/0xff
ip6tables -t nat -A POSTROUTING -m iprange --src-range 2001:db8::1-2001:db8::9 -m rpfilter --loose
iptables -t filter -w 1 --append INPUT -p sctp -g DOCKER
iptables -D FORWARD ! -i veth+ -j NFLOG --nflog-group 1
iptables -t filter -Z OUTPUT 1
ipset add nets 10.1.0.0/16
ipset create blk hash:ip
iptables -t mangle -nvL
iptables -t mangle -A OUTPUT -d 172.225.103.37 -p tcp -m connlimit --connlimit-upto 5 -j LOG --log-prefix "IN: " --log-level crit
iptables -L -n -v
iptables -w 1 --append FORWARD -d 198.29.85.7/30 -p udp -m addrtype --src-type UNICAST -m quota --quota 1000 -j DROP
iptables -A INPUT -c 736 69641 -i veth+ -p udp -m statistic --mode nth --every 3 --packet 1 -m pkttype --pkt-type broadcast -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t filter -I OUTPUT 3 ! -s 198.136.73.178/16 -j LOG --log-prefix "x y"
ip6tables -t mangle -N f2b-sshd
ip6tables -t security -A OUTPUT -s fe80::1/16 -d 2001:db8:1::1 -p tcp -j REJECT
ip6tables -t raw -A OUTPUT -j NFLOG --nflog-group 2
ip6tables -D INPUT 3
ip6tables -t filter -N KUBE-SVC-ABC
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:362]
:RCHAIN - [0:0]
[4:221] -A FORWARD ! -i veth+ -p ipv6-icmp -m set --match-set nope dst,dst ! --update-counters -j KUBE-SVC-ABC
-A FORWARD -p udp -j KUBE-SVC-ABC
-A FORWARD -s fd00:a:b:: -d ::1 -i veth+ -m rpfilter --loose -m quota --quota 1000 -j RCHAIN
COMMIT
EOF
ip6tables -t mangle -v -A f2b-sshd -d fd00:a:b::/128 -p 47 -m statistic --mode random --probability 0.1 -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables-save -c -t nat
ip6tables -v -X KUBE-SVC-ABC
ip6tables -L INPUT -n -v --line-numbers
ipset add nets 10.1.0.0/16
iptables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT ! -d 198.30.236.108/30 ! -p udp -m udp --dport 3000:65535 -m string --hex-string "|0d0a|" --algo kmp -j NFLOG --nflog-group 1
-A KUBE-SERVICES -p icmp -j MARK --set-mark 0x1
-A KUBE-SERVICES -s 172.231.15.204 -i veth+ -p icmp -m limit --limit 3/s --limit-burst 20 -g KUBE-SERVICES
COMMIT
EOF
iptables -t raw -A PREROUTING -s 192.47.58.25/30 -d 10.207.9.168/30 ! -o cni0 -m length --length 100:200
iptables -A KUBE-SERVICES -d 127.217.242.208/24 -p all -j ACCEPT
iptables -t security -S f2b-sshd 1
ipset add blk 10.0.2.1
ip6tables -A FORWARD -m comment --comment x_y-z -m mac --mac-source 02:00:00:00:00:73 -j SET --del-set six src
ip6tables -t mangle -D f2b-sshd 1
ip6tables -L -v -Z
ip6tables -t security -v -A OUTPUT ! -s fd00:a:b:: -p 47 -j RETURN
ip6tables -t raw -S OUTPUT 3
iptables-save
ip6tables-save

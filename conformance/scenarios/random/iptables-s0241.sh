# Random iptables/ip6tables rule set, seed 241 (conformance/generators/iptables.ts)
iptables -t raw -L -n --line-numbers
ipset del blk 10.0.1.0
iptables -t mangle -nvL
iptables -t nat -A INPUT -c 260 53490 -p all -m recent --set --name web -j DNAT --to-destination 192.0.2.1-192.0.2.9
iptables -S FORWARD
iptables -D FORWARD -s 198.131.139.194/12 -i br0 -p tcp --tcp-flags ALL NONE --tcp-flags SYN,RST SYN -j RETURN
ipset create six hash:ip family inet6
iptables -t security -Z OUTPUT 2
ipset del blk 10.0.0.2
iptables -t nat -D INPUT -m quota ! --quota 1000 -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t raw -L PREROUTING 2 -n -v
iptables-save
ip6tables -t filter -Z OUTPUT
ip6tables -D FORWARD 3
ip6tables -P FORWARD DROP
ip6tables -v -X
ip6tables -t mangle -D PREROUTING 3
ip6tables-save
iptables-save
iptables -t mangle -F
iptables -t mangle -L -v -Z
iptables -t filter -L OUTPUT 3 -n -v
iptables -A FORWARD -m limit --limit 3/s --limit-burst 1 -m connmark --mark 5/0xff -j TTL --ttl-dec 1
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -d 192.230.127.169/16 -p tcp -m multiport --ports http,https -m statistic --mode random --probability 0.25000000000 -j RCHAIN
COMMIT
EOF
ipset create svc hash:ip,port
iptables-restore <<'EOF'
*mangle
:KUBE-SERVICES - [0:0]
-A INPUT -d 127.108.98.115/30 -p all -m addrtype --src-type UNICAST -m statistic --mode nth --every 10 --packet 1 -j NFLOG --nflog-group 2 --nflog-prefix p
[1:127] -A KUBE-SERVICES -s 192.240.246.17/0 -m mark --mark 0xffffffff -j ACCEPT
COMMIT
EOF
iptables -A INPUT -d 10.133.154.56 ! -i br0 -p all -j TRACE
iptables -t mangle -N DOCKER-USER
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [5:228]
:DOCKER - [0:0]
[2:350] -A PREROUTING ! -s 192.197.197.253 -d 10.50.114.61/24 -p all -m limit --limit 100/day --limit-burst 1 -g DOCKER
-A DOCKER -p icmp -m recent --rcheck --name DEFAULT -g DOCKER
-A DOCKER -p all -j TRACE
COMMIT
EOF
iptables -A INPUT -c 76 96565 ! -d 198.221.145.141/16 -j REJECT --reject-with icmp-host-prohibited
ipset add six 2001:db8::1
ipset add nets 10.0.0.0/16
iptables -t mangle -Z OUTPUT 1
iptables -t raw -A OUTPUT -g DOCKER
iptables -A OUTPUT ! -o cni0 -j RETURN
iptables -t filter -X RCHAIN
iptables -t mangle -v -I KUBE-SERVICES 1 ! -d 10.35.227.94 -m conntrack --ctstate INVALID -m pkttype --pkt-type multicast -j CHECKSUM --checksum-fill
iptables -t filter -A INPUT -s 172.186.74.56/24 -p icmp -m pkttype --pkt-type multicast -j TRACE
iptables-restore <<'EOF'
*security
:INPUT DROP [6:950]
:RCHAIN - [0:0]
-A INPUT -s 192.251.58.112/24 -i veth+ -p tcp -j NFQUEUE
-A INPUT -d 172.135.186.91 -p tcp -j NFQUEUE --queue-num 3
COMMIT
EOF
iptables -L -x -v -n
iptables -t nat -A INPUT -p sctp -m quota --quota 1000 -m helper --helper sip -j NFQUEUE
iptables -A FORWARD -i eth0 -m helper --helper sip -j ACCEPT
iptables -A INPUT -i eth0 -p 47 -j NFLOG --nflog-group 3
iptables -t filter -L -n -v
iptables -t nat -N f2b-sshd
iptables -t mangle -R KUBE-SERVICES 1 -d 198.157.3.179/16 ! -o eth1 -p icmp -j CONNMARK --save-mark
iptables -A FORWARD -o cni0 -p tcp --syn -m set --match-set blk dst,dst -j ACCEPT
iptables -N f2b-sshd
iptables -E RCHAIN RCHAIN-2
iptables-restore -c <<'EOF'
*raw
:PREROUTING DROP [2:102]
:DOCKER - [0:0]
-A OUTPUT ! -s 198.28.90.59/8 -j TRACE
-A PREROUTING -d 198.207.241.61 -p all -m ttl --ttl-gt 208 -m mac --mac-source 02:00:00:00:00:69 -j NFLOG --nflog-group 1
-A DOCKER ! -s 127.39.231.65/0 ! -i lo -o docker0 -p 47 -j MARK --set-mark 0x1
-A PREROUTING -d 192.115.99.226/8 -p icmp -j CT --zone 3
COMMIT
EOF
iptables -t mangle -A OUTPUT ! -o cni0 -p all -m connmark --mark 5/0xff -m pkttype --pkt-type multicast -j SET --add-set nets src
iptables -t mangle -v -X KUBE-SERVICES
iptables -A RCHAIN-2 -i lo -o eth+ -p icmp -j REJECT
iptables -v -I FORWARD 3 -s 10.150.75.1/0 -i docker0 ! -p tcp -m tcp --dport 3000:1000 -j LOG --log-prefix "IN: " --log-level 7
iptables -t nat -L
iptables -X FORWARD
iptables -E f2b-sshd f2b-sshd-2
iptables -E f2b-sshd-2 f2b-sshd-2-2
iptables-save -c
iptables -t mangle -R KUBE-SERVICES 2 ! -o eth+ -m dscp --dscp-class EF -m set ! --match-set nets src -j MARK --xor-mark 0x3
ip6tables -t nat -A INPUT -i veth+ -p ipv6-icmp
ip6tables -L -v
ip6tables-save -t filter
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [4:963]
:KUBE-SERVICES - [0:0]
-A FORWARD -s ::1/127 -i br0 -m statistic --mode random --probability 0.5 -m helper --helper sip
[3:326] -A OUTPUT -p ipv6-icmp -m length ! --length 1500 -j NFLOG --nflog-group 4
COMMIT
EOF
ipset add blk 10.0.0.2
ip6tables -t filter -w 1 --append FORWARD -i eth0 -m string --string 'GET /' --algo kmp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j TRACE
ipset list -t
ip6tables -R KUBE-SERVICES 1 -d ::1 ! -i docker0 -m connlimit --connlimit-above 20 --connlimit-mask 64 -j CONNMARK --set-mark 0x2
ip6tables -t nat -v -F PREROUTING
ip6tables -t raw -L -n --line-numbers
iptables-save
ip6tables-save

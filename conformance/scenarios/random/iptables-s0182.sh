# Random iptables/ip6tables rule set, seed 182 (conformance/generators/iptables.ts)
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [8:456]
:DOCKER - [0:0]
-A DOCKER -d 192.174.119.111 -i veth+ -p all -j NFLOG --nflog-group 4 --nflog-prefix p
COMMIT
EOF
iptables -w 1 --append DOCKER -p sctp -j DSCP --set-dscp 0x2e
iptables -t raw -v -A OUTPUT -o docker0 -p sctp -j TRACE
iptables -D NOPE 1
iptables -A FORWARD -d 192.233.136.73/0 -p all -j ACCEPT
iptables -v -F INPUT
iptables -A DOCKER -d 10.47.131.141 ! -p tcp -m dscp ! --dscp 0x2e -m dscp ! --dscp-class EF -g DOCKER
iptables -t security -L -n -v
iptables -t mangle -v -X
iptables -t raw -A PREROUTING -p all -m helper --helper sip -j TRACE
ip6tables -t mangle -Z
ipset del blk 10.0.1.2
ip6tables -F
ip6tables -I OUTPUT 3 -s 2001:db8:1::1 -p ipv6-icmp -m dscp --dscp-class AF41 -j NFLOG --nflog-group 1
ip6tables -t security -L OUTPUT 3 -n -v
ip6tables -t mangle -A INPUT -d fe80::1/127 -j CHECKSUM --checksum-fill
iptables-save -t filter
iptables -t raw -A OUTPUT -c 182 42998 -s 192.106.241.86 -p icmp -j ACCEPT
iptables -t security -A INPUT -p sctp -m length --length 1500 -m comment --comment "a/b:c -> 10.0.0.1:80" -j RETURN
iptables -t filter -A DOCKER -i veth+ -p icmp -j DROP
iptables -I INPUT -p icmp -j TRACE
iptables -A OUTPUT ! -s 127.25.137.146/16 -o cni0 -p tcp -j DROP
iptables-save -t filter -c
iptables -I DOCKER 4 -p 47 -j DOCKER
iptables-save
ip6tables -t nat -A PREROUTING -s fd00:a:b::/16 -i docker0 -p udp -j SNAT --to-source '[fd00::3]:8080'
iptables -C OUTPUT -s 198.95.162.82 -d 172.225.61.217 -o eth1 -p sctp -m length --length 1500 -m limit --limit 1/hour -j TRACE
iptables -D DOCKER -i veth+ -p sctp -j DOCKER
iptables -t filter -A INPUT -s 198.32.153.119 ! -d 172.210.219.101/8 -p 47 -g DOCKER
ipset create blk hash:ip timeout 600
ip6tables -t raw -Z OUTPUT 2
ip6tables -t security -A OUTPUT -p udp
ip6tables -t filter -N DOCKER
ip6tables-save -c
iptables -A FORWARD -d 127.188.201.2/16 -p all -m quota --quota 1000 -m statistic --mode nth --every 3 --packet 0 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t raw -L -n
ip6tables -t security -A INPUT -c 666 96111 ! -s fd00:a:b::/32 -p tcp -m iprange ! --src-range 2001:db8::1-2001:db8::9
iptables -P FORWARD ACCEPT
ip6tables-restore --noflush <<'EOF'
*nat
:DOCKER - [0:0]
[0:38] -A PREROUTING -s fd00:a:b::/48 -d 2001:db8:1::1/48 -p tcp -m statistic --mode nth --every 3 --packet 1 -m connmark --mark 0x1 -j SET --add-set six dst
COMMIT
EOF
iptables -L FORWARD 1 -n -v
iptables -t filter -v -F
iptables -t filter -A INPUT -s 10.150.14.68 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -j DOCKER
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [7:654]
:DOCKER - [0:0]
-A PREROUTING -s 192.228.55.182/32 -p tcp -j RETURN
-A OUTPUT -d 192.112.53.63/0 -o eth1 -p tcp -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode bytes -m connlimit --connlimit-upto 100 --connlimit-mask 32 -j DOCKER
-A DOCKER -s 198.26.87.142/12 -d 172.236.82.99 -p icmp -m ttl --ttl-eq 250 -m pkttype ! --pkt-type broadcast -j CONNMARK --set-mark 0x2
[0:79] -A PREROUTING -j NFQUEUE
COMMIT
EOF
iptables -t raw -L
iptables -t filter -A FORWARD -p icmp -m connmark --mark 0x1 -j NFLOG --nflog-group 0
ipset test blk 10.0.2.0
iptables -t raw -A OUTPUT -o cni0 -p udp -j ACCEPT
iptables -t mangle -A NOPE ! -o eth+ -p all -m state --state ESTABLISHED,RELATED -m limit --limit 5/min
iptables -t nat -L -n
ip6tables -I FORWARD 1 -d 2001:db8:1::1 -p all -m helper --helper sip -m iprange --src-range 2001:db8::1-2001:db8::9
ip6tables -R FORWARD 3 -d 2001:db8:1::1 -o cni0 -p all -m mark ! --mark 0x4000/0x4000 -m connbytes --connbytes 10 --connbytes-dir both --connbytes-mode bytes
ip6tables -t security --list FORWARD --numeric --line-numbers
ip6tables -t raw -S
ip6tables -t filter --list FORWARD --numeric --line-numbers
ipset test blk 10.0.2.0
ip6tables -A FORWARD -s 2001:db8:1::1/16 ! -d 2001:db8::/127 -j NFQUEUE --queue-num 3
iptables -F
iptables -A FORWARD -m conntrack --ctstate INVALID -m statistic --mode nth --every 10 --packet 1 -j CT --zone-orig 2
ip6tables -v -I FORWARD 3 -d 2001:db8::/48 -i docker0 ! -o eth1 -p udp -j LOG --log-prefix "IN: "
ip6tables -t mangle -D POSTROUTING -p sctp -m quota ! --quota 50000 -j CHECKSUM --checksum-fill
ipset add nets 10.0.0.0/16
ipset destroy svc
iptables -t filter -A DOCKER ! -s 10.72.203.47/8 -p udp -m addrtype --src-type UNICAST -m quota --quota 50000 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t mangle -S PREROUTING 2
ipset create six hash:ip family inet6
ipset add svc 10.96.0.0,tcp:443
ip6tables -t mangle -v -X
iptables -t mangle -A PREROUTING -d 198.5.214.137/30 -p all -j TTL --ttl-dec 1
ip6tables-restore <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
[2:113] -A KUBE-SERVICES ! -d 2001:db8:1::1 -i br0 -p sctp -m mark --mark 0x10/0xf0 -m dscp ! --dscp-class EF -j RETURN
COMMIT
EOF
ip6tables -t mangle -C FORWARD ! -p tcp -m recent --update --hitcount 20 -j HL --hl-set 64
iptables-save
ip6tables-save

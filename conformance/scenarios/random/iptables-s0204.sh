# Random iptables/ip6tables rule set, seed 204 (conformance/generators/iptables.ts)
iptables -v -I NOPE 1 -s 10.34.252.139/24 -p icmp -m set --match-set blk dst,dst -m dscp --dscp 0x2e -j LOG --log-level debug
iptables -t nat -A INPUT -s 10.255.158.99/30 -d 172.153.241.32 -i eth0 -j SET --del-set nets dst
iptables -L -v -Z
iptables -t nat -D POSTROUTING -p udp -m multiport --ports 53 -m multiport --ports 53 -j LOG --log-prefix "drop"
iptables -I OUTPUT 1 ! -d 10.19.168.216/12 -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m mark --mark 0x10/0xf0
ip6tables -t security -v -X
ip6tables -t raw -P PREROUTING RETURN
ipset destroy blk
ip6tables -t nat -L -v -Z
iptables -t security -v -A INPUT -p all -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -N KUBE-SERVICES
iptables -t raw -R OUTPUT 1 -p 47 -m quota --quota 1000 -m dscp --dscp-class EF -j ACCEPT
ip6tables -X
ip6tables -t security -A NOPE -s fe80::1/48 -p 47 -m helper --helper sip -m rpfilter --loose -j ACCEPT
ip6tables -A FORWARD -i veth+ -p 47 -m limit --limit 10/second -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t security -A INPUT -c 443 39144 ! -s fd00::/48 -p ipv6-icmp
ip6tables -t raw -A OUTPUT -p ipv6-icmp -j NFLOG --nflog-group 1
ip6tables -X FORWARD
ip6tables -t filter -A OUTPUT -s fd00:: ! -d 2001:db8:: -p udp -m pkttype ! --pkt-type broadcast -j RETURN
ip6tables -X FORWARD
ip6tables -t mangle -A PREROUTING -s fd00:a:b:: -p tcp -m quota --quota 50000 -j SET --del-set six src
ip6tables-save
ip6tables-save -c -t raw
ip6tables-restore --noflush <<'EOF'
*mangle
:DOCKER - [0:0]
-A PREROUTING -d 2001:db8:: -p udp -j MARK --and-mark 0xff
[4:124] -A PREROUTING -p ipv6-icmp
COMMIT
EOF
ip6tables-save -t filter
ip6tables -t filter -L -n --line-numbers
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [1:350]
:KUBE-SERVICES - [0:0]
-A FORWARD -s fe80::1/127 -j RETURN
-A OUTPUT -s 2001:db8:1::1/64 -o eth+ -p 47 -j DROP
[3:4] -A OUTPUT ! -s 2001:db8::/32 -p all -j NFLOG --nflog-group 0 --nflog-prefix p
[4:182] -A INPUT -p tcp -g KUBE-SERVICES
COMMIT
EOF
ip6tables -t security -I FORWARD 2 -d 2001:db8:1::1/127 -i eth0 -o eth1 -j ACCEPT
ipset create svc hash:ip,port
ipset create blk hash:ip
ip6tables-save -c -t filter
ip6tables-save -c
ip6tables -t raw -S -v
iptables -I KUBE-SERVICES 2 -m statistic --mode random --probability 0.1 -j RETURN
iptables-save
iptables -X
iptables -v -A FORWARD -s 172.122.221.91/8 -p udp -j REJECT --reject-with icmp-host-prohibited
iptables -L -n -v
iptables -A KUBE-SERVICES -p 47 -m quota --quota 50000 -j DROP
iptables -t filter -I FORWARD ! -o eth+ -p 47 -j REJECT
ip6tables-save -t nat -c
ip6tables -t mangle -A OUTPUT ! -d 2001:db8:: -o eth+ -j ACCEPT
ip6tables -D INPUT -p sctp -m pkttype --pkt-type unicast -j SET --del-set six dst
ip6tables -t nat -v -X
iptables -t nat -L -v -Z
iptables -S KUBE-SERVICES 2
iptables -A INPUT -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.42 -m recent --update --name web -j TRACE
iptables-restore <<'EOF'
*filter
:INPUT DROP [6:507]
:RCHAIN - [0:0]
-A INPUT -s 172.174.174.232 -p icmp -m connmark --mark 0x1
-A FORWARD -i eth0 -o docker0 -j LOG
-A INPUT ! -s 127.204.209.84/0 -j RCHAIN
COMMIT
EOF
iptables -v -F INPUT
ip6tables -t nat -X
ip6tables -t filter -R INPUT 1 -s 2001:db8:: -p tcp -j ACCEPT
ip6tables --list KUBE-SERVICES --numeric --line-numbers
iptables -t security -w 1 --append INPUT -s 127.244.156.237 ! -d 127.23.145.49 ! -i lo -p all -j NFQUEUE --queue-num 3
iptables -t mangle -A FORWARD -p tcp -j ACCEPT
ipset create svc hash:ip,port
iptables -t filter -Z OUTPUT 3
iptables -t security -A INPUT -d 127.2.26.157 ! -i br0 -j NFLOG --nflog-group 2
iptables -L -n --line-numbers
iptables -A OUTPUT -o docker0 -m physdev --physdev-out eth+ -j TRACE
iptables -t raw -A PREROUTING -p icmp -j NOTRACK
iptables -A FORWARD -s 192.172.215.102/32 -i eth0 -o cni0 -p udp -m comment --comment docker -m statistic --mode random --probability 0.33333333349 -j LOG --log-prefix "x y"
iptables-save
iptables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -o docker0 -p icmp -j LOG --log-prefix "x y" --log-level 7
-A FORWARD -d 10.130.188.53/0 -p icmp -j LOG --log-prefix "x y"
-A OUTPUT -s 10.13.142.171 -m physdev --physdev-out eth+ -j RCHAIN
-A INPUT -s 10.222.217.157/8 -p all -m state --state NEW -j TRACE
COMMIT
EOF
iptables -N KUBE-SVC-ABC
ipset del blk 10.0.2.0
ip6tables -L INPUT 1 -n -v
iptables -t mangle -X PREROUTING
ipset test blk 10.0.2.0
ipset add nets 10.2.0.0/16
ipset add blk 10.0.0.0
iptables-save
ip6tables-save

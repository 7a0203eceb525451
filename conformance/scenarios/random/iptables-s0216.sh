# Random iptables/ip6tables rule set, seed 216 (conformance/generators/iptables.ts)
iptables -t nat -X INPUT
iptables -t nat -Z OUTPUT
iptables-save -c -t mangle
ipset add svc 10.96.0.1,tcp:443
iptables -A INPUT -c 263 49957 -s 10.207.148.143/12 -d 198.61.125.248 -p tcp -j MARK --set-mark 5/0xff
iptables -t nat -A PREROUTING -p sctp -m rpfilter --validmark --accept-local -m addrtype ! --dst-type MULTICAST -j TRACE
ip6tables -A FORWARD -c 251 39771 -s fd00:a:b:: -p sctp -j ACCEPT
ip6tables -t raw -A PREROUTING -p tcp
ip6tables -t filter -A NOPE ! -i docker0 -p ipv6-icmp -m comment --comment "kubernetes service portals" -m statistic --mode nth --every 10 --packet 0 -j CONNMARK --set-mark 0x2
ip6tables-save -t nat
ip6tables -t mangle -D POSTROUTING -s 2001:db8:: -d fe80::1/16 -p tcp -j LOG --log-prefix "x y"
ip6tables -t security -A FORWARD -d fd00:a:b::/32 -o docker0 -p sctp -m mark --mark 0xffffffff -m rpfilter --validmark --accept-local -j NFQUEUE
ip6tables -t raw -I PREROUTING -s 2001:db8::/48 -p 47 -j NOTRACK
ipset add blk 10.0.1.0
ip6tables-save -t mangle
ip6tables -t mangle -A PREROUTING -p 47 -m set --match-set nope dst -j DSCP --set-dscp 0x2e
ip6tables -A OUTPUT -p 47 -m conntrack --ctstate NEW -m connmark ! --mark 5/0xff -j SET --add-set six dst
ip6tables -t nat -w 1 --append NOPE -s 2001:db8:1::1/128 -j NOTRACK
ip6tables -A INPUT ! -s 2001:db8:: -m connmark --mark 5/0xff -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j TRACE
iptables -I INPUT 2 -s 127.29.25.85 -i br0 ! -p tcp -m connbytes --connbytes 0:500 --connbytes-dir original --connbytes-mode packets -m pkttype --pkt-type unicast -j RETURN
iptables -Z OUTPUT
iptables -t mangle --list INPUT --numeric --line-numbers
iptables -N f2b-sshd
iptables -t security -A NOPE -d 172.95.83.9/12 -o eth+ -p all -j MARK --and-mark 0xff
iptables -t mangle -A FORWARD -d 172.48.212.45 -p icmp -j TTL --ttl-set 64
ip6tables -t filter -A INPUT -c 708 89102 -s fe80::1 -d fd00::/48 -p sctp
ip6tables -t security -A OUTPUT -s 2001:db8:1::1/128 -d 2001:db8:: -p sctp -m addrtype --dst-type BROADCAST -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t mangle -C OUTPUT -m mark --mark 0x4000/0x4000 -j CONNMARK --set-mark 0x2
ip6tables -A INPUT -c 41 66576 -p tcp -m state --state NEW -j ACCEPT
ip6tables -t filter -R OUTPUT 2 -p all -m pkttype ! --pkt-type broadcast -m recent --remove --name DEFAULT --seconds 1 --hitcount 20 -j REJECT --reject-with tcp-reset
ip6tables -t raw -L PREROUTING 1 -n -v
ip6tables-save
ip6tables -A OUTPUT -d fd00::/16 -o cni0 -p 47 -m recent --update --seconds 0 --rdest -j RETURN
ip6tables -t nat -A OUTPUT -d 2001:db8:: -o cni0 -m connlimit --connlimit-above 20 --connlimit-mask 64 -j NFQUEUE --queue-num 2 --queue-bypass
iptables -t nat -A PREROUTING -p tcp -m length --length 1500 -m pkttype --pkt-type multicast -j ACCEPT
iptables -A OUTPUT -d 127.163.64.121/30 -p icmp -m recent ! --set --name web --seconds 1 -m helper --helper ftp -j NFLOG --nflog-group 4
iptables -t security -A INPUT -p tcp -m helper --helper sip --syn -j MARK --set-xmark 0x4000/0x4000
iptables -X INPUT
iptables -t filter -X f2b-sshd
iptables -t security -A OUTPUT -s 10.220.48.136/16 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.116 -m statistic --mode random --probability 0.33333333349 -j MARK --and-mark 0xff
iptables -t raw -A PREROUTING -p sctp -m set --match-set nope dst,dst ! --update-counters -j DROP
iptables -Z INPUT 3
iptables -t filter -Z NOPE 2
iptables -t security -v -A INPUT -s 192.5.72.210 -m limit --limit 3/s -j LOG --log-prefix "IN: " --log-level crit
iptables -t filter -X OUTPUT
iptables -X f2b-sshd
iptables -t mangle -v -X
iptables -t filter -L INPUT 1 -n -v
iptables -t mangle --list POSTROUTING --numeric --line-numbers
ip6tables-save -c
ip6tables -L
iptables -F f2b-sshd
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:855]
:DOCKER - [0:0]
-A DOCKER -p icmp -j RETURN
COMMIT
EOF
iptables -t filter -P FORWARD DROP
ip6tables -t security -A INPUT -d fe80::1/128 -j MARK --set-mark 0x1
ip6tables -t raw -v -A OUTPUT -p sctp -m state --state INVALID -m length --length 100:200 -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -L -n -v
ipset add six 2001:db8::1
iptables -I INPUT 2 -p sctp -m statistic --mode random --probability 0.5 -m physdev ! --physdev-is-in -j MARK --or-mark 0x8
iptables -t mangle -D OUTPUT -d 198.45.23.84/8 -j CHECKSUM --checksum-fill
iptables -N KUBE-SERVICES
ip6tables -t raw -nvL
ip6tables -t security -C INPUT -p all -j CONNMARK --save-mark
ip6tables -X
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t filter -A FORWARD -s fe80::1 ! -o docker0 -p tcp ! --sport http -m comment --comment docker -j NFQUEUE --queue-num 3
ip6tables -t filter -A OUTPUT -c 325 57173 -j NFLOG --nflog-group 4
iptables -N f2b-sshd
iptables -t raw -I PREROUTING -p udp -j NOTRACK
iptables-save -t mangle -c
iptables-save
ip6tables-save

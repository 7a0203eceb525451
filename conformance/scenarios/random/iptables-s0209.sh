# Random iptables/ip6tables rule set, seed 209 (conformance/generators/iptables.ts)
iptables -t mangle -D PREROUTING -i veth+ -p icmp -m addrtype --src-type UNICAST -m state --state INVALID -j DSCP --set-dscp-class EF
ipset del blk 10.0.1.2
ipset -exist create blk hash:ip timeout 600
ip6tables -t filter -A INPUT -s 2001:db8:1::1 -p 47 -m connbytes ! --connbytes 10 --connbytes-dir reply --connbytes-mode bytes -m iprange --src-range 2001:db8::1-2001:db8::9 -j SET --add-set six src
ip6tables -t raw -I PREROUTING 1 -j TRACE
ipset destroy six
ipset add svc 10.96.0.2,tcp:80
iptables --list FORWARD --numeric --line-numbers
iptables-save
iptables -t filter -v -X
iptables -t nat -A INPUT -p all -j RETURN
iptables -t filter -I OUTPUT 1 -s 10.241.229.121/24 -p tcp -m length ! --length 100:200 -m dscp ! --dscp 10
iptables -A INPUT -i eth0 -p udp -m connbytes --connbytes 0:500 --connbytes-dir original --connbytes-mode packets -j TRACE
iptables -t filter -X OUTPUT
iptables -v -A OUTPUT -p icmp -m set --match-set blk dst,dst -m connbytes ! --connbytes 1000: --connbytes-dir reply --connbytes-mode bytes -j TRACE
iptables -t filter -I INPUT -s 127.116.172.2 -p tcp -m multiport --ports 80,443 -m helper --helper sip -j RETURN
iptables -A FORWARD -s 198.26.165.185/8 -i eth0 -p 47 -m connbytes --connbytes 0:500 --connbytes-dir original --connbytes-mode packets -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t security -A OUTPUT -d 192.94.241.100 -o cni0 -p 47 -m helper --helper sip -j DROP
ipset add six 2001:db8::1
ipset test blk 10.0.0.3
iptables -S FORWARD 2
iptables -t raw -A OUTPUT -s 172.57.179.93/32 -o eth+ -m helper --helper sip -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -C INPUT -p 47 -j ACCEPT
iptables -t nat -A PREROUTING -d 192.134.112.158/24 -i lo -p 47 -m dscp --dscp-class EF -j RETURN
ipset create nets hash:net
ip6tables-restore <<'EOF'
*security
:INPUT DROP [8:691]
:DOCKER - [0:0]
-A OUTPUT -p all -m length --length 0:64 -m addrtype --dst-type LOCAL -j ACCEPT
COMMIT
EOF
ip6tables -t nat -Z PREROUTING 1
ipset create nets hash:net
iptables -t filter -v -F FORWARD
iptables -t mangle -S OUTPUT
iptables -R OUTPUT 1 -d 127.255.78.16/16 -m connlimit --connlimit-above 20 --connlimit-mask 32 --connlimit-daddr -m iprange --dst-range 10.0.0.1-10.0.0.46 -j MARK --or-mark 0x8
iptables -t mangle -A FORWARD -p udp -j ACCEPT
ip6tables -L -v -Z
ip6tables-restore --noflush -c <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A FORWARD ! -o eth1 -p all -m addrtype --src-type UNICAST -j DROP
COMMIT
EOF
ip6tables -A KUBE-SERVICES -d 2001:db8:1::1 -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -A KUBE-SERVICES -s fd00:: -p 47 -m limit --limit 1/hour -m dscp --dscp 10 -j KUBE-SERVICES
ipset del blk 10.0.0.3
iptables -t filter -A INPUT -p tcp -m quota --quota 50000 -j ACCEPT
iptables -t nat -A PREROUTING -o cni0 -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN
iptables-save -c -t filter
ip6tables-save -c
ipset add six 2001:db8::1
ip6tables -w 1 --append KUBE-SERVICES -s 2001:db8:1::1/128 -p tcp -j KUBE-SERVICES
ipset test blk 10.0.2.0
ip6tables -t security -L -x -v -n
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [5:110]
:DOCKER - [0:0]
-A DOCKER -p ipv6-icmp -m state --state INVALID -j DOCKER
-A PREROUTING -j CONNMARK --save-mark
COMMIT
EOF
ip6tables-save -c
ip6tables -t mangle -Z OUTPUT 2
ip6tables -t raw -X PREROUTING
ip6tables -t filter -A FORWARD -g KUBE-SERVICES
ip6tables -F
ip6tables -t raw -A PREROUTING ! -s 2001:db8:1::1 -p all -m pkttype --pkt-type unicast -j DOCKER
ip6tables -v -A INPUT -d 2001:db8:1::1 -p all -g KUBE-SERVICES
ipset list -t
iptables -N LOGDROP
iptables -t mangle --list INPUT --numeric --line-numbers
iptables -A OUTPUT -p tcp -j LOG --log-prefix "drop"
iptables -v -X LOGDROP
iptables -N MYCHAIN
iptables -t raw -F
ip6tables -A OUTPUT -s 2001:db8:1::1 ! -d 2001:db8:1::1 -p sctp -m recent --set --seconds 60 --hitcount 4 -m connmark --mark 0x1 -j NFQUEUE --queue-num 3
ip6tables-restore <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
[1:411] -A KUBE-SERVICES ! -d fe80::1 -i veth+ -p all -m rpfilter -j RETURN
-A OUTPUT -p udp -m comment --comment "kubernetes service portals" -m pkttype --pkt-type broadcast -j TRACE
-A OUTPUT -s fe80::1 ! -o docker0 -p tcp -m connmark ! --mark 5/0xff -j MARK --set-xmark 0x4000/0x4000
-A KUBE-SERVICES -s 2001:db8:: -p sctp -m addrtype --src-type LOCAL -m statistic --mode random --probability 0.1 -j TRACE
COMMIT
EOF
iptables -t filter -A LOGDROP -s 127.138.108.55/12 -d 127.225.12.52/16 -p sctp -m rpfilter -m state --state INVALID -j DROP
iptables -t security -N MYCHAIN
iptables -t nat -A PREROUTING -p sctp -j MARK --set-mark 0x1
iptables -t raw -I NOPE 2 -s 192.6.69.109 ! -d 198.88.196.238/16 -m iprange --dst-range 10.0.0.1-10.0.0.164 -j ACCEPT
iptables-restore --noflush <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
[2:444] -A KUBE-SERVICES ! -s 10.149.137.42 -p tcp -m rpfilter -m comment --comment docker -j SET --del-set nets dst
COMMIT
EOF
iptables -D FORWARD -m mark ! --mark 0x4000/0x4000 -m ttl --ttl-lt 120 -j DROP
iptables -A LOGDROP -s 172.203.251.168/32 -p tcp -m statistic --mode random --probability 1 -m physdev --physdev-in veth0 -j CONNMARK --restore-mark --mask 0xff
iptables-save -c
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 192 (conformance/generators/iptables.ts)
iptables -t security -A INPUT -d 172.221.51.70/30 -p sctp -m dscp --dscp-class EF -m recent --remove --name SSH --hitcount 4 --rdest
ipset add six 2001:db8::1
ip6tables -t security -D INPUT -p all -m mark --mark 1 -j CONNMARK --save-mark
ip6tables -v -A FORWARD -i eth0 -m length --length 100:200 -j MARK --set-mark 0x1
ip6tables -t raw -F
ip6tables-save
ip6tables-save -c -t filter
ipset del blk 10.0.2.1
ip6tables -t filter -L -v
ip6tables -v -F INPUT
ip6tables-save -t filter
ip6tables -t filter -v -A INPUT -d fe80::1 -p udp -m udp --dport 65535:1000 -j NFQUEUE
iptables -F
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [7:270]
:KUBE-SERVICES - [0:0]
-A INPUT -s ::1 ! -i br0 -p ipv6-icmp -j LOG --log-prefix "IN: "
-A INPUT -s fd00::/32 -p all -j RETURN
-A KUBE-SERVICES -d 2001:db8:1::1/127 -p all -m quota --quota 50000 -m comment --comment "a/b:c -> 10.0.0.1:80" -j KUBE-SERVICES
-A FORWARD -s ::1 -d 2001:db8:1::1 -p ipv6-icmp -j RETURN
COMMIT
EOF
ip6tables -t filter -D INPUT 4
ip6tables -L KUBE-SERVICES 2 -n -v
ip6tables-save -t security -c
ip6tables -t raw -D PREROUTING 1
ip6tables -L -n -v
ip6tables -R NOPE 3 -s fd00:a:b::/16 -p tcp -j REJECT
ip6tables -t filter -A KUBE-SERVICES -p ipv6-icmp -m addrtype --src-type LOCAL -j KUBE-SERVICES
ip6tables -t raw -A OUTPUT -p ipv6-icmp -m mark --mark 0xffffffff -m set --match-set six src ! --update-counters -j TRACE
ip6tables -t security --list INPUT --numeric --line-numbers
ip6tables -t security -N f2b-sshd
ip6tables -N LOGDROP
ipset create six hash:ip family inet6
ip6tables -t filter -A FORWARD -p sctp -m helper --helper ftp -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -A INPUT ! -d fe80::1/32 -p tcp -j ACCEPT
ip6tables -v -I INPUT 2 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --restore-mark
ip6tables -C INPUT -m connmark --mark 5/0xff -j CONNMARK --save-mark
ip6tables -t filter -v -F
ipset create svc hash:ip,port
ip6tables -t filter -D LOGDROP ! -s 2001:db8:1::1 -i docker0 -o docker0 -m length ! --length 1500 -m comment --comment "kubernetes service portals" -j LOGDROP
ip6tables -t security -v -I OUTPUT 1 -s fe80::1 -p tcp -m rpfilter --validmark --accept-local -m limit --limit 5/min -j NFLOG --nflog-group 1
ip6tables -t raw -v -A PREROUTING ! -s fd00:a:b::/127 -p udp -m set --match-set six src,dst -m iprange --src-range 2001:db8::1-2001:db8::9 -j NOTRACK
iptables -t security -D OUTPUT 2
iptables -t nat -P PREROUTING ACCEPT
iptables -t filter -A NOPE -o eth1 -m state --state INVALID -m recent --set --seconds 60 -j DROP
iptables -t raw -I PREROUTING 4 -p udp -m helper --helper ftp -m length --length 0:64 -j DROP
iptables -t security -P FORWARD RETURN
iptables -t filter -w 1 --append OUTPUT -p sctp -j MARK --xor-mark 0x3
iptables -t raw -N KUBE-SERVICES
iptables -I OUTPUT 2 -p tcp -m connbytes ! --connbytes 1000: --connbytes-dir both --connbytes-mode packets
iptables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
-A DOCKER -s 172.107.84.8 -m length --length 1500 -m length --length 0:64 -j LOG
-A PREROUTING -s 192.192.155.164/32 -p tcp -m state --state INVALID -m set --match-set nets src --return-nomatch -j MARK --set-mark 5/0xff
COMMIT
EOF
iptables -Z NOPE 1
iptables-save -c -t filter
iptables -v -F INPUT
iptables -t filter -A OUTPUT -p sctp -m set --match-set nope src -m connlimit --connlimit-upto 100 --connlimit-mask 32 -j REJECT --reject-with icmp-port-unreachable
iptables -t mangle -A INPUT -p udp -m multiport --sports 53 -j ACCEPT
iptables -A NOPE -s 10.221.9.36 -p sctp -j CONNMARK --set-mark 0x2
ip6tables -t security -D INPUT -i lo -p sctp -j CONNMARK --restore-mark
ip6tables -t filter -Z
ip6tables -v -X LOGDROP
ip6tables-save
ip6tables -A INPUT -d fe80::1 -i docker0 -p sctp -m connlimit --connlimit-upto 5 --connlimit-mask 128 -g KUBE-SERVICES
ip6tables -t filter -A FORWARD -d fe80::1 -o eth1 -m dscp --dscp-class EF -m physdev ! --physdev-is-in -g LOGDROP
ip6tables -v -I LOGDROP 1 -p udp -j KUBE-SERVICES
ip6tables -t mangle -X OUTPUT
ip6tables -v -A FORWARD -s ::1 ! -o eth1 -p tcp -m state --state NEW -m connmark --mark 0x1 -j RETURN
ip6tables -t mangle -v -X
ip6tables -t security -L -n --line-numbers
ip6tables -t filter -N LOGDROP
ip6tables -t nat -A INPUT ! -p udp -m statistic --mode nth --every 3 --packet 1 -m mac ! --mac-source 02:00:00:00:00:45 -j DROP
ip6tables -A LOGDROP ! -s fd00:a:b:: -p udp -j SET --add-set six dst
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -s 2001:db8:1::1 -j DROP
-A FORWARD ! -s fd00:: -o eth1 -p tcp -m conntrack --ctstate UNTRACKED -j CONNMARK --restore-mark
-A FORWARD -d fe80::1/48 -o docker0 -p all -j SET --add-set six src
-A FORWARD -d ::1 -o eth+ -p udp -m recent --remove --name SSH -m state --state ESTABLISHED,RELATED -j MARK --and-mark 0xff
COMMIT
EOF
iptables -t raw -A KUBE-SERVICES -d 198.50.30.56 -p tcp -m length --length 0:64 -j NOTRACK
ipset add nets 10.1.0.0/16
iptables -L FORWARD -n -v --line-numbers
iptables -t nat -A PREROUTING ! -s 172.68.154.69 -j CONNMARK --save-mark
ip6tables -N DOCKER-USER
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 213 (conformance/generators/iptables.ts)
ip6tables -C NOPE -p sctp -j CONNMARK --save-mark
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -p ipv6-icmp -j ACCEPT
COMMIT
EOF
ip6tables-save
ip6tables -t nat -v -A OUTPUT -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j HL --hl-dec 1
ip6tables -t nat -R INPUT 2 -p tcp -m rpfilter --validmark --accept-local
ip6tables -t filter -S -v
ip6tables -t raw -L -v -Z
ip6tables -t filter -L FORWARD 3 -n -v
ip6tables -t raw -A OUTPUT -c 881 16221 -p udp -m quota --quota 50000 -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -I INPUT -j DROP
iptables -t raw -A PREROUTING -m limit --limit 1/hour --limit-burst 5 -j ACCEPT
iptables -t nat -S POSTROUTING 1
iptables -t raw -D OUTPUT -s 192.66.195.159/32 -p icmp -m connlimit ! --connlimit-upto 20 -m rpfilter --validmark --accept-local -j CT --zone-orig 2
iptables -t raw -A PREROUTING -p sctp -m helper --helper ftp -m state --state NEW
iptables -t filter -Z INPUT
iptables -t filter -L
iptables -t raw -X
ip6tables-save -t filter
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -A OUTPUT -p tcp ! --syn -m state --state INVALID -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -t nat -L -n --line-numbers
ip6tables -S -v
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [3:558]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 2001:db8:1::1/16 ! -d fd00:a:b::/127 ! -o eth+ -p tcp -j MARK --and-mark 0xff
[0:498] -A FORWARD -m state --state NEW -j KUBE-SERVICES
-A OUTPUT ! -p udp -j NOTRACK
COMMIT
EOF
ip6tables -t filter -I OUTPUT 4 -p tcp -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode avgpkt -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode bytes -j RETURN
ip6tables -F KUBE-SERVICES
iptables -X
iptables -t security -L
iptables -t mangle -I FORWARD -d 192.143.171.206 -o eth+ -p udp -j DROP
iptables-save
iptables -t raw -F
ipset test blk 10.0.1.2
iptables -t raw -R OUTPUT 1 -m comment --comment x_y-z -j DROP
iptables -t mangle -X FORWARD
iptables -t filter --list INPUT --numeric --line-numbers
iptables -S INPUT 2
ipset add six 2001:db8::1
iptables -t filter -F
iptables-restore <<'EOF'
*raw
:PREROUTING DROP [1:641]
:DOCKER - [0:0]
-A DOCKER -s 127.185.190.217/30 ! -p tcp -m pkttype --pkt-type broadcast -j NOTRACK
-A OUTPUT -p all -m set --match-set svc dst --return-nomatch -j DROP
COMMIT
EOF
ip6tables -t nat -C POSTROUTING -s fd00::/48 -p udp -m addrtype --dst-type MULTICAST -j MASQUERADE
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [0:4]
:KUBE-SERVICES - [0:0]
[4:324] -A FORWARD ! -s 192.244.226.15 -d 127.230.25.75/24 ! -o cni0 -p all -j CONNMARK --set-mark 0x2
-A INPUT -p all -m connlimit --connlimit-upto 100 -j NFQUEUE --queue-num 2 --queue-bypass
-A INPUT -s 192.54.238.176/16 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.54 -j REJECT
COMMIT
EOF
iptables -t mangle -F
iptables-save
ip6tables -A KUBE-SERVICES -p udp -m conntrack --ctstate RELATED,ESTABLISHED -m udp --dport 8080:9000 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t nat -L -n
ip6tables -X OUTPUT
ip6tables -A KUBE-SERVICES -s 2001:db8:: -p sctp -m length --length 100:200 -j TRACE
ip6tables-restore <<'EOF'
*raw
:RCHAIN - [0:0]
[0:254] -A RCHAIN -m addrtype --dst-type BROADCAST -j ACCEPT
-A RCHAIN -s fe80::1 -o eth+ -p udp -j RETURN
-A OUTPUT -d fd00::/127 -p sctp -m length --length 1500 -m statistic --mode nth --every 3 --packet 0 -g RCHAIN
[3:421] -A RCHAIN -p tcp -m state --state ESTABLISHED,RELATED -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -I INPUT 3 ! -i lo -p all -m ttl --ttl-gt 202 -j KUBE-SERVICES
iptables -t security -Z FORWARD 1
iptables-save -c -t filter
iptables -t filter -F
ip6tables -t mangle -v -A PREROUTING -i eth0 -p all -m rpfilter --loose -m pkttype --pkt-type unicast -j RETURN
ipset add svc 10.96.0.2,tcp:443
ip6tables-restore --noflush -c <<'EOF'
*raw
:PREROUTING DROP [1:793]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 2001:db8:1::1 -d fe80::1/128 -p all -m statistic --mode nth --every 2 --packet 1 -j NOTRACK
-A OUTPUT ! -s 2001:db8:: -d ::1/48 -p ipv6-icmp -j NFQUEUE --queue-num 3
[0:64] -A PREROUTING -i lo -p 47 -j SET --del-set six dst
COMMIT
EOF
ip6tables -t filter -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -C FORWARD -o eth+ -m dscp --dscp-class EF -m connmark --mark 0x1 -j DNAT --to-destination fd00::2
ip6tables -t mangle -I POSTROUTING -d 2001:db8:1::1/16 -p tcp -j TCPMSS --set-mss 1400
ip6tables -L -n -v
ip6tables-save -c
ip6tables -A FORWARD -m length --length 100:200 -m quota --quota 1000 -j ACCEPT
ip6tables -t mangle -F
ipset create six hash:ip family inet6
ip6tables -t security -A INPUT -i br0 -p tcp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m hl --hl-gt 208 -j NFQUEUE
ip6tables -S -v
ipset add nets 10.0.0.0/16
ip6tables-save -c
iptables -t filter -w 1 --append KUBE-SERVICES -s 172.245.211.150 -o eth+ -p udp -m limit --limit 100/day -j LOG --log-prefix "IN: " --log-level info
ipset list
iptables -t raw -E DOCKER DOCKER-2
iptables -F KUBE-SERVICES
iptables-save
ip6tables-save

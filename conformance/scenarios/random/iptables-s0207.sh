# Random iptables/ip6tables rule set, seed 207 (conformance/generators/iptables.ts)
iptables -I FORWARD ! -i eth0 -p tcp -m multiport ! --sports 53 --syn -j ACCEPT
ip6tables -F
ip6tables -L FORWARD 3 -n -v
ip6tables -t filter -R OUTPUT 2 -p 47 -m owner --uid-owner 0 -m statistic --mode random --probability 0.25000000000 -j ACCEPT
ip6tables -t raw -N KUBE-SERVICES
ipset add svc 10.96.0.0,tcp:80
ip6tables -P OUTPUT RETURN
ip6tables -t nat -A PREROUTING -p all
ip6tables-save -t filter
ip6tables -L -v -Z
ip6tables -t security -I NOPE 4 -d fd00:a:b:: ! -i eth0 -m mark ! --mark 0xffffffff -j CONNMARK --restore-mark --mask 0xff
ip6tables -t filter -v -F
ip6tables -D INPUT 2
ip6tables -t security -nvL
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:603]
:DOCKER - [0:0]
-A DOCKER -p sctp -m helper --helper sip -m addrtype --dst-type BROADCAST
[2:461] -A FORWARD ! -i veth+ -o docker0 -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -j TRACE
-A INPUT -p 47 -m hl --hl-eq 74 -m length --length 0:64 -j MARK --set-mark 5/0xff
-A OUTPUT ! -d fd00::/128 ! -o cni0 -p all -m mark --mark 0x10/0xf0 -m rpfilter --loose -j NFLOG --nflog-group 0
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [1:157]
:KUBE-SERVICES - [0:0]
-A FORWARD -p sctp -m connlimit --connlimit-upto 100 --connlimit-mask 32 -j SET --del-set nets dst
COMMIT
EOF
iptables -t raw -F
iptables -X FORWARD
iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [2:724]
:RCHAIN - [0:0]
-A RCHAIN -o docker0 -p tcp --sport 0 -j RCHAIN
[3:191] -A OUTPUT -d 172.218.244.233 -j RCHAIN
COMMIT
EOF
iptables -D OUTPUT 2
iptables-restore <<'EOF'
*nat
:DOCKER - [0:0]
-A PREROUTING -d 198.201.113.26/24 ! -i docker0 -p 47 -j TRACE
COMMIT
EOF
ipset add nets 10.1.0.0/16
iptables-restore --noflush <<'EOF'
*mangle
:DOCKER - [0:0]
[4:205] -A FORWARD -i veth+ -p tcp -j CHECKSUM --checksum-fill
-A INPUT -s 172.78.169.119/8 -p icmp -m physdev ! --physdev-is-in -j CONNMARK --set-mark 0x2
COMMIT
EOF
ipset list -t
ip6tables -t mangle -A INPUT -d 2001:db8:1::1/48 -i docker0 -p 47 -j SET --add-set six dst
ip6tables-save -c -t filter
ip6tables -L FORWARD 2 -n -v
ip6tables -t nat -I OUTPUT -s fd00:a:b:: -d 2001:db8:1::1/48 -p all -m helper --helper sip -j NFQUEUE --queue-num 3
ip6tables -v -X
ip6tables -L
ip6tables -t filter -D INPUT 3
ip6tables-restore -c <<'EOF'
*mangle
:DOCKER - [0:0]
-A FORWARD -p 47 -g DOCKER
-A POSTROUTING -o docker0 -p 47 -j NFQUEUE --queue-num 3
-A INPUT ! -d 2001:db8::/64 ! -i br0 -m statistic --mode nth --every 2 --packet 0 -j SET --add-set six src
[1:239] -A FORWARD -s ::1/127 -p ipv6-icmp -m physdev --physdev-out eth+ -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j HL --hl-dec 1
COMMIT
EOF
ip6tables -t filter -I FORWARD -d fe80::1 -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t mangle -C PREROUTING -d 2001:db8::/127 -p ipv6-icmp -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -t mangle -v -A POSTROUTING -p sctp -m hl --hl-eq 23 -m rpfilter
ip6tables -t nat -N MYCHAIN
ip6tables -t nat -Z MYCHAIN
ip6tables -t filter -D NOPE 4
ip6tables -t filter -v -X DOCKER
ip6tables-restore <<'EOF'
*filter
:DOCKER - [0:0]
[1:340] -A INPUT -s fd00:a:b::/32 -m state --state ESTABLISHED,RELATED -m state --state ESTABLISHED,RELATED -j LOG --log-prefix "x y"
-A FORWARD -p tcp -j MARK --set-mark 5/0xff
-A FORWARD -d fd00:: -p sctp -m statistic --mode random --probability 1 -j REJECT --reject-with icmp6-adm-prohibited
-A OUTPUT -o cni0 -j DOCKER
COMMIT
EOF
ip6tables -t nat -v -I MYCHAIN 1 -s 2001:db8::/127 -j CONNMARK --save-mark
ip6tables -t filter -A FORWARD -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -j DOCKER
iptables -A KUBE-SERVICES -p 47 -j REJECT --reject-with icmp-host-prohibited
iptables -t security -A OUTPUT ! -d 192.21.146.143 -o eth+ -p tcp -m quota --quota 1000 -j NFLOG --nflog-group 0
iptables -L FORWARD 2 -n -v
iptables -D INPUT -s 192.36.251.131/24 -p tcp -j NOTRACK
ipset add nets 10.1.0.0/16
iptables -v -X KUBE-SERVICES
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A INPUT -d ::1/127 -p tcp -m statistic --mode nth --every 2 --packet 0 -j NFQUEUE --queue-balance 0:3 --queue-bypass
[0:485] -A INPUT -d 2001:db8:: -p all -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j REJECT --reject-with icmp6-port-unreachable
COMMIT
EOF
ipset create svc hash:ip,port
ipset del blk 10.0.1.3
ip6tables -A NOPE -o cni0 -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -v -A INPUT -s 2001:db8::/64 -i br0 -p tcp -m tcp --dport 53:1000
ip6tables -t raw -A OUTPUT -c 855 69667 ! -s ::1 -o cni0 -p udp -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode avgpkt -j ACCEPT
iptables -P INPUT ACCEPT
iptables -t raw -v -X
iptables -t mangle -Z OUTPUT 2
ip6tables -t security -D INPUT -i veth+ -p 47 -m set --match-set six dst,dst -j TRACE
ip6tables -t raw -Z OUTPUT
ip6tables -Z FORWARD
ipset flush blk
ip6tables -t security -A INPUT -p 47 -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A RCHAIN ! -d fd00:: -p all -m set ! --match-set nope src,dst ! --update-counters -j MARK --and-mark 0xff
iptables-restore <<'EOF'
*filter
:INPUT DROP [0:90]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d 172.196.19.200/24 -p 47 -m addrtype --src-type LOCAL -m quota --quota 50000 -j MARK --set-mark 0x1
-A OUTPUT -p udp -m statistic --mode random --probability 0.33333333349 -m conntrack --ctstate NEW
-A INPUT ! -s 172.167.21.0/30 -m iprange ! --dst-range 10.0.0.1-10.0.0.38 -j NFQUEUE --queue-balance 0:3 --queue-bypass
COMMIT
EOF
iptables -D INPUT -p sctp -j SET --add-set blk dst
ipset add nets 10.2.0.0/16
iptables -t nat -X DOCKER
iptables -X KUBE-SERVICES
ipset create nets hash:net
ipset create nets hash:net counters
iptables-save
ip6tables-save

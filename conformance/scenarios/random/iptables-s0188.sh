# Random iptables/ip6tables rule set, seed 188 (conformance/generators/iptables.ts)
iptables-restore --noflush <<'EOF'
*mangle
:RCHAIN - [0:0]
-A PREROUTING -s 192.112.180.188/32 -m addrtype --dst-type MULTICAST -m mark --mark 0xffffffff
-A OUTPUT ! -o eth+ -p 47 -m ttl --ttl-lt 43 -m ttl --ttl-lt 169 -j DROP
COMMIT
EOF
iptables -t mangle -A POSTROUTING -d 172.27.77.192 -o cni0 -p all -j SNAT --to-source 10.0.0.1 --random-fully
iptables-restore <<'EOF'
*nat
:PREROUTING DROP [3:685]
:KUBE-SERVICES - [0:0]
-A PREROUTING -s 127.118.243.74/32 -m mark --mark 0x10/0xf0 -j TRACE
-A INPUT -d 172.16.78.191/32 -p tcp -m multiport --dports 22,80:90,8080 -j CHECKSUM --checksum-fill
COMMIT
EOF
ip6tables -S FORWARD 2
ip6tables-save
ip6tables-save
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:395]
:KUBE-SERVICES - [0:0]
-A FORWARD -d fd00::/64 -p tcp -m connmark --mark 0x1
-A OUTPUT -p ipv6-icmp -m state --state NEW
[1:252] -A FORWARD -p udp -m pkttype --pkt-type broadcast -j RETURN
[0:140] -A KUBE-SERVICES -d fe80::1/128 -p ipv6-icmp -j SET --del-set six dst
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -s fd00:a:b:: -p ipv6-icmp --icmpv6-type echo-request -j MARK --or-mark 0x8
-A RCHAIN -i lo -o eth1 -p sctp -j RCHAIN
[1:395] -A FORWARD -o cni0 -p sctp -j RCHAIN
-A FORWARD -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
ip6tables -t security -A INPUT -p ipv6-icmp -m connmark --mark 5/0xff -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -A FORWARD -p tcp -m connlimit --connlimit-above 5 --connlimit-mask 128 -m hl --hl-lt 15 -j TRACE
ip6tables -R FORWARD 3 -p tcp -m conntrack --ctstate UNTRACKED -m recent ! --rcheck --name DEFAULT --hitcount 20 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -t nat -A PREROUTING -s 127.46.46.186 -p sctp -j DNAT --to-destination 172.17.0.2:80
iptables -t security -A INPUT -m helper --helper ftp -j TRACE
iptables-save -c -t nat
ipset add blk 10.0.0.0
iptables -t filter -S FORWARD 3
iptables -t filter -D FORWARD 1
iptables -t security -v -I NOPE 1 -s 192.151.3.147 -p icmp -j ACCEPT
iptables -t security -A INPUT ! -d 198.92.220.67/32 -i veth+ -j RETURN
iptables-save
iptables-save -c -t filter
ipset add six 2001:db8::1
ipset destroy svc
ipset add svc 10.96.0.1,tcp:80
iptables-save -c
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:395]
:KUBE-SERVICES - [0:0]
-A FORWARD -o eth+ -p udp -m statistic --mode random --probability 0.5 -m state ! --state INVALID
-A KUBE-SERVICES ! -s fd00:a:b::/48 -p tcp -m conntrack ! --ctstate UNTRACKED -m state --state ESTABLISHED,RELATED -j DNAT --to-destination fd00::2
COMMIT
EOF
iptables-save
iptables -I FORWARD 2 -p tcp -j CONNMARK --set-mark 0x2
iptables -t security -A NOPE -d 192.21.80.15/12 ! -i docker0 -p all -j NFQUEUE --queue-num 3
iptables -t raw -C OUTPUT -p sctp -m addrtype --dst-type UNICAST -m iprange --dst-range 10.0.0.1-10.0.0.73 -j LOG
iptables -A OUTPUT -o cni0 -p tcp --sport 22 -j REJECT --reject-with tcp-reset
iptables -t mangle -S POSTROUTING
iptables -t mangle -X PREROUTING
iptables -t raw -N DOCKER
ip6tables -t raw -D PREROUTING 2
ip6tables-save
ip6tables -t mangle --list PREROUTING --numeric --line-numbers
ip6tables-save -c -t raw
ip6tables -v -F RCHAIN
ip6tables -L -v -Z
ip6tables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [2:202]
:RCHAIN - [0:0]
-A OUTPUT -s 2001:db8:1::1 -j MARK --set-mark 0x1
-A OUTPUT -d ::1/64 -p all -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j REDIRECT
COMMIT
EOF
ip6tables -t mangle -v -X
ipset create nets hash:net
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables -t mangle -Z PREROUTING
ip6tables -t nat -L -v
ip6tables -S -v
iptables -t security -Z
ip6tables -t filter --list KUBE-SERVICES --numeric --line-numbers
ip6tables -t filter -A KUBE-SERVICES ! -s ::1 -o eth+ -m statistic --mode nth --every 3 --packet 1 -j MARK --and-mark 0xff
ip6tables -t mangle -X
ipset add nets 10.0.0.0/16
ip6tables -L RCHAIN 1 -n -v
ipset add svc 10.96.0.1,tcp:443
ip6tables -t nat -X OUTPUT
ip6tables -t nat -v -I OUTPUT 2 -o docker0 -p sctp -j MARK --and-mark 0xff
ipset add blk 10.0.1.1
ip6tables -t filter -L -v -Z
ip6tables -t filter -N KUBE-SEP-XYZ
ipset destroy svc
iptables -t filter -A OUTPUT -d 198.78.216.22/32 -p tcp -m multiport ! --ports 22,80:90,8080 -m statistic --mode random --probability 0.33333333349
iptables -t filter -A FORWARD -c 353 4248 -p all -j SET --del-set nets src
iptables -L OUTPUT 2 -n -v
iptables -t filter -S FORWARD 3
ip6tables-save -c -t filter
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [3:520]
:RCHAIN - [0:0]
[0:149] -A INPUT -s 2001:db8:1::1/48 -d ::1 -m addrtype --dst-type MULTICAST -j MARK --set-mark 5/0xff
[0:381] -A RCHAIN ! -i lo -p all -m helper --helper ftp -m rpfilter --validmark --accept-local -j KUBE-SERVICES
-A OUTPUT -m comment --comment x_y-z -j NFQUEUE --queue-balance 0:3 --queue-bypass
-A INPUT -s fe80::1 -p tcp -j NFLOG --nflog-group 4
COMMIT
EOF
iptables -v -I FORWARD 1 -d 198.64.116.35/8 -p all -m physdev ! --physdev-is-in -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode avgpkt -j CONNMARK --set-mark 0x2
iptables -A INPUT -i lo -j ACCEPT
iptables -t filter -I INPUT 3 -i docker0 -p sctp -m mac --mac-source 02:00:00:00:00:87 -j CONNMARK --restore-mark
iptables -t mangle -A RCHAIN -s 10.187.72.252/30 -o eth+ -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.10 -j ACCEPT
iptables-save
ip6tables-save

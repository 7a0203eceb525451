# Random iptables/ip6tables rule set, seed 260 (conformance/generators/iptables.ts)
iptables -t raw -L -v -Z
iptables -t nat -N MYCHAIN
ip6tables -t nat -C OUTPUT -p tcp -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -t nat -Z OUTPUT
ip6tables -D FORWARD -s 2001:db8:: -i veth+ -m conntrack ! --ctstate INVALID -j DROP
ip6tables -t raw --list OUTPUT --numeric --line-numbers
ip6tables -t security -D INPUT 2
ip6tables -A INPUT -d fe80::1/127 -i br0 -p udp -j TRACE
ip6tables -P INPUT DROP
ipset create svc hash:ip,port
iptables -t filter -N MYCHAIN
iptables -L OUTPUT 2 -n -v
iptables -t nat -D POSTROUTING 3
ip6tables -t filter -A INPUT ! -p tcp -m helper --helper ftp -j REJECT --reject-with icmp6-no-route
ip6tables-save -c
ip6tables -t mangle -C PREROUTING -s 2001:db8:1::1 -i veth+ -p udp -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
ip6tables -t security -R OUTPUT 2 -p ipv6-icmp -j TRACE
ip6tables -v -X
ip6tables -t raw -L PREROUTING -n -v --line-numbers
ip6tables -L -v -Z
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [6:111]
:DOCKER - [0:0]
-A OUTPUT -o eth+ -p sctp -m addrtype --dst-type UNICAST -j NFQUEUE
[0:137] -A OUTPUT -d 2001:db8:1::1/16 ! -o eth1 -p ipv6-icmp -m hl --hl-lt 40 -m rpfilter --invert -j DNAT --to-destination fd00::2
COMMIT
EOF
iptables -t filter -Z INPUT
iptables -t nat -v -F
iptables-restore <<'EOF'
*filter
:INPUT DROP [0:582]
:KUBE-SERVICES - [0:0]
[1:24] -A INPUT -p 47 -m state --state ESTABLISHED,RELATED
-A KUBE-SERVICES -d 192.23.20.2 -o cni0 -p sctp -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode packets -m iprange ! --dst-range 10.0.0.1-10.0.0.13 -g KUBE-SERVICES
COMMIT
EOF
iptables -t nat -L PREROUTING -n -v --line-numbers
iptables -t security -L FORWARD 2 -n -v
iptables -L
iptables -t security -X FORWARD
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [1:511]
:RCHAIN - [0:0]
-A INPUT -s 192.11.18.123 -p tcp -m set ! --match-set blk src,dst --return-nomatch -j REJECT --reject-with icmp-net-unreachable
-A INPUT -p icmp -m pkttype --pkt-type multicast -j LOG --log-prefix "x y"
-A INPUT -s 192.254.48.255/32 -p all -m dscp --dscp 0x2e -j NFLOG --nflog-group 0
-A INPUT -s 198.122.145.221 -p all -j SET --del-set nets dst
COMMIT
EOF
ipset save
iptables -C INPUT -d 198.6.137.21/30 -p 47 -j DROP
iptables -t nat -I PREROUTING -i eth0 -j CHECKSUM --checksum-fill
iptables -w 1 --append RCHAIN -p 47 -j RCHAIN
ip6tables -t raw -A PREROUTING -s fe80::1/127 -d fe80::1/16 ! -i br0 -p all -j MARK --set-xmark 0x4000/0x4000
ip6tables -A FORWARD -s 2001:db8:: -o eth+ -p all -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j MARK --xor-mark 0x3
ipset create six hash:ip family inet6
iptables-save -c -t raw
ip6tables -t raw -Z PREROUTING
ip6tables -X
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [6:162]
:KUBE-SERVICES - [0:0]
-A INPUT -s fd00:a:b::/16 -p tcp -j DROP
COMMIT
EOF
iptables -v -X RCHAIN
iptables -t filter -I RCHAIN -d 192.195.243.219 -m comment --comment "a/b:c -> 10.0.0.1:80" -m pkttype --pkt-type broadcast -j DROP
iptables -A INPUT -d 192.14.245.239/8 ! -i eth0 -m recent --rcheck --name DEFAULT --hitcount 20 --rdest -j SET --add-set nets src
iptables -A INPUT -j RCHAIN
ip6tables -t security -L INPUT -n -v --line-numbers
ip6tables -t raw -Z OUTPUT
ip6tables -t filter -A INPUT -s fd00:: -p tcp -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode packets -j LOG --log-prefix "x y"
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t raw -R PREROUTING 3 -p tcp -m limit --limit 3/s -j ACCEPT
ipset create six hash:ip family inet6
ip6tables -v -I FORWARD 2 -i br0 -p sctp -m rpfilter --validmark --accept-local -j DROP
ipset add svc 10.96.0.0,tcp:80
ip6tables -A INPUT -i lo -p all -j SET --del-set six dst
iptables -L -v -Z
ipset add blk 10.0.2.2
ip6tables -t raw -A PREROUTING -p tcp -j DROP
ip6tables -t raw -I PREROUTING -m state --state INVALID -m state --state ESTABLISHED,RELATED -j RETURN
ip6tables -v -A OUTPUT -p 47 -m hl --hl-lt 163 -j LOG --log-prefix "x y" --log-level info
ip6tables-save -c -t filter
ip6tables -A INPUT -p sctp -m connbytes ! --connbytes 1000: --connbytes-dir both --connbytes-mode avgpkt -m connlimit --connlimit-upto 20 -j DROP
ip6tables -t filter -A INPUT -s fd00:a:b:: ! -d fd00:a:b:: -j KUBE-SERVICES
ip6tables -t security -L -v -Z
ipset create nets hash:net
ipset flush nets
iptables -t raw --list OUTPUT --numeric --line-numbers
ip6tables-save -t filter
ip6tables -t raw -v -I OUTPUT 1 ! -d fd00:a:b:: -j RETURN
ip6tables -t security -A OUTPUT -d fe80::1/127 -m set --match-set six dst -m string --hex-string '|0d0a|' --algo kmp --icase
ip6tables -t nat -w 1 --append OUTPUT -p tcp -m addrtype --src-type LOCAL -j DNAT --to-destination fd00::2
ip6tables-save -c
iptables-save
ip6tables-save

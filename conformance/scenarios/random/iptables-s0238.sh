# Random iptables/ip6tables rule set, seed 238 (conformance/generators/iptables.ts)
iptables -t filter -A OUTPUT -s 198.66.199.211/30 ! -o eth1 -p sctp -m addrtype --src-type LOCAL -m hashlimit --hashlimit-above 1/hour --hashlimit-burst 1 --hashlimit-name web --hashlimit-htable-expire 30000 -j NFQUEUE --queue-num 3
ip6tables -t nat -X PREROUTING
ipset add nets 10.2.0.0/16
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [4:88]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 198.208.242.175/16 -d 127.59.151.137/24 -p 47 -j NFLOG --nflog-group 3 --nflog-prefix p
-A KUBE-SERVICES -s 127.24.139.229 -d 192.33.33.83/16 -o docker0 -g KUBE-SERVICES
[1:177] -A OUTPUT -s 10.145.254.95/32 -p sctp -m ttl --ttl-gt 100 -j KUBE-SERVICES
COMMIT
EOF
ipset add nets 10.2.0.0/16
ip6tables -t raw -I PREROUTING -s fd00:a:b:: -j CT --zone-orig 2
ip6tables -I OUTPUT -p tcp -j DROP
ip6tables -A INPUT -i veth+ -p all -m statistic --mode nth --every 10 --packet 0 -j NFLOG --nflog-group 4
ip6tables -I FORWARD -s 2001:db8:1::1/32 -d fd00:a:b:: -p all -m length --length 0:64 -j LOG --log-prefix "IN: " --log-level info
ipset del blk 10.0.2.3
ip6tables -t filter -w 1 --append OUTPUT -d fd00:a:b::/128 -p udp -m addrtype --dst-type UNICAST -m physdev --physdev-is-bridged -j CT --zone-orig 2
ip6tables -L INPUT 1 -n -v
ip6tables -t mangle -F
ip6tables-save -t filter -c
ip6tables -L FORWARD -n -v --line-numbers
ip6tables -t security -v -X
iptables -t security -I OUTPUT 4 -o eth1 -p sctp -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables-save
iptables -t raw -v -F
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -t security -P INPUT RETURN
ip6tables -t security --list INPUT --numeric --line-numbers
ip6tables-save -c
ip6tables -t nat -A NOPE -o eth1 -m hl --hl-lt 28 -m length --length 100:200
ipset test blk 10.0.1.0
ip6tables -t security -A INPUT -p 47 -m mark --mark 1 -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -t filter -D OUTPUT -s 2001:db8:1::1 ! -o docker0 -p ipv6-icmp --icmpv6-type 128 -j NFLOG --nflog-group 2
ip6tables -v -X
ipset del blk 10.0.0.3
ip6tables-save -c
ip6tables -t filter -v -X
ip6tables -t security -X OUTPUT
ipset create svc hash:ip,port
ip6tables -S INPUT
ip6tables -Z INPUT 1
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -j REJECT --reject-with icmp6-adm-prohibited
COMMIT
EOF
ip6tables -t nat -v -X
ip6tables -R OUTPUT 2 -o docker0 -p tcp -m statistic --mode nth --every 3 --packet 0 -j KUBE-SERVICES
ip6tables-save
ip6tables -t security -w 1 --append FORWARD -m statistic --mode nth --every 3 --packet 1 -j NFQUEUE --queue-num 3
ip6tables -Z
ip6tables -A KUBE-SERVICES ! -s 2001:db8::/127 -p sctp -m length --length 1500 -j KUBE-SERVICES
ip6tables -t filter -S NOPE 3
iptables -t raw -I PREROUTING 4 ! -s 127.34.51.222/30 -i br0 -m quota ! --quota 50000 -m mac --mac-source 02:00:00:00:00:60
iptables -t filter -S INPUT 2
iptables -t filter -E KUBE-SERVICES-2 KUBE-SERVICES-2-2
iptables -A KUBE-SERVICES-2-2 -o eth+ -p tcp -m statistic --mode nth --every 10 --packet 0 -m statistic --mode nth --every 3 --packet 0 -j KUBE-SERVICES-2-2
iptables -t filter -L -x -v -n
ipset add six 2001:db8::1
iptables -t filter -A KUBE-SERVICES-2-2 -d 198.0.192.176/8 -m state --state INVALID -m connbytes --connbytes 10 --connbytes-dir original --connbytes-mode avgpkt -j TRACE
ip6tables -S
ip6tables -t security -L FORWARD 1 -n -v
ip6tables -A INPUT -s fd00:a:b:: -d fd00:: -p ipv6-icmp -m recent --set --name DEFAULT -j KUBE-SERVICES
ip6tables -v -F OUTPUT
ip6tables -t filter -I KUBE-SERVICES -m connmark --mark 5/0xff -m comment --comment docker -j ACCEPT
ip6tables -t raw -A OUTPUT -c 153 11725 -p tcp -j RETURN
iptables -t raw -L -v -Z
ipset add blk 10.0.2.2
iptables -t filter -L -x -v -n
iptables -X KUBE-SERVICES-2-2
ipset flush blk
iptables -t mangle -S PREROUTING 2
ip6tables-save -c
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:204]
:RCHAIN - [0:0]
-A INPUT ! -s 2001:db8:1::1/48 -d fe80::1 -j NFLOG --nflog-group 3
-A RCHAIN -i veth+ -p tcp -j MARK --or-mark 0x8
[4:127] -A RCHAIN -d ::1/32 -i eth0 -p udp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m pkttype ! --pkt-type multicast -j TRACE
COMMIT
EOF
iptables -t filter -N DOCKER
iptables -t nat -I INPUT 1 -p 47 -m dscp --dscp 10 -m connmark --mark 5/0xff -j SET --del-set blk src
iptables -A DOCKER -d 10.55.245.164 -p tcp -m state --state INVALID -j TRACE
iptables -t filter -A FORWARD -s 192.142.211.61 -m helper --helper ftp -j NFLOG --nflog-group 2
iptables -t raw -F
iptables -D FORWARD 1
iptables-save
ip6tables-save

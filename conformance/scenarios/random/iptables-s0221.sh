# Random iptables/ip6tables rule set, seed 221 (conformance/generators/iptables.ts)
iptables -t filter -A FORWARD -d 192.26.107.174 -p udp -m connlimit --connlimit-above 100 --connlimit-mask 32 -m statistic --mode random --probability 1 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -A INPUT -i br0 -p udp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -t raw -A PREROUTING -p tcp -m physdev ! --physdev-is-in -m mac --mac-source 02:00:00:00:00:24 -j MARK --set-xmark 0x4000/0x4000
ipset -exist create blk hash:ip
iptables -t security -I FORWARD 2 -d 198.121.96.128 ! -i eth0 -p udp -m mark ! --mark 1 -m addrtype --src-type UNICAST -j LOG --log-prefix "drop"
ip6tables -t mangle -v -I INPUT 3 -p ipv6-icmp -j DSCP --set-dscp 0x2e
ip6tables -A FORWARD -d ::1 ! -p udp -m mac ! --mac-source 02:00:00:00:00:59 -j REJECT --reject-with icmp6-no-route
ipset list
ip6tables -t filter -X INPUT
ip6tables -D OUTPUT -d fe80::1/127 -p all -j CHECKSUM --checksum-fill
ip6tables -S INPUT
ip6tables -A FORWARD -d fd00:: -i lo -p 47 -m rpfilter --validmark --accept-local -m state --state ESTABLISHED,RELATED -j REJECT
ip6tables -t security -L FORWARD 2 -n -v
ip6tables -t mangle -L OUTPUT 2 -n -v
ip6tables -X OUTPUT
ip6tables -t filter -S -v
ipset create six hash:ip family inet6
ip6tables-save
ip6tables -t filter -I INPUT 3 -p 47 -m recent --rcheck --seconds 0 --hitcount 20 -m set ! --match-set nope src,dst -j ACCEPT
ip6tables -t mangle -v -X
ip6tables -A FORWARD ! -d 2001:db8:1::1 ! -i br0 -p 47 -m length ! --length 0:64 -m length --length 0:64 -j RETURN
ip6tables -t security -A OUTPUT -s fd00:a:b:: -p ipv6-icmp -m connbytes ! --connbytes 10 --connbytes-dir both --connbytes-mode packets -m quota --quota 50000 -j SET --add-set six src
ip6tables -L FORWARD 3 -n -v
ip6tables -X
ip6tables -X
iptables -t filter -F
iptables -A INPUT -m connmark --mark 0x1 -j LOG --log-prefix "drop"
iptables -t mangle -A PREROUTING -s 10.255.27.225/30 -d 198.116.8.23/24 -i veth+ -p 47 -m limit --limit 5/min --limit-burst 20 -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -t security -N DOCKER-USER
iptables -t filter -P INPUT ACCEPT
iptables-restore -c <<'EOF'
*mangle
:DOCKER - [0:0]
-A INPUT ! -s 192.214.203.252/8 -p sctp -m recent --update
COMMIT
EOF
iptables -t security -A FORWARD -o eth1 -p sctp -j MARK --xor-mark 0x3
iptables --list OUTPUT --numeric --line-numbers
iptables -t raw -R PREROUTING 1 -s 127.248.59.128/24 -d 127.100.133.171/32 -j NFLOG --nflog-group 3
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [6:125]
:KUBE-SERVICES - [0:0]
-A POSTROUTING -d fe80::1/16 -m pkttype --pkt-type unicast -j KUBE-SERVICES
[0:459] -A KUBE-SERVICES -o eth1 -p sctp -m statistic --mode nth --every 10 --packet 1 -j DROP
-A POSTROUTING -o docker0 -p all -j NFLOG --nflog-group 4
COMMIT
EOF
ip6tables -t raw -S OUTPUT 3
ip6tables -t security -w 1 --append INPUT -p tcp ! --syn -j SET --del-set six dst
ip6tables -S FORWARD 3
ip6tables -A OUTPUT -s 2001:db8:: -d 2001:db8:: -j LOG --log-prefix "IN: "
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [8:856]
:RCHAIN - [0:0]
-A INPUT -m addrtype --dst-type MULTICAST -m addrtype --src-type UNICAST -j SET --del-set six dst
[0:355] -A POSTROUTING -s 2001:db8:: -d ::1/64 -p udp -m statistic --mode random --probability 0.5 -j SET --add-set six dst
COMMIT
EOF
ipset add six 2001:db8::1
iptables -t nat -A OUTPUT -s 172.238.105.236 -p all -m length --length 100:200 -m statistic --mode nth --every 3 --packet 0
iptables -S FORWARD 3
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [3:368]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES ! -s 10.0.74.149/32 -p icmp -m dscp --dscp-class EF -j TRACE
COMMIT
EOF
iptables -v -X KUBE-SERVICES
ipset create six hash:ip family inet6
ip6tables -t mangle -w 1 --append RCHAIN -m statistic --mode random --probability 0.5 -m pkttype --pkt-type unicast -j DSCP --set-dscp-class EF
ip6tables -t nat -E KUBE-SERVICES KUBE-SERVICES-2
ip6tables -t filter -A FORWARD -p tcp -m owner ! --uid-owner 100-200 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t raw -I OUTPUT 2 ! -s ::1 -p 47 -m addrtype ! --dst-type UNICAST -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode packets -j NFLOG --nflog-group 2 --nflog-prefix p
ipset add svc 10.96.0.1,tcp:443
ip6tables -t mangle -I POSTROUTING -o eth1 -p tcp -j NFLOG --nflog-group 3
ip6tables -t security -L INPUT 1 -n -v
ip6tables -t filter -X INPUT
ip6tables -t filter -L -n
ip6tables -t filter -v -A INPUT -d fd00:a:b:: -p 47 -j RETURN
ip6tables -t security -A FORWARD ! -i docker0 -p sctp -j NFQUEUE --queue-num 3
ip6tables -C OUTPUT -d fd00:a:b:: ! -o eth+ -m hl --hl-lt 61 -j ACCEPT
ip6tables -t mangle -I PREROUTING -s 2001:db8:1::1 -p udp -j SET --del-set six src
ip6tables -t filter -S FORWARD 3
ip6tables -t raw -F
ip6tables -L -n --line-numbers
ip6tables -t filter -A INPUT -s ::1 -p sctp -j NFQUEUE --queue-num 3
ip6tables -A INPUT -d fd00:: -p ipv6-icmp -m state --state INVALID -m state --state NEW -j TRACE
ipset create nets hash:net
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [2:217]
:DOCKER - [0:0]
[2:311] -A DOCKER -p all -m hashlimit --hashlimit-upto 100 --hashlimit-name web -m addrtype --dst-type MULTICAST -j SET --del-set nets src
-A INPUT -p tcp -m comment --comment docker -j LOG
COMMIT
EOF
iptables -t raw -L -n -v
iptables -A FORWARD -c 629 43068 -j MARK --set-xmark 0x4000/0x4000
iptables -t filter -v -I OUTPUT 1 -o eth+ -m state --state NEW -j TRACE
iptables-save
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 212 (conformance/generators/iptables.ts)
iptables -t filter -L -v
iptables -t filter -A FORWARD -p udp -m length --length 1500 -m pkttype ! --pkt-type unicast -j TRACE
iptables -A NOPE -m connmark --mark 5/0xff -m mark --mark 0x10/0xf0 -j CONNMARK --save-mark
iptables -C OUTPUT -p tcp
iptables -t nat -Z OUTPUT
iptables -t filter -X OUTPUT
iptables -t filter -L INPUT 3 -n -v
iptables -v -I OUTPUT 3 -o eth+ -p sctp -m state ! --state ESTABLISHED,RELATED -m helper --helper ftp -j CONNMARK --set-mark 0x2
iptables -t security -X
ip6tables -I OUTPUT 3 -d fe80::1/128 -p udp -m addrtype --src-type UNICAST -j NFQUEUE --queue-num 2 --queue-bypass
ipset list
ip6tables -t filter -D OUTPUT 1
ip6tables -t mangle -N f2b-sshd
iptables -t nat -L PREROUTING 3 -n -v
iptables -t mangle -v -X
ip6tables -t filter -A FORWARD ! -d fd00:a:b::/16 -i veth+ -o docker0 -p ipv6-icmp -m mark --mark 0x4000/0x4000 -m conntrack --ctstate INVALID -j SET --add-set six dst
ip6tables -t mangle -N f2b-sshd
ip6tables -C INPUT -p sctp -m quota --quota 1000 -j SET --del-set six src
ip6tables -t filter -S INPUT 2
ip6tables-save
ip6tables -v -A OUTPUT -p tcp -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables-save -c
ipset add six 2001:db8::1
iptables -t filter -Z OUTPUT
iptables -A INPUT -c 714 70780 -p udp -m connlimit --connlimit-upto 20 -j LOG
iptables -t filter -D NOPE 4
ip6tables -t filter -A OUTPUT -p ipv6-icmp -j NFLOG --nflog-group 4
ipset destroy svc
ip6tables-save
ip6tables -S OUTPUT 3
iptables -A OUTPUT -j DROP
ip6tables -t security -D INPUT -s fe80::1/128 -p sctp -m addrtype --dst-type UNICAST -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode bytes -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -A INPUT -p icmp -j LOG --log-prefix "x y" --log-level debug
iptables -P FORWARD DROP
ip6tables -t filter -X
iptables -N KUBE-SEP-XYZ
iptables -t security -A INPUT -d 127.79.52.220 -p tcp -m helper --helper ftp -m length ! --length 0:64 -j LOG --log-prefix "drop"
iptables -t security -A OUTPUT -p sctp
iptables -P OUTPUT DROP
iptables -t raw -A PREROUTING -s 198.146.82.83/32 -p udp -m mark --mark 1 -m connlimit --connlimit-above 20 --connlimit-mask 16 -j CT --zone-orig 2
ip6tables -t nat -w 1 --append INPUT -s fe80::1 -p ipv6-icmp -j NFQUEUE --queue-num 3
ip6tables -t nat -I PREROUTING 3 -s fd00:a:b::/16 -d fd00:a:b:: ! -i br0 -p tcp -j SET --del-set six src
ip6tables -A FORWARD -s 2001:db8:1::1/48 -o eth+ -p ipv6-icmp -m set --match-set six dst,dst -j DROP
ipset add nets 10.0.0.0/16
ip6tables -L -v -Z
ip6tables -v -F
ip6tables -t filter -X OUTPUT
ip6tables -t raw -R OUTPUT 2 -p tcp -j NFLOG --nflog-group 1 --nflog-prefix p
iptables-save -t filter -c
ipset add blk 10.0.0.2
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [3:941]
:KUBE-SERVICES - [0:0]
[0:289] -A POSTROUTING -j RETURN
-A INPUT -i eth0 -p all -m statistic --mode nth --every 10 --packet 1 -m recent --set --hitcount 4 -j LOG --log-prefix "IN: " --log-level crit
-A INPUT -i lo -p all -m limit --limit 5/min
COMMIT
EOF
ipset add blk 10.0.0.2
ip6tables -t mangle -L -n
ip6tables -v -F
ip6tables -t security -w 1 --append INPUT -s ::1 -j DROP
ip6tables -v -I INPUT 2 ! -s fe80::1 -p udp -m udp --dport 65535:9000 -m physdev --physdev-in veth0 -j DROP
ipset list -n
ip6tables-save -c
ip6tables -Z INPUT 3
iptables -A OUTPUT -d 10.117.77.189 -p 47 -m quota --quota 1000 -m statistic --mode nth --every 10 --packet 0 -j SET --add-set blk src
ipset list -t
iptables -t nat -R OUTPUT 3 ! -d 192.174.247.229/32 -m addrtype --dst-type LOCAL -m length --length 0:64 -j KUBE-SERVICES
ip6tables -L -x -v -n
ip6tables -t raw -v -I OUTPUT 3 ! -s 2001:db8:1::1 -p ipv6-icmp -j TRACE
ip6tables -t raw -R OUTPUT 3 -o cni0 -p ipv6-icmp -m set --match-set six src,dst -j CONNMARK --save-mark
ip6tables -t filter -A OUTPUT -s 2001:db8:1::1 -o eth+ -p tcp -j TRACE
ip6tables -t filter -A INPUT -p sctp -m connlimit --connlimit-upto 5 --connlimit-daddr -m dscp --dscp-class AF41 -j CONNMARK --save-mark
ip6tables -v -I FORWARD 3 -s ::1/127 -m length ! --length 0:64 -j LOG --log-prefix "IN: "
ipset create blk hash:ip
ip6tables -t raw -X
iptables-save
ip6tables-save

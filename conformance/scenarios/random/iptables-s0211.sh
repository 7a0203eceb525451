# Random iptables/ip6tables rule set, seed 211 (conformance/generators/iptables.ts)
iptables -D INPUT -p udp -m multiport --sports 22,80:90,8080 -j RETURN
iptables -A OUTPUT -p sctp -j RETURN
iptables -t nat -A POSTROUTING -p icmp -m limit --limit 5/min -m quota --quota 1000
iptables -t nat -C PREROUTING ! -i lo -p 47 -m mac --mac-source 02:00:00:00:00:29 -j LOG --log-level 7
iptables -Z OUTPUT 2
iptables -L -v -Z
iptables -t security -v -I FORWARD 3 -s 127.143.103.67/30 -d 192.119.2.121/16 -p udp -j ACCEPT
iptables -t nat -N KUBE-SEP-XYZ
ipset -exist create blk hash:ip timeout 600
ip6tables-save -c
ipset test blk 10.0.0.0
iptables -t raw -v -A OUTPUT -s 198.191.170.159/24 -o eth+ -p tcp -j TRACE
iptables-save -c
ipset destroy svc
iptables-save -c
iptables -A FORWARD -o cni0 -p udp -m mac --mac-source 02:00:00:00:00:63 -j CONNMARK --restore-mark
iptables-save
iptables-save -c
ip6tables -t nat -nvL
ip6tables -t raw -L OUTPUT -n -v --line-numbers
ip6tables -t security -L -v -Z
ip6tables -R INPUT 1 -m physdev ! --physdev-is-in -m hl --hl-gt 189 -j NFLOG --nflog-group 3
ip6tables -t filter -A OUTPUT -s 2001:db8:1::1/16 -d 2001:db8:1::1/48 -o eth1 ! -p tcp -m tcp --dport 443 -j TRACE
ip6tables -A INPUT -d fe80::1/32 -p all -m mac --mac-source 02:00:00:00:00:61 -m conntrack --ctstate UNTRACKED -j ACCEPT
ip6tables -t raw -F
ip6tables -t mangle -A PREROUTING -i br0 -p all -m connlimit --connlimit-above 100 -j MARK --set-mark 5/0xff
ip6tables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [4:840]
:RCHAIN - [0:0]
-A INPUT -s 2001:db8:1::1/127 -i eth0 -j LOG --log-prefix "drop" --log-level debug
[2:47] -A RCHAIN -i docker0 -p udp -m quota --quota 50000 -m physdev --physdev-in veth0 -j NFQUEUE --queue-num 2 --queue-bypass
COMMIT
EOF
ipset add six 2001:db8::1
ip6tables -F
ip6tables -t security -Z FORWARD 2
ip6tables -t filter -S OUTPUT 1
ip6tables -t security -Z RCHAIN 1
ip6tables -t security -A INPUT -p 47 -m hl --hl-lt 134 -m pkttype --pkt-type multicast -g RCHAIN
ip6tables -D OUTPUT -s fe80::1 -p sctp -m owner --uid-owner 100-200
ip6tables -t raw -v -X
iptables -L -v -Z
iptables -t filter -D INPUT 3
iptables -v -F
iptables -t mangle -F
iptables -t raw -I PREROUTING 1 -d 127.101.155.118 -p tcp -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode packets -j LOG --log-level 7
iptables -t mangle -X
ip6tables -X
iptables -t filter -A FORWARD -s 10.2.64.27/30 -d 127.160.103.90/16 -p all
iptables -L
iptables -t mangle -X OUTPUT
ip6tables -I FORWARD -s fe80::1/32 -p all -m statistic --mode nth --every 10 --packet 0 -m addrtype ! --dst-type BROADCAST -j NFQUEUE
ip6tables -t raw -A NOPE -s fd00:a:b:: -p ipv6-icmp -j NOTRACK
ip6tables -t filter -A OUTPUT -d fe80::1 -j NFLOG --nflog-group 2
ipset add svc 10.96.0.1,tcp:443
ip6tables -t security -N KUBE-SERVICES
ipset del blk 10.0.1.3
ip6tables -P OUTPUT DROP
iptables -t filter -A INPUT -p sctp -m pkttype --pkt-type multicast -m dscp ! --dscp 0x2e -j LOG --log-prefix "x y"
iptables -t mangle -v -A PREROUTING -s 192.28.242.12 ! -d 172.171.211.186 -p tcp -j RETURN
iptables -t filter -v -X
iptables -nvL
iptables -t filter -F
iptables -t mangle -P FORWARD RETURN
iptables -t raw -L -n --line-numbers
iptables -t mangle -A OUTPUT ! -d 192.74.193.199/24 -p tcp -m pkttype ! --pkt-type broadcast --tcp-flags ALL NONE -j ACCEPT
iptables -t raw -N KUBE-SERVICES
iptables -t security -v -A INPUT -p sctp -j DROP
iptables -A OUTPUT -d 192.192.140.213 -p tcp -j REJECT
ip6tables -t mangle --list OUTPUT --numeric --line-numbers
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -s ::1 -i br0 -p tcp -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 4
[2:141] -A INPUT -p all -m helper --helper ftp -j LOG
-A KUBE-SERVICES -j NFQUEUE --queue-num 3
COMMIT
EOF
ip6tables -C INPUT -p all -m hl --hl-lt 226 -j SET --add-set six dst
ip6tables -t mangle -A NOPE -o docker0 -p udp -m limit --limit 3/s --limit-burst 20 -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter --list INPUT --numeric --line-numbers
ipset add nets 10.0.0.0/16
ip6tables-save -c
iptables-save
ip6tables-save

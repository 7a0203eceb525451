# Random iptables/ip6tables rule set, seed 190 (conformance/generators/iptables.ts)
ipset del blk 10.0.1.2
ip6tables -X
ipset destroy blk
ip6tables -t security -Z INPUT 3
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [7:235]
:KUBE-SERVICES - [0:0]
-A INPUT -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode bytes -j DROP
-A FORWARD ! -s fd00::/32 -o docker0 -m limit --limit 1/hour -g KUBE-SERVICES
COMMIT
EOF
ip6tables -t security -C OUTPUT -p all -j CHECKSUM --checksum-fill
ip6tables -t nat -R INPUT 3 -s ::1/127 -p sctp -j HL --hl-set 64
ip6tables -t nat -D POSTROUTING -o eth+ -m recent --set --name DEFAULT --seconds 0 --hitcount 20 -j ACCEPT
ip6tables -L -n
ip6tables -L -v -Z
ip6tables -t filter -N KUBE-SEP-XYZ
ip6tables -A FORWARD -s fe80::1/16 -p all -m connmark --mark 5/0xff -j TRACE
ipset flush nets
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [0:440]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s fd00::/48 -p sctp -m owner ! --uid-owner 0 -j SET --del-set six src
-A OUTPUT -s ::1 -d fe80::1 -p udp -m connmark --mark 0x1 -j KUBE-SERVICES
-A INPUT -i eth0 -p tcp -j HL --hl-set 64
-A KUBE-SERVICES -d fd00::/128 -p tcp -g KUBE-SERVICES
COMMIT
EOF
ip6tables -P FOO RETURN
ip6tables -t raw -A OUTPUT -o docker0 -p udp -m addrtype --src-type UNICAST -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -Z OUTPUT 2
ipset create nets hash:net counters
ip6tables -A INPUT -i br0 -p 47 -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t nat -v -I OUTPUT 3 -p ipv6-icmp -m dscp --dscp-class EF -m set --match-set six src -j ACCEPT
ip6tables-save
ip6tables -X
ip6tables -v -A FORWARD -d 2001:db8::/16 -m conntrack --ctstate NEW -j LOG --log-prefix "IN: " --log-level crit
ip6tables -t raw -F
ip6tables -X KUBE-SERVICES
ip6tables -t nat -X
iptables -t raw -v -I PREROUTING 2 -d 172.119.137.155 -m mark --mark 0xffffffff -m quota --quota 1000
iptables -L -v -Z
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [5:769]
:RCHAIN - [0:0]
[4:305] -A FORWARD -j RCHAIN
-A RCHAIN -p udp -m statistic --mode nth --every 10 --packet 1 -j LOG
-A INPUT -s 172.44.122.243/30 -p tcp -m pkttype ! --pkt-type broadcast -m comment --comment x_y-z -j RCHAIN
COMMIT
EOF
iptables -A FORWARD -i docker0 -p icmp -m connbytes ! --connbytes 1000: --connbytes-dir reply --connbytes-mode packets -m length --length 100:200 -j TTL --ttl-set 64
iptables -A INPUT ! -s 172.85.81.133/30 -p tcp -m length --length 1500 -m conntrack --ctstate UNTRACKED -j LOG
iptables -t filter -F
iptables -t nat -v -X
iptables -t nat -D INPUT 4
iptables -t filter -Z FORWARD 3
iptables -t filter -D FORWARD -s 192.137.180.207 -m connmark --mark 5/0xff -m set ! --match-set nets src --return-nomatch ! --update-counters -j REJECT
iptables -t nat -A POSTROUTING -p icmp -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 0
iptables -A INPUT -s 127.83.51.137/0 -d 10.208.134.105/32 -p 47 -m addrtype --src-type UNICAST -m addrtype --dst-type BROADCAST -j LOG --log-prefix "drop"
ip6tables -t filter -I FORWARD 2 -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
ip6tables -A FORWARD -p all -j DROP
ipset del blk 10.0.2.1
iptables -A FORWARD -d 198.24.83.59 -p tcp -j CONNMARK --restore-mark
iptables -t raw -A PREROUTING ! -s 172.194.248.235/30 ! -d 192.224.121.215/16 -p 47 -m addrtype --src-type LOCAL -j TRACE
iptables -t filter --list FORWARD --numeric --line-numbers
iptables -I OUTPUT -p udp -m physdev --physdev-in veth0 -j RETURN
iptables -Z
iptables -t nat -w 1 --append POSTROUTING -p tcp --sport 443:9000 -j CONNMARK --save-mark
iptables -t security -A FORWARD -d 192.165.31.172/30 -p all -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode avgpkt -m statistic --mode nth --every 2 --packet 0 -j ACCEPT
ipset del blk 10.0.0.3
iptables -t filter -A NOPE -m connmark --mark 5/0xff -j CONNMARK --set-mark 0x2
iptables -t nat -S
iptables -t filter -w 1 --append INPUT -s 10.110.215.242 -m physdev --physdev-is-bridged -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables -C OUTPUT ! -s 198.235.102.119 -d 10.247.117.88 -m iprange --dst-range 10.0.0.1-10.0.0.21 -j NFLOG --nflog-group 3
iptables -t mangle -L
iptables -t security -nvL
ipset add nets 10.2.0.0/16
iptables -A FORWARD -i lo -o cni0 -p tcp -m statistic --mode random --probability 0.33333333349 -m mark --mark 0xffffffff -j MARK --set-mark 5/0xff
iptables -t mangle -A INPUT -s 192.37.1.52/8 -i veth+ -j DSCP --set-dscp-class EF
iptables -A FORWARD -s 127.154.75.209/32 -i docker0 -o eth+ ! -p tcp -m pkttype ! --pkt-type multicast -j NFLOG --nflog-group 2
iptables -t security -A RCHAIN -s 198.97.180.69 -p sctp -m statistic --mode random --probability 0.33333333349 -g RCHAIN
ip6tables -A FORWARD -p ipv6-icmp -m connlimit --connlimit-upto 100 -j LOG
iptables -L -v
ip6tables -A INPUT -s 2001:db8::/16 -p sctp -m mark --mark 0xffffffff -j SET --add-set six src
ipset test blk 10.0.1.3
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t security -P OUTPUT RETURN
ip6tables-save
ip6tables -D FORWARD -p tcp -m helper --helper sip -m set --match-set nope dst,dst --return-nomatch ! --update-counters -j KUBE-SERVICES
iptables -t security -D FORWARD -o eth1 -m owner --uid-owner 65534 -m connlimit --connlimit-above 20 -j TRACE
iptables -A INPUT -d 192.57.239.191/30 -p 47 -m physdev --physdev-is-bridged -j RETURN
iptables-save
ip6tables-save

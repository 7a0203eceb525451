# Random iptables/ip6tables rule set, seed 236 (conformance/generators/iptables.ts)
ip6tables -t filter -A FORWARD -d fd00:: -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:84 -j DSCP --set-dscp 0x2e
ip6tables -R FORWARD 3 -d fd00::/127 -p udp -m statistic --mode nth --every 10 --packet 1 -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables-restore --noflush -c <<'EOF'
*raw
:PREROUTING DROP [7:955]
:RCHAIN - [0:0]
-A PREROUTING -s 2001:db8:1::1/48 -i veth+ -p udp -m addrtype --dst-type BROADCAST -j TRACE
-A RCHAIN -s 2001:db8:1::1 -p sctp -j NFLOG --nflog-group 4
-A PREROUTING -p udp -j NFLOG --nflog-group 3 --nflog-prefix p
COMMIT
EOF
ip6tables -t nat -C OUTPUT -s fd00:a:b:: -p udp -m quota --quota 50000 -j DROP
ip6tables -N MYCHAIN
ipset add six 2001:db8::1
ip6tables --list INPUT --numeric --line-numbers
ip6tables -A INPUT -p ipv6-icmp -m addrtype --src-type LOCAL -m quota --quota 50000 -j NFQUEUE --queue-balance 0:3 --queue-bypass
ipset destroy blk
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [1:694]
:RCHAIN - [0:0]
[1:396] -A INPUT -i eth0 -m string --string "GET /" --algo kmp -j CHECKSUM --checksum-fill
COMMIT
EOF
ip6tables -t raw --list PREROUTING --numeric --line-numbers
ip6tables-save -t filter -c
ip6tables -t security -A FORWARD -d 2001:db8::/127 -m iprange --src-range 2001:db8::1-2001:db8::9 -m state --state NEW
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [2:239]
:RCHAIN - [0:0]
[2:19] -A OUTPUT -p tcp -m dscp --dscp 10 -j RETURN
-A PREROUTING -p tcp -j NOTRACK
-A PREROUTING -p all -m physdev --physdev-in veth0 -j RCHAIN
COMMIT
EOF
ip6tables -t filter -L -n
iptables -t raw -v -F
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:113]
:KUBE-SERVICES - [0:0]
-A FORWARD -i lo -o eth+ -p all -m rpfilter -m conntrack --ctstate NEW -j CONNMARK --save-mark
-A OUTPUT -p icmp -m length --length 1500 -m connmark --mark 0x1 -j REJECT --reject-with icmp-net-unreachable
COMMIT
EOF
iptables -t mangle -A POSTROUTING -p tcp -m multiport --dports 53 -j TRACE
iptables -t filter -L -v
ipset create nets hash:net
iptables -t nat -S INPUT
ipset create nets hash:net
ipset add nets 10.0.0.0/16
iptables -Z
iptables -t security -A OUTPUT -c 927 64033 -m comment --comment "kubernetes service portals" -j CONNMARK --restore-mark
ipset add blk 10.0.0.3
iptables -t filter -L OUTPUT 1 -n -v
ip6tables -t nat -S
ip6tables -A OUTPUT -s fd00:a:b::/32 ! -d 2001:db8:1::1 -o eth+ -p all -m dscp --dscp 0x2e -m set --match-set six dst,dst --return-nomatch ! --update-counters -j NFQUEUE
ip6tables-save -t filter
ip6tables -S RCHAIN 3
ip6tables -A OUTPUT -p sctp -j CHECKSUM --checksum-fill
ip6tables -A RCHAIN -o cni0 -p udp -m statistic --mode nth --every 2 --packet 1 -m connlimit --connlimit-above 20 -j ACCEPT
ip6tables -v -F FORWARD
iptables -I FORWARD 4 -d 192.123.163.49/32 -i veth+ -p tcp -m pkttype --pkt-type multicast -j SET --del-set nets dst
ipset del blk 10.0.0.3
iptables -v -X KUBE-SERVICES
iptables -A KUBE-SERVICES -c 824 72458 -s 10.241.140.29/16 -p all -m conntrack ! --ctstate UNTRACKED -j SET --add-set blk src
ip6tables -P FORWARD ACCEPT
ip6tables -t nat -A NOPE -s 2001:db8:1::1 -p ipv6-icmp -m hl --hl-gt 244 -j DNAT --to-destination 2001:db8::1
ip6tables -N f2b-sshd
ip6tables -t mangle -v -X
ipset create six hash:ip family inet6
ipset create svc hash:ip,port
ip6tables -t raw -Z RCHAIN 3
ip6tables -A OUTPUT -s 2001:db8:: -p ipv6-icmp -m comment --comment x_y-z -m physdev --physdev-in veth0 -j MARK --set-mark 0x1
ipset list -t
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [0:310]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -i docker0 -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -j ACCEPT
-A INPUT -p all -m hashlimit --hashlimit-upto 1/hour --hashlimit-name web -j KUBE-SERVICES
[3:347] -A KUBE-SERVICES ! -i lo -p sctp -m statistic --mode random --probability 0.25000000000 -m limit --limit 1/hour --limit-burst 1 -j NFQUEUE --queue-balance 0:3 --queue-bypass
COMMIT
EOF
ip6tables -t nat -F
ip6tables-save -c
ip6tables -v -I OUTPUT 3 -p ipv6-icmp -m comment --comment docker -j MARK --set-mark 5/0xff
ip6tables -S MYCHAIN 3
ip6tables -A KUBE-SERVICES -i lo -j LOG --log-prefix "x y"
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [6:733]
:RCHAIN - [0:0]
[2:485] -A FORWARD -d 2001:db8::/32 ! -o eth+ -p all -m statistic --mode random --probability 0.1 -j RCHAIN
-A RCHAIN -s fe80::1 -d 2001:db8::/64 -m limit --limit 3/s -j RETURN
COMMIT
EOF
ip6tables -w 1 --append FORWARD -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode bytes -j RCHAIN
iptables -v -F
iptables -I KUBE-SERVICES ! -i veth+ -p tcp -m statistic --mode random --probability 0.1 -m state --state INVALID -j ACCEPT
iptables -t security -C OUTPUT -s 127.253.115.65/0 ! -d 10.31.178.51/32 -p icmp -m set --match-set svc dst,dst --return-nomatch -j SET --del-set blk dst
iptables -t raw -v -F
iptables -t security -L -v -Z
ipset flush nets
iptables -t nat -w 1 --append OUTPUT -d 172.90.22.182/16 -m connlimit --connlimit-upto 100 --connlimit-mask 32 -m mark --mark 0x4000/0x4000 -j ACCEPT
iptables -t raw -A OUTPUT ! -s 192.111.50.118 -d 10.201.0.14/32 -o eth1 -p sctp -m owner --uid-owner 65534 -j LOG --log-level info
ip6tables -X OUTPUT
ip6tables -t raw -X
ipset -exist create blk hash:ip timeout 600
ip6tables -t nat -A INPUT -p tcp
ip6tables -t security -I OUTPUT 3 ! -s fd00:a:b::/127 -p sctp -m recent --set --name web -m addrtype --src-type UNICAST -j NFLOG --nflog-group 1
ip6tables-restore <<'EOF'
*security
:INPUT DROP [0:87]
:DOCKER - [0:0]
-A FORWARD -m connbytes --connbytes 1000: --connbytes-dir original --connbytes-mode bytes -m length --length 1500
-A INPUT -p tcp -m set --match-set six src,dst --return-nomatch -j NFLOG --nflog-group 1
COMMIT
EOF
ip6tables -L OUTPUT 2 -n -v
iptables-save
ip6tables-save

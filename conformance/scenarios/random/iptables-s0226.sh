# Random iptables/ip6tables rule set, seed 226 (conformance/generators/iptables.ts)
ipset create six hash:ip family inet6
ipset test blk 10.0.0.2
iptables -t nat -A OUTPUT -p tcp -m pkttype --pkt-type unicast -m conntrack --ctstate INVALID -j DROP
iptables -Z INPUT 3
iptables -A INPUT -c 179 74291 -i br0 -p sctp -m mac --mac-source 02:00:00:00:00:50 -m limit --limit 5/min -j SET --del-set blk src
iptables-save
iptables -F
iptables -t filter -I OUTPUT 2 -p all -j REJECT
iptables -N f2b-sshd
iptables -t filter -v -A OUTPUT -d 172.65.64.33/12 -p sctp -m quota --quota 1000 -j NFLOG --nflog-group 4
iptables -t raw -L -n
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [1:969]
:RCHAIN - [0:0]
-A FORWARD ! -s 10.105.139.105/12 -d 198.106.41.22 -m iprange --dst-range 10.0.0.1-10.0.0.69 -m length --length 0:64 -j TRACE
-A INPUT -p sctp -m conntrack ! --ctstate INVALID -m set --match-set svc dst ! --update-counters -j SET --del-set nets dst
[4:461] -A FORWARD -i br0 -p udp -m iprange --dst-range 10.0.0.1-10.0.0.161 -m iprange ! --dst-range 10.0.0.1-10.0.0.96 -j CONNMARK --save-mark
COMMIT
EOF
iptables -t filter -A OUTPUT -d 198.176.248.93/24 -p sctp -m recent --update --seconds 1 --hitcount 20 -j RETURN
iptables -t filter -C FORWARD -d 192.164.231.235/8 -p tcp -m statistic --mode random --probability 0.5 -j f2b-sshd
iptables -t mangle -A POSTROUTING ! -s 127.186.103.68/30 -p sctp -j MARK --set-xmark 0x4000/0x4000
ip6tables -t filter -A FORWARD -s fd00:a:b::/127 -i docker0 -p udp -j LOG
ip6tables -t nat -F
iptables-save -c
iptables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
[2:134] -A FORWARD -p 47 -m rpfilter --invert -m conntrack --ctstate RELATED,ESTABLISHED -j MARK --and-mark 0xff
-A RCHAIN -s 172.56.174.167/0 -d 198.204.243.54/12 -p all -m hashlimit --hashlimit-upto 3/day --hashlimit-name ssh -j RETURN
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:769]
:RCHAIN - [0:0]
[4:333] -A RCHAIN -d 192.161.185.158 -m state --state NEW -j LOG --log-prefix "drop"
-A INPUT ! -s 192.164.14.25 ! -d 10.80.15.164/16 -p tcp -j SET --del-set blk src
-A FORWARD -o eth1 -m addrtype ! --dst-type UNICAST -m set --match-set nope dst -j RCHAIN
-A FORWARD ! -o docker0 -p tcp -m physdev --physdev-out eth+ -j CONNMARK --save-mark
COMMIT
EOF
iptables -t filter -A OUTPUT -d 127.85.201.86/8 -m connmark --mark 5/0xff -g RCHAIN
ipset list -t
ipset add nets 10.2.0.0/16
iptables -A INPUT -p sctp -m recent --set --name DEFAULT --hitcount 4 -m addrtype --src-type LOCAL -j RCHAIN
iptables -C INPUT -d 192.191.152.105/16 -m mark --mark 0xffffffff -j NFLOG --nflog-group 0
iptables -t raw -X
iptables -t raw -w 1 --append OUTPUT -d 127.11.98.58/8 -o cni0 -p 47 -j NOTRACK
iptables -t raw -P PREROUTING ACCEPT
iptables -R FORWARD 2 ! -d 192.62.44.201/8 -p all -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m physdev ! --physdev-is-in -j SET --add-set nets dst
iptables -t security -A INPUT -d 10.142.83.31 -p icmp -m state --state ESTABLISHED,RELATED -j TRACE
iptables-save -c
iptables -t filter -L -n --line-numbers
iptables-save
iptables -X RCHAIN
iptables -t nat -A PREROUTING -s 172.120.175.128 -i docker0 -m physdev --physdev-out eth+ -j SET --del-set blk dst
iptables -t raw -A OUTPUT -j NFQUEUE
ipset test blk 10.0.2.1
iptables -t security -A OUTPUT -p icmp -m quota --quota 50000
ip6tables -I OUTPUT 3 -s 2001:db8:1::1 ! -o cni0 -j LOG --log-prefix "x y" --log-level 7
ipset create six hash:ip family inet6
ip6tables -Z OUTPUT
ipset add svc 10.96.0.2,tcp:80
ip6tables -A OUTPUT ! -s fd00::/16 -d fd00:a:b:: -p sctp -j TRACE
ip6tables -A NOPE -p udp -m dscp --dscp 0x2e -m mark --mark 0x10/0xf0 -j NFLOG --nflog-group 2
ip6tables --list FORWARD --numeric --line-numbers
ip6tables-save
ip6tables -t raw -L -v -Z
ip6tables -Z INPUT 1
ip6tables -N LOGDROP
ip6tables -R INPUT 1 ! -d fd00:a:b::/32 -p sctp -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables-save -c
ip6tables-save
ip6tables -t raw -S OUTPUT 3
ip6tables -t security -v -F INPUT
ip6tables -N KUBE-SVC-ABC
ip6tables -L -n --line-numbers
ip6tables-restore <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A OUTPUT -s fd00:a:b::/127 -p udp -m owner ! --uid-owner 100-200 -m state --state NEW -j TRACE
COMMIT
EOF
ip6tables-restore --noflush -c <<'EOF'
*raw
:PREROUTING DROP [3:972]
:DOCKER - [0:0]
-A PREROUTING -p ipv6-icmp -j DROP
-A PREROUTING ! -d fd00:a:b::/48 -p sctp -m addrtype --src-type UNICAST -g KUBE-SERVICES
COMMIT
EOF
ip6tables -t security -L -v
ipset list -t
ip6tables -t mangle -A POSTROUTING -s fd00:a:b:: -d fe80::1 -m connlimit --connlimit-upto 5 --connlimit-mask 128 -j DSCP --set-dscp 10
ip6tables -t filter -A FORWARD -d fe80::1/127 -p tcp -m pkttype --pkt-type unicast -m pkttype --pkt-type multicast -g LOGDROP
ip6tables -I INPUT 2 -p udp -m quota --quota 1000 -m conntrack --ctstate INVALID -j NFQUEUE --queue-balance 0:3 --queue-bypass
ip6tables -F
ip6tables -X
ip6tables -t filter -Z OUTPUT 3
ip6tables -t mangle -A PREROUTING -s fd00:: -m mark --mark 1 -m comment --comment "kubernetes service portals" -j NFQUEUE --queue-num 2 --queue-bypass
ip6tables -D LOGDROP ! -s fe80::1 -i docker0 -p tcp -m connbytes --connbytes 0:500 --connbytes-dir reply --connbytes-mode avgpkt -m addrtype --dst-type BROADCAST -j TRACE
ipset flush blk
ip6tables -t security -A FORWARD -d fd00:: -p tcp --syn -m tcp ! --dport http -j MARK --or-mark 0x8
iptables-save
ip6tables-save

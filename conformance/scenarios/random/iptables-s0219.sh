# Random iptables/ip6tables rule set, seed 219 (conformance/generators/iptables.ts)
iptables -t security -v -X
iptables -t security -D INPUT -p sctp -j CONNMARK --restore-mark --mask 0xff
iptables -t security -R INPUT 3 -d 10.163.161.140 -p sctp -m connlimit ! --connlimit-above 100 --connlimit-mask 32 -j SET --del-set nets dst
iptables -t nat -A PREROUTING -p all -m state --state NEW -m limit --limit 10/second -j LOG
ipset add svc 10.96.0.1,tcp:443
ip6tables -t security --list FORWARD --numeric --line-numbers
ip6tables -t filter -D INPUT 3
ip6tables -t mangle -v -A PREROUTING -s fd00:: -m dscp --dscp 10 -j MARK --set-xmark 0x4000/0x4000
ip6tables -I INPUT 2 ! -s 2001:db8::/64 -m mac --mac-source 02:00:00:00:00:76 -j ACCEPT
iptables -D FORWARD -d 192.12.28.211 -p sctp -m addrtype --src-type UNICAST -j NFQUEUE --queue-num 2 --queue-bypass
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:299]
:RCHAIN - [0:0]
-A RCHAIN -p all -m rpfilter --invert -j ACCEPT
COMMIT
EOF
ipset destroy nets
iptables -N KUBE-SVC-ABC
iptables -t security -S INPUT
ipset -exist create blk hash:ip
iptables -N DOCKER
iptables -t nat -L -v -Z
iptables -t nat -X
iptables -D DOCKER -i docker0 -o eth+ -m length --length 1500 -j LOG --log-prefix "x y"
iptables-save -t filter
ipset add svc 10.96.0.2,tcp:443
iptables -t nat -w 1 --append PREROUTING -d 172.86.51.131 ! -i br0 -p icmp -j CONNMARK --save-mark
iptables -L -v -Z
iptables -A FORWARD -i veth+ -p icmp -j SET --add-set blk dst
iptables -t nat -X OUTPUT
ipset add six 2001:db8::1
iptables -t nat -v -F
iptables-save -t filter -c
ipset add blk 10.0.1.0
iptables -t filter -L NOPE 1 -n -v
iptables -F DOCKER
iptables -Z OUTPUT 2
ip6tables -t security -Z OUTPUT 2
ip6tables -C FORWARD -d fd00::/128 -j ACCEPT
ip6tables -t filter -I OUTPUT 3 ! -s fd00::/127 ! -d fe80::1 -m statistic --mode random --probability 0.25000000000 -j ACCEPT
ip6tables -t filter -L -v
ipset add six 2001:db8::1
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [2:701]
:DOCKER - [0:0]
[4:72] -A DOCKER -s 2001:db8:: -j DOCKER
-A DOCKER -s fd00:: -d fe80::1 -j LOG --log-prefix "drop" --log-level debug
-A OUTPUT -d ::1 -o eth+ -p all -m connlimit --connlimit-above 100 -j MARK --xor-mark 0x3
-A FORWARD -j LOG
COMMIT
EOF
iptables -t nat -A INPUT -p all -m mac --mac-source 02:00:00:00:00:24 -j REJECT --reject-with tcp-reset
ipset add six 2001:db8::1
iptables -P FOO ACCEPT
iptables-save
iptables -t filter -A OUTPUT -s 127.60.240.230/0 -p udp -j ACCEPT
iptables -t filter -v -A RCHAIN -o cni0 -p icmp -m helper --helper ftp -m state ! --state INVALID -g KUBE-SVC-ABC
iptables -A KUBE-SVC-ABC -p tcp -m state --state ESTABLISHED,RELATED -j CONNMARK --restore-mark --mask 0xff
iptables-save -c -t filter
iptables -t nat -F
iptables -A FORWARD -d 192.42.180.129/12 -i lo -p icmp --icmp-type 3/4 -m ttl --ttl-lt 142 -j DNAT --to-destination 172.17.0.2
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:336]
:KUBE-SERVICES - [0:0]
-A FORWARD -p sctp -m mark --mark 0x4000/0x4000 -m conntrack --ctstate UNTRACKED -j REJECT --reject-with tcp-reset
-A INPUT -p tcp -m limit --limit 1/hour --limit-burst 1 -m connlimit --connlimit-above 20 -j TRACE
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*nat
:RCHAIN - [0:0]
-A INPUT -s 192.94.248.147/0 -i veth+ -j DSCP --set-dscp-class EF
-A POSTROUTING -d 192.88.218.68/32 -p icmp -m connlimit --connlimit-upto 20 -m set --match-set blk dst -j SNAT --to-source 10.0.0.1
COMMIT
EOF
iptables -L
iptables -A INPUT -s 192.33.179.73/12 ! -d 172.228.255.28/12 -i lo -p sctp -m mac ! --mac-source 02:00:00:00:00:71 -m length ! --length 1500 -j RETURN
iptables -t filter -A FORWARD -o eth1 -p tcp -m mark --mark 0x10/0xf0 -m mac --mac-source 02:00:00:00:00:75 -j REJECT
iptables -t filter -L -n -v
iptables -C FORWARD -s 192.151.63.186 -m limit --limit 100/day -m state ! --state ESTABLISHED,RELATED -j KUBE-SERVICES
iptables -w 1 --append OUTPUT -s 198.52.138.228/24 -p all -m helper --helper sip -m mark --mark 0x10/0xf0 -j SET --del-set nets src
iptables -t security -L -v -Z
iptables -t nat -A RCHAIN ! -d 172.102.4.182/12 -p tcp -m connbytes --connbytes 0:500 --connbytes-dir original --connbytes-mode bytes -m conntrack ! --ctstate UNTRACKED -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t security -I OUTPUT 3 ! -d 192.227.85.86 -p tcp -m limit --limit 10/second -m connmark --mark 0x1 -j MARK --xor-mark 0x3
ip6tables -A OUTPUT -c 324 99155 -m set --match-set six src -j MARK --set-mark 5/0xff
ipset add six 2001:db8::1
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -p 47 -j ACCEPT
COMMIT
EOF
ip6tables -t nat -A OUTPUT -s fd00:: -p 47 -j TRACE
ipset create svc hash:ip,port
ip6tables -t nat -D PREROUTING -p ipv6-icmp -m length --length 0:64 -m pkttype --pkt-type unicast -j RETURN
ip6tables -t security -A DOCKER -p tcp -m recent --update --name SSH --hitcount 20 --rdest -j DOCKER
ip6tables -t nat -A POSTROUTING -p ipv6-icmp -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode avgpkt -j SET --add-set six src
ip6tables-save -t nat
iptables-save -c
ip6tables -v -A RCHAIN -p all -j SET --add-set six src
iptables-save
ip6tables-save

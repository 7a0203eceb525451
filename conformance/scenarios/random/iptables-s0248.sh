# Random iptables/ip6tables rule set, seed 248 (conformance/generators/iptables.ts)
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [8:940]
:RCHAIN - [0:0]
-A INPUT -p udp -m quota --quota 1000 -j TRACE
[3:249] -A FORWARD -s 198.228.112.66 -p 47 -m set --match-set nets src -m rpfilter --invert -j REJECT --reject-with icmp-net-unreachable
COMMIT
EOF
iptables -t raw -A NOPE ! -s 172.173.118.19/30 -o eth+ -p tcp -j CT --zone 3
ipset add six 2001:db8::1
iptables -w 1 --append FORWARD -p 47 -m mark ! --mark 1 -j RETURN
ip6tables -t raw -L -n -v
ip6tables -L -v -Z
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [1:487]
:RCHAIN - [0:0]
[0:101] -A RCHAIN -s fd00::/48 -o cni0 -p tcp -m addrtype --src-type LOCAL -j SET --add-set six dst
-A RCHAIN -p ipv6-icmp -j NFQUEUE --queue-num 3
-A FORWARD -d fd00:a:b:: -m statistic --mode nth --every 10 --packet 1 -m hl --hl-lt 156 -j REJECT --reject-with icmp6-no-route
-A OUTPUT -d 2001:db8:1::1 -p ipv6-icmp -m statistic --mode random --probability 1 -j RCHAIN
COMMIT
EOF
ip6tables-save -c -t security
ipset add svc 10.96.0.0,tcp:80
ip6tables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [4:557]
:KUBE-SERVICES - [0:0]
-A PREROUTING -p sctp -g KUBE-SERVICES
-A OUTPUT -p tcp --tcp-flags ALL NONE -m hl --hl-lt 212 -j TRACE
-A KUBE-SERVICES -s fd00:a:b:: -d fe80::1/64 -p sctp -m statistic --mode nth --every 10 --packet 0 -j CONNMARK --restore-mark --mask 0xff
[3:36] -A PREROUTING -d 2001:db8:: -p all -j ACCEPT
COMMIT
EOF
ipset add blk 10.0.2.1
ip6tables -X FORWARD
iptables -A OUTPUT -c 807 97500 -j RCHAIN
iptables -t mangle -v -I OUTPUT 3 -s 127.221.63.246/30 -o eth1 -p icmp -m connmark --mark 0x1 -m mark --mark 0x10/0xf0
iptables-save -t filter -c
iptables -t filter -v -X
ipset test blk 10.0.0.3
iptables -L RCHAIN -n -v --line-numbers
iptables -v -X
iptables -A FORWARD -s 10.249.218.189 -i lo -m physdev --physdev-is-bridged -m state --state NEW -j LOG --log-prefix "IN: "
iptables -t filter -A FORWARD -s 10.213.29.39/16 -j CONNMARK --restore-mark --mask 0xff
iptables -t raw -L OUTPUT
iptables -t filter -I INPUT -i veth+ ! -p udp -m rpfilter --validmark --accept-local -j RETURN
iptables -t security -A INPUT -d 127.53.51.169/32 -p tcp -m hashlimit --hashlimit-above 1/hour --hashlimit-burst 10 --hashlimit-name web -m string --hex-string '|0d0a|' --algo bm -j NFLOG --nflog-group 0
ip6tables -t raw -v -F OUTPUT
ipset create nets hash:net counters
iptables-save -c
ipset create nets hash:net
iptables -t nat -C PREROUTING -d 198.212.110.48 -p sctp -m mark --mark 1 -m iprange --dst-range 10.0.0.1-10.0.0.114 -j CONNMARK --restore-mark
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:841]
:RCHAIN - [0:0]
[2:263] -A OUTPUT -m recent --rcheck -m set --match-set nets src -j LOG --log-prefix "IN: " --log-level debug
-A RCHAIN ! -d 127.116.43.176 -p tcp -m addrtype --src-type UNICAST -j TTL --ttl-dec 1
COMMIT
EOF
iptables -t filter -A FORWARD
ip6tables -t raw -X
iptables -A RCHAIN -c 683 81457 -p all -m hashlimit --hashlimit-upto 100 --hashlimit-mode srcip,srcport --hashlimit-name ssh --hashlimit-htable-expire 0 -m connlimit --connlimit-above 5 -j RCHAIN
iptables -N DOCKER
ipset -exist create blk hash:ip timeout 600
iptables-save -t filter
ip6tables -L FORWARD 3 -n -v
ipset create svc hash:ip,port
ip6tables -t filter -A RCHAIN -s 2001:db8:: -d fd00:a:b:: -o eth1 -p sctp -j LOG --log-prefix "x y" --log-level debug
ip6tables -S OUTPUT 1
iptables -t mangle -L -n -v
iptables -t raw -w 1 --append OUTPUT -p tcp -j TRACE
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [8:339]
:KUBE-SERVICES - [0:0]
-A FORWARD -s 192.156.79.159 -p 47 -m statistic --mode nth --every 10 --packet 1 -j KUBE-SERVICES
-A KUBE-SERVICES -o docker0 -p tcp -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode avgpkt -j SET --del-set nets src
-A INPUT -p tcp -m pkttype --pkt-type multicast -j NOTRACK
-A FORWARD -o eth1 -p tcp -m ttl --ttl-gt 145 -j CONNMARK --save-mark
COMMIT
EOF
iptables-restore -c <<'EOF'
*mangle
:PREROUTING DROP [2:966]
:RCHAIN - [0:0]
[1:246] -A INPUT -p all
[2:316] -A FORWARD -s 172.247.30.79/8 -p udp -m addrtype --src-type UNICAST -m hashlimit --hashlimit-upto 1/hour --hashlimit-name web -j RCHAIN
COMMIT
EOF
iptables -t security -A INPUT -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode bytes -m hashlimit --hashlimit-above 3/day --hashlimit-burst 1 --hashlimit-mode srcip,srcport --hashlimit-name web --hashlimit-srcmask 16 --hashlimit-htable-expire 30000
iptables -t raw -A PREROUTING ! -i veth+ -p udp -m ttl --ttl-gt 171 -j NOTRACK
ip6tables -A FORWARD -s fd00:a:b::/127 ! -i br0 -m hashlimit --hashlimit-above 3/day --hashlimit-name ssh --hashlimit-htable-expire 0 -m iprange --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -A FORWARD ! -s fd00:a:b:: -p tcp --tcp-flags FIN,ACK FIN -m addrtype --dst-type UNICAST
ip6tables -t nat -N MYCHAIN
ip6tables -t raw -Z NOPE 1
ip6tables -v -I FORWARD 2 -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m statistic --mode random --probability 0.1 -j DROP
ip6tables -t raw -D PREROUTING 3
ip6tables -t security -N KUBE-SVC-ABC
ip6tables -t nat -v -A PREROUTING -s 2001:db8:1::1 -i eth0 -j MARK --set-mark 5/0xff
ip6tables-save
ip6tables-save -t nat
iptables -t security -A INPUT -s 198.118.73.152/16 -m pkttype --pkt-type broadcast -m iprange --dst-range 10.0.0.1-10.0.0.177 -j TRACE
ip6tables -A FORWARD ! -d ::1/64 -i eth0 -o docker0 -p tcp -m quota --quota 50000 -m connlimit --connlimit-above 5 -j NFLOG --nflog-group 1 --nflog-prefix p
ipset add blk 10.0.1.0
ipset save
iptables -P FOO RETURN
iptables-save -c
iptables -t security -X INPUT
iptables -A KUBE-SERVICES -i lo -o docker0 -m comment --comment "a/b:c -> 10.0.0.1:80" -m statistic --mode nth --every 2 --packet 0 -j DROP
iptables -t security -S NOPE
iptables -v -A OUTPUT -s 198.111.167.129/12 -p udp -m pkttype --pkt-type broadcast -m string --string 'GET /' --algo kmp -j NFQUEUE
ipset add six 2001:db8::1
iptables -t filter -v -X
iptables -t raw -I OUTPUT 3 -o eth+ -p tcp --sport http -j CONNMARK --set-mark 0x2
iptables -C INPUT -p icmp -m mark --mark 1 -j REJECT --reject-with tcp-reset
iptables-save
ip6tables-save

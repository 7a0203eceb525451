# Random iptables/ip6tables rule set, seed 228 (conformance/generators/iptables.ts)
iptables-save -c -t filter
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [0:101]
:DOCKER - [0:0]
-A OUTPUT -p icmp -m physdev ! --physdev-is-in -m dscp ! --dscp 10 -j CHECKSUM --checksum-fill
-A OUTPUT -p all -m recent --remove --rdest -m physdev ! --physdev-is-in -j NFLOG --nflog-group 4
[0:194] -A PREROUTING -d 127.92.123.66/12 -p 47 -j LOG --log-level crit
-A OUTPUT -d 198.205.151.103/16 ! -i eth0 -p 47 -m addrtype --src-type UNICAST -j LOG --log-prefix "x y" --log-level 4
COMMIT
EOF
iptables-restore -c <<'EOF'
*security
:INPUT ACCEPT [1:124]
:RCHAIN - [0:0]
-A FORWARD ! -o docker0 -p udp --sport ssh -m comment --comment docker -j RCHAIN
-A FORWARD -i lo -p 47 -m pkttype --pkt-type multicast -j RCHAIN
COMMIT
EOF
ipset destroy nets
iptables-save -c
iptables -t filter -A FORWARD -o eth1 -p icmp -j ACCEPT
ipset destroy blk
iptables -t security -N KUBE-SERVICES
iptables -A OUTPUT -d 127.65.154.27/16 -o cni0 -p tcp -m connlimit --connlimit-above 5 -m physdev --physdev-in veth0 -j RETURN
iptables -A FORWARD -d 198.153.178.235/16 -o eth+ -p sctp -m limit --limit 10/second --limit-burst 5 -j ACCEPT
ipset destroy svc
iptables -A OUTPUT -j LOG
iptables -t nat -D PREROUTING 2
iptables -t mangle -L -x -v -n
iptables -I OUTPUT 1 -p icmp -m hashlimit --hashlimit-upto 100 --hashlimit-name ssh -j LOG
ip6tables -t filter -v -F OUTPUT
ip6tables -v -X
iptables -N LOGDROP
ipset create nets hash:net
ip6tables -t nat -v -X
ip6tables-save -c -t raw
ip6tables -F
ip6tables-save
ipset create svc hash:ip,port
ip6tables -R NOPE 3 -d fd00::/128 -i lo -p udp -m udp --dport http -j REJECT
ipset create svc hash:ip,port
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [1:397]
:DOCKER - [0:0]
-A OUTPUT -j REJECT --reject-with icmp6-no-route
-A FORWARD -p ipv6-icmp -j REJECT
COMMIT
EOF
ip6tables -t security -D FORWARD -p tcp -j LOG --log-prefix "x y"
ip6tables -A OUTPUT -d ::1 ! -o docker0 -p ipv6-icmp -m recent ! --set --seconds 0 --hitcount 4 -m set ! --match-set six dst,dst ! --update-counters -j NFQUEUE
iptables-save
iptables -t mangle -A FORWARD -d 172.20.239.162/0 -i veth+ -o docker0 -m string --string 'GET /' --algo bm -m connbytes --connbytes 10 --connbytes-dir original --connbytes-mode bytes -j RETURN
iptables -v -X
iptables -A OUTPUT -p icmp -g LOGDROP
iptables -t nat -L POSTROUTING
iptables -t filter -A INPUT -s 198.254.82.233 -d 10.199.178.70/0 -m addrtype --dst-type BROADCAST -j CONNMARK --restore-mark --mask 0xff
iptables -D LOGDROP 2
ip6tables -t filter -v -I DOCKER 2 -m limit --limit 5/min -j DOCKER
ip6tables -L DOCKER 1 -n -v
ip6tables -S
ip6tables -A OUTPUT -s fe80::1 -d fe80::1 -p 47 -m connbytes --connbytes 10 --connbytes-dir original --connbytes-mode bytes -j RETURN
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -i docker0 ! -o eth1 -p ipv6-icmp -m conntrack --ctstate NEW -j CONNMARK --set-mark 0x2
-A OUTPUT -p sctp -j MARK --xor-mark 0x3
-A KUBE-SERVICES -p all -m physdev --physdev-in veth0 -j KUBE-SERVICES
-A OUTPUT -p tcp -j NFQUEUE --queue-num 3
COMMIT
EOF
ip6tables -t nat -v -X
iptables -t filter -A FORWARD -c 486 74382 -p icmp -m state --state NEW -m mac --mac-source 02:00:00:00:00:39
ip6tables -C OUTPUT -m physdev ! --physdev-is-in -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 0
ip6tables -A INPUT -p sctp -j TRACE
ip6tables -A KUBE-SERVICES -d fe80::1 -p tcp -m string --hex-string '|0d0a|' --algo bm --icase -j KUBE-SERVICES
ip6tables -t raw -L -n -v
ip6tables-save
ipset -exist create blk hash:ip
iptables -t nat -X
iptables -A OUTPUT -o eth+ -m recent --remove --name DEFAULT -g LOGDROP
iptables -t security -L KUBE-SERVICES -n -v --line-numbers
ip6tables -t nat -A POSTROUTING -d 2001:db8::/16 -o eth+ -p tcp -j CONNMARK --set-mark 0x2
ip6tables -t filter -I INPUT -p tcp -m statistic --mode random --probability 0.25000000000 -m connmark --mark 0x1 -g KUBE-SERVICES
ip6tables -L
ip6tables -t nat -D INPUT 4
ip6tables -t filter -w 1 --append INPUT -p tcp --tcp-flags ALL NONE -j SET --add-set six src
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t filter -X FORWARD
ip6tables -t nat -F
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t raw -A OUTPUT -p sctp -m pkttype --pkt-type unicast -j DSCP --set-dscp-class EF
ip6tables -t nat -A OUTPUT -s fd00:a:b:: -p udp -m quota --quota 1000 -j NFQUEUE --queue-balance 0:3 --queue-bypass
iptables-restore <<'EOF'
*filter
:DOCKER - [0:0]
[0:416] -A DOCKER -j CONNMARK --restore-mark --mask 0xff
-A DOCKER -m addrtype --src-type LOCAL -j DOCKER
-A INPUT -s 192.251.101.194 -p all -m addrtype --src-type LOCAL -j MARK --or-mark 0x8
[2:460] -A OUTPUT -o cni0 -p sctp -m string ! --string "GET /" --algo bm -m connbytes ! --connbytes 10 --connbytes-dir reply --connbytes-mode avgpkt -g DOCKER
COMMIT
EOF
iptables -t nat -v -X
ip6tables-restore <<'EOF'
*mangle
:PREROUTING DROP [4:947]
:DOCKER - [0:0]
-A FORWARD -d fd00::/128
[1:50] -A POSTROUTING -o eth1 -p ipv6-icmp -m rpfilter --invert
-A PREROUTING ! -d fe80::1/127 -m string --string "GET /" --algo bm -m hl --hl-eq 8 -j RETURN
COMMIT
EOF
ip6tables --list INPUT --numeric --line-numbers
ipset add blk 10.0.0.0
ip6tables -A INPUT -s 2001:db8:1::1 -m connlimit --connlimit-above 20 --connlimit-mask 64 --connlimit-daddr -m dscp --dscp 0x2e -j REJECT --reject-with tcp-reset
ip6tables -t nat -C POSTROUTING -s ::1 ! -d fd00::/64 -p 47 -m dscp --dscp-class AF41 -m state ! --state NEW -j RETURN
iptables-save
ip6tables-save

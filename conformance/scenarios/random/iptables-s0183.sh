# Random iptables/ip6tables rule set, seed 183 (conformance/generators/iptables.ts)
iptables -t raw -F
iptables -t filter -w 1 --append FORWARD -s 10.8.237.35/0 ! -i lo -m statistic --mode random --probability 1 -j ACCEPT
iptables -t security -A INPUT -c 37 3329 -p 47 -m dscp --dscp 0x2e -m comment --comment "a/b:c -> 10.0.0.1:80" -j LOG --log-level info
iptables -N KUBE-SEP-XYZ
iptables -L OUTPUT
ipset create blk hash:ip timeout 600
iptables-restore --noflush <<'EOF'
*security
:INPUT ACCEPT [6:793]
:RCHAIN - [0:0]
-A OUTPUT -p icmp -m limit --limit 5/min -g RCHAIN
-A RCHAIN -s 127.58.219.76/16 -d 192.176.214.88/30 -i veth+ -p tcp -m physdev ! --physdev-is-in -m length ! --length 0:64 -g RCHAIN
COMMIT
EOF
iptables -R INPUT 3 -i eth0 -p all -m addrtype --src-type LOCAL -m conntrack --ctstate RELATED,ESTABLISHED -j REJECT
iptables -t nat -nvL
ip6tables -L FORWARD
ip6tables -t security -A INPUT -p sctp -m connlimit --connlimit-above 100 --connlimit-mask 64 -j DROP
ip6tables-restore <<'EOF'
*security
:DOCKER - [0:0]
-A OUTPUT ! -d fd00::/128 -p all -m addrtype --dst-type MULTICAST -j LOG
COMMIT
EOF
ipset destroy six
ip6tables -t raw -L -v -Z
ipset add blk 10.0.0.1
ip6tables -I FORWARD -i eth0 -p ipv6-icmp -j MARK --set-mark 5/0xff
ip6tables -w 1 --append OUTPUT -s fd00::/127 -p ipv6-icmp -m quota ! --quota 50000 -m physdev --physdev-in veth0 -j SET --add-set six src
ip6tables-save -c
ip6tables -t mangle -L PREROUTING 1 -n -v
ipset create nets hash:net counters
ip6tables -L -v -Z
ip6tables -t nat -S INPUT 2
ip6tables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -s fe80::1 -d fd00:a:b:: -p all -m recent --remove --name web --seconds 60 --hitcount 20 -j LOG --log-prefix "IN: "
-A FORWARD -s fe80::1/48 -p tcp -m mark ! --mark 0x10/0xf0 -j NFLOG --nflog-group 0 --nflog-prefix p
COMMIT
EOF
ip6tables-restore <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[4:40] -A FORWARD -s fe80::1 -d fd00::/32 -i eth0 ! -p udp -j TRACE
-A INPUT -s fd00:: -i eth0 ! -p udp -m pkttype --pkt-type broadcast -m comment --comment "a/b:c -> 10.0.0.1:80" -j REJECT --reject-with tcp-reset
COMMIT
EOF
ip6tables-save -c -t filter
ip6tables -t raw -P FOO DROP
ip6tables -nvL
ip6tables-save -c -t mangle
ip6tables -Z KUBE-SERVICES 3
ipset flush blk
iptables -A OUTPUT -p tcp -m connmark --mark 0x1 -j MARK --or-mark 0x8
iptables -nvL
iptables -t filter -A FORWARD ! -s 10.189.250.96 -m connmark ! --mark 5/0xff -j LOG --log-level 4
iptables -X FORWARD
iptables --list KUBE-SEP-XYZ --numeric --line-numbers
iptables -X
iptables -A INPUT -p sctp -j CONNMARK --save-mark
iptables -t filter -Z INPUT 3
iptables -D INPUT -m connlimit --connlimit-above 100 --connlimit-mask 16 -m set --match-set nets src,dst --return-nomatch -j TRACE
iptables -F KUBE-SEP-XYZ
iptables-save
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:628]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d 198.173.93.238/12 -o eth1 -p udp -m addrtype --src-type LOCAL -j KUBE-SERVICES
-A KUBE-SERVICES -j ACCEPT
COMMIT
EOF
iptables -v -I OUTPUT 1 ! -o cni0 -p tcp -j MARK --and-mark 0xff
iptables -t nat -A PREROUTING -d 192.211.231.210 -p 47 -m limit --limit 100/day --limit-burst 20 -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t nat -v -F PREROUTING
iptables -t mangle -S
iptables -t mangle -F
iptables -A FORWARD ! -o eth+ -j REJECT
ipset destroy nets
iptables -t filter -I FORWARD -d 198.246.112.210/0 -p tcp -m length ! --length 0:64 --tcp-flags ALL NONE -j KUBE-SEP-XYZ
iptables-restore --noflush <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A PREROUTING -s 198.65.14.152/32 -d 172.193.32.238 -p tcp -m tcp --dport 1024 -j KUBE-SERVICES
-A KUBE-SERVICES -s 172.193.201.127/8 -m length --length 0:64 -m conntrack --ctstate UNTRACKED -j ACCEPT
-A OUTPUT -d 127.22.10.210/16 ! -o docker0 -p all -j MARK --set-mark 0x1
COMMIT
EOF
iptables -t filter -S -v
ipset add svc 10.96.0.2,tcp:443
iptables -X KUBE-SEP-XYZ
iptables -I OUTPUT 2 -p tcp -m physdev ! --physdev-is-in -j CONNMARK --save-mark
iptables -t nat -R POSTROUTING 3 -d 198.177.187.146 -j RETURN
iptables -t filter -A KUBE-SERVICES -p tcp -j TRACE
iptables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [2:307]
:RCHAIN - [0:0]
-A RCHAIN -p udp -j NFQUEUE --queue-balance 0:3 --queue-bypass
COMMIT
EOF
iptables -X FORWARD
iptables -v -X
iptables -t nat -v -I INPUT 2 -i lo -p udp --sport 443 -m rpfilter --loose -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t security -A INPUT -p tcp -j NFLOG --nflog-group 3 --nflog-prefix p
iptables -t mangle -Z PREROUTING
iptables -t security -A RCHAIN -p all -m set --match-set blk src -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t raw -A PREROUTING -p all -m connbytes --connbytes 10 --connbytes-dir original --connbytes-mode avgpkt -j NFLOG --nflog-group 0
iptables -t nat -A INPUT -s 198.245.1.179 -p tcp -j RETURN
ipset test blk 10.0.1.0
iptables -F
iptables -t mangle -L -n
iptables-save -c
iptables-save
ip6tables-save

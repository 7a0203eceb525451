# Random iptables/ip6tables rule set, seed 202 (conformance/generators/iptables.ts)
iptables -t filter -N LOGDROP
iptables -t raw -v -I OUTPUT 1 -s 127.39.225.145/30 -d 198.72.73.71/32 -p all -m dscp --dscp 0x2e -m limit --limit 10/second --limit-burst 20 -j CT --notrack
iptables -t nat -D POSTROUTING 3
ipset create six hash:ip family inet6
iptables -v -I LOGDROP 3 -p icmp -j ACCEPT
iptables -X
iptables -t filter -w 1 --append INPUT -p 47 -m length --length 100:200 -j REJECT --reject-with icmp-port-unreachable
iptables -t filter -A FORWARD -i lo ! -o cni0 -m mac --mac-source 02:00:00:00:00:70
iptables -t security -X INPUT
iptables -C LOGDROP -s 172.63.238.230/0 -o cni0 -m connmark --mark 5/0xff -m statistic --mode random --probability 1
iptables -L OUTPUT 1 -n -v
ip6tables -t security -v -F
ipset test blk 10.0.2.2
ip6tables -A INPUT -s fd00:: -d fd00:: -p all -m addrtype --src-type UNICAST -j REJECT --reject-with icmp6-adm-prohibited
ip6tables-restore --noflush -c <<'EOF'
*security
:INPUT ACCEPT [1:932]
:KUBE-SERVICES - [0:0]
-A OUTPUT -o eth1 -p all -j TRACE
-A FORWARD -i lo -p sctp -m limit --limit 10/second -m connmark ! --mark 5/0xff -j KUBE-SERVICES
[1:156] -A INPUT -i lo -p tcp -m length --length 1500 -j ACCEPT
[4:290] -A OUTPUT -m hl --hl-eq 254 -m connlimit --connlimit-above 20 -j RETURN
COMMIT
EOF
ip6tables -N DOCKER
ip6tables -L -x -v -n
ip6tables-save -t filter -c
ip6tables-restore --noflush -c <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES ! -s fe80::1 -m mark --mark 0x10/0xf0 -j SET --del-set six dst
-A PREROUTING -p all -j MARK --or-mark 0x8
COMMIT
EOF
ip6tables -t security --list OUTPUT --numeric --line-numbers
iptables -C FORWARD -d 198.183.111.253 -p udp -m addrtype --src-type LOCAL -j RETURN
iptables -t raw -L PREROUTING 1 -n -v
iptables -t mangle -v -X
iptables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN -s 198.11.70.84 -d 10.33.134.8/16 -j LOG --log-prefix "drop"
COMMIT
EOF
iptables -t raw -P PREROUTING DROP
iptables -X FORWARD
ipset test blk 10.0.1.1
ip6tables -v -X DOCKER
iptables -X RCHAIN
iptables -L -n
iptables -t security -I FORWARD -s 198.99.210.186/32 -i veth+ -m statistic --mode random --probability 0.5 -j MARK --set-mark 0x1
iptables -nvL
iptables -t security -D FORWARD 1
ip6tables -t raw -v -A PREROUTING ! -i lo -p tcp -m connlimit --connlimit-upto 20 --connlimit-daddr -m physdev --physdev-out eth+ -j NFLOG --nflog-group 3
iptables-save
iptables -t filter -D INPUT 3
ip6tables -A INPUT -s ::1/127 ! -d 2001:db8::/32 ! -p tcp -m physdev --physdev-is-bridged -j LOG
ip6tables -t security -S FORWARD 1
iptables-save
ip6tables -X INPUT
ip6tables -S -v
ip6tables -t nat -A POSTROUTING -d fd00:: -j SET --del-set six dst
ip6tables -L -v
iptables -X RCHAIN
iptables -t mangle -S
iptables -v -A FORWARD -d 127.227.137.68 -p all -m rpfilter --invert -m set --match-set nets dst -j REJECT
ip6tables-save
ip6tables -t mangle -N DOCKER
ip6tables -t raw -R KUBE-SERVICES 1 -p tcp -m state --state INVALID -j MASQUERADE
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [1:322]
:DOCKER - [0:0]
-A INPUT -p icmp -m connmark --mark 0x1 -m addrtype --src-type LOCAL -j CONNMARK --set-mark 0x2
-A DOCKER -d 127.95.94.235/8 -p all -j NFQUEUE --queue-balance 0:3 --queue-bypass
-A FORWARD ! -i docker0 -o cni0 -p tcp -g DOCKER
COMMIT
EOF
iptables -L
iptables -t nat -A INPUT -d 127.92.76.155 -p icmp -m iprange ! --dst-range 10.0.0.1-10.0.0.184 -m connbytes --connbytes 1000: --connbytes-dir reply --connbytes-mode bytes -j CONNMARK --restore-mark
iptables --list FORWARD --numeric --line-numbers
ipset add svc 10.96.0.2,tcp:443
iptables -t filter -A FORWARD -o eth1 -p icmp -m limit --limit 100/day --limit-burst 1 -j NFQUEUE --queue-num 3
iptables -v -I INPUT 1 -s 127.226.59.233 ! -d 10.55.255.215/30 -p all -m mark --mark 0x4000/0x4000 -m connlimit ! --connlimit-upto 5 -j CONNMARK --restore-mark
ip6tables -t nat -L -n -v
ip6tables-save
ipset create svc hash:ip,port
ip6tables -t raw -v -I PREROUTING 1 -s fd00::/127 -p tcp -j NOTRACK
ip6tables -v -X DOCKER
ip6tables-save
ip6tables -t raw -v -A OUTPUT -d fd00:a:b:: -o cni0 -m addrtype --src-type LOCAL -j NFLOG --nflog-group 3
ip6tables -D OUTPUT -p 47 -m state --state NEW -j CONNMARK --save-mark
ip6tables -L -n -v
ip6tables -Z DOCKER 3
ip6tables -t nat -D POSTROUTING -p all -m quota --quota 1000 -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
-A OUTPUT -o docker0 -p all -m connmark --mark 5/0xff -j DSCP --set-dscp 0x2e
[0:97] -A FORWARD -d 10.0.120.209/8 -p tcp --tcp-flags ALL NONE -m comment --comment x_y-z
-A INPUT -s 127.199.179.131 -p udp -m length --length 100:200 -j LOG --log-prefix "drop" --log-level crit
-A FORWARD -s 198.31.180.161 ! -o cni0 -p 47 -m mac --mac-source 02:00:00:00:00:62 -m physdev --physdev-out eth+ -j ACCEPT
COMMIT
EOF
iptables -t nat -L -v -Z
iptables -t nat -I PREROUTING -s 10.163.2.154/16 -j TRACE
iptables-save
ip6tables-save

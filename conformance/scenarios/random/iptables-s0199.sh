# Random iptables/ip6tables rule set, seed 199 (conformance/generators/iptables.ts)
iptables -t filter -A FORWARD -p udp -j DROP
iptables -v -X
iptables -I INPUT 4 -m length --length 100:200 -j NFQUEUE --queue-num 3
iptables -t mangle -Z FORWARD 1
ipset create svc hash:ip,port
iptables -v -F INPUT
iptables -t nat -S OUTPUT
iptables-save -c -t filter
iptables -t security -C OUTPUT ! -s 192.112.193.190/8 -o eth1 -p icmp -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -A INPUT -p sctp -m physdev --physdev-out eth+ -j LOG --log-prefix "x y"
ip6tables-save -c -t raw
ip6tables-save -c
ip6tables -t nat -Z INPUT 1
ip6tables -P FOO DROP
ipset add svc 10.96.0.1,tcp:80
ip6tables -t raw -X PREROUTING
ip6tables-save -c
ip6tables-save
iptables -S
iptables -t security -X INPUT
iptables -t security -F
ip6tables -t raw -X OUTPUT
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING DROP [0:876]
:DOCKER - [0:0]
[0:93] -A PREROUTING -i eth0 -p all -m connbytes --connbytes 1000: --connbytes-dir both --connbytes-mode bytes -m set ! --match-set nope dst -j MARK --xor-mark 0x3
-A DOCKER -p tcp -m addrtype --dst-type BROADCAST
COMMIT
EOF
ip6tables -L -n
ip6tables -t filter -L FORWARD 2 -n -v
ip6tables -L INPUT 3 -n -v
ip6tables -t security --list INPUT --numeric --line-numbers
ip6tables -A INPUT -p tcp -m set --match-set six src --return-nomatch -j TRACE
ip6tables -v -X
ip6tables -t nat -A POSTROUTING -o eth+ -p ipv6-icmp -m owner --uid-owner 100-200 -j LOG --log-level debug
ip6tables -Z
ip6tables -t raw -L -n -v
ip6tables -t filter -w 1 --append INPUT -s fd00::/32 -p udp -m limit --limit 10/second -j CONNMARK --save-mark
ip6tables -t raw -S -v
iptables -t mangle -Z POSTROUTING 1
ipset list -n
iptables -t filter -I OUTPUT 4 -d 192.4.110.215/12 -o eth+ -m helper --helper ftp -m comment --comment "kubernetes service portals" -j MARK --set-mark 0x1
iptables -D INPUT 3
iptables -D FORWARD 3
iptables -t security -R INPUT 3 -s 198.232.120.218/8 -p 47 -m recent --set -j RETURN
iptables -t raw -D PREROUTING 4
iptables -t nat -I INPUT 1 -p udp -m ttl --ttl-gt 151
iptables -A INPUT -p sctp -m state --state NEW -j SET --add-set blk dst
ip6tables -t security -v -A INPUT -m comment --comment "kubernetes service portals" -m quota --quota 1000 -j MARK --or-mark 0x8
iptables -t mangle -A INPUT -d 10.39.240.86 -p 47 -m connmark ! --mark 5/0xff -m set --match-set blk src -j DSCP --set-dscp-class EF
iptables -I INPUT 2 ! -i br0 -p udp --sport 53 -m set --match-set blk src,dst -j REJECT --reject-with tcp-reset
iptables -t security -v -F
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [1:657]
:KUBE-SERVICES - [0:0]
-A FORWARD -s fd00::/128 -p 47 -j SET --add-set six src
-A INPUT -d 2001:db8:1::1/64 -p tcp -m comment --comment docker --syn -j RETURN
COMMIT
EOF
ip6tables -t nat -P POSTROUTING DROP
ip6tables -S FORWARD 3
ip6tables -L
ip6tables -t filter -N DOCKER-USER
ipset -exist create blk hash:ip
ipset flush blk
ip6tables -L OUTPUT 1 -n -v
ip6tables -t security -F KUBE-SERVICES
ip6tables --list FORWARD --numeric --line-numbers
ip6tables -t security -S INPUT
ip6tables -t raw -A PREROUTING -s 2001:db8:1::1/32 -j LOG --log-level 7
iptables -t raw -X OUTPUT
iptables -t filter -Z
ip6tables -t security -C KUBE-SERVICES -i eth0 -o eth1 -p tcp -j MARK --set-xmark 0x4000/0x4000
ip6tables --list OUTPUT --numeric --line-numbers
ip6tables -t mangle -D FORWARD -s fd00:a:b:: -p all -j HL --hl-set 64
ip6tables-save -c -t filter
ip6tables -A OUTPUT -p ipv6-icmp -m helper --helper ftp -m hl --hl-eq 110 -j DROP
ip6tables -t raw -A OUTPUT -c 332 19203 -p tcp -m rpfilter --validmark --accept-local -m quota --quota 1000 -j DROP
ip6tables -R DOCKER-USER 3 ! -i docker0 -p 47 -m helper ! --helper ftp -m helper --helper ftp -j RETURN
ip6tables -t filter -X INPUT
ip6tables -t filter -Z INPUT 1
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 181 (conformance/generators/iptables.ts)
iptables -t security -L -v -Z
iptables -A FORWARD -i eth0 -m addrtype --src-type UNICAST -j SET --add-set nets dst
iptables-save
iptables -t nat -A OUTPUT -c 763 2760 ! -s 127.150.174.43 -p tcp -m physdev --physdev-in veth0 -m set --match-set svc dst,dst -j REDIRECT --to-ports 3128
iptables -I FORWARD -s 198.131.8.202 -i br0 -j LOG --log-level debug
iptables -t nat -A PREROUTING -p tcp -j SET --del-set nets dst
iptables -t raw -D OUTPUT 2
iptables-save
iptables -t raw -L -x -v -n
iptables -t filter --list NOPE --numeric --line-numbers
iptables -N KUBE-SEP-XYZ
iptables -t raw -A NOPE ! -d 172.243.58.106/30 -j MARK --or-mark 0x8
iptables -t nat -I INPUT 3 -p sctp -j TRACE
ip6tables -Z FORWARD
ip6tables -t raw -I OUTPUT -d 2001:db8::/127 -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 --icmpv6-type 1/3 -j TRACE
ip6tables -S OUTPUT
ip6tables -t raw -I PREROUTING 2 -m rpfilter -j CT --zone-orig 2
ip6tables -t mangle -A FORWARD -s fd00:a:b:: -d 2001:db8:1::1/128 -p all -m mark --mark 1 -j CONNMARK --save-mark
iptables -N KUBE-SVC-ABC
iptables -L
iptables -v -F
iptables -L -n
iptables -t nat -v -X
iptables -X
iptables-save -t filter
iptables -I OUTPUT 1 -s 172.137.224.220 -d 10.88.38.46/30 -p tcp -j LOG --log-prefix "x y"
ip6tables -t nat -N f2b-sshd
ipset test blk 10.0.0.0
ip6tables -t filter -A INPUT -c 778 98873 -p ipv6-icmp -m statistic --mode nth --every 10 --packet 1 --icmpv6-type 136 -j DROP
ip6tables -t raw -I OUTPUT 4 -m statistic --mode nth --every 3 --packet 0 -j CONNMARK --restore-mark
ip6tables -t mangle -w 1 --append INPUT ! -s 2001:db8::/128 -d 2001:db8:1::1 -j CHECKSUM --checksum-fill
ip6tables -t raw -P FOO DROP
ipset del blk 10.0.0.0
ip6tables -t filter -D INPUT -p all -j NFQUEUE
ipset flush nets
iptables -t nat -L NOPE 1 -n -v
iptables -A KUBE-SVC-ABC -s 198.14.129.44/8 -j MARK --set-mark 5/0xff
iptables -E KUBE-SEP-XYZ KUBE-SEP-XYZ-2
iptables -t mangle -I OUTPUT 3 ! -o docker0 -p tcp -m addrtype --dst-type BROADCAST -m state ! --state NEW -j DSCP --set-dscp 10
iptables -w 1 --append KUBE-SEP-XYZ-2 -s 127.74.236.230/12 -d 10.29.101.20/32 -p icmp -m statistic --mode nth --every 10 --packet 0 -g KUBE-SEP-XYZ-2
iptables-restore <<'EOF'
*filter
:INPUT DROP [1:832]
:RCHAIN - [0:0]
-A RCHAIN -j RCHAIN
-A RCHAIN -d 192.112.141.230 ! -i lo -p 47 -m mac --mac-source 02:00:00:00:00:55 -m helper --helper ftp -g RCHAIN
-A OUTPUT -s 192.187.33.192 -j TRACE
-A INPUT -i eth0 ! -p tcp -j SET --del-set blk src
COMMIT
EOF
iptables -S RCHAIN 2
ip6tables -F
iptables -t raw -A NOPE ! -s 192.135.28.168/24 -j SET --del-set nets dst
iptables -A RCHAIN -d 192.19.69.45 -p icmp -m connbytes --connbytes 0:500 --connbytes-dir reply --connbytes-mode avgpkt -j SET --del-set nets dst
ip6tables -t security -D FORWARD -p 47 -m addrtype --src-type LOCAL -m set ! --match-set six dst,dst -j DROP
ip6tables-restore --noflush -c <<'EOF'
*mangle
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d fe80::1 -p sctp -m rpfilter --loose -m physdev --physdev-in veth0 -j MARK --set-xmark 0x4000/0x4000
-A FORWARD ! -s fe80::1 -o docker0 -p all -j SET --add-set six dst
-A FORWARD -s fe80::1/127 -d fd00::/48 ! -o cni0 -p ipv6-icmp -j NFLOG --nflog-group 0
-A OUTPUT ! -s fd00:: -d fd00:a:b::/127 -j KUBE-SERVICES
COMMIT
EOF
ipset create svc hash:ip,port
ip6tables -R INPUT 3 ! -p tcp -m limit --limit 5/min -j RETURN
ip6tables -t mangle -X OUTPUT
ip6tables --list INPUT --numeric --line-numbers
iptables -t mangle --list FORWARD --numeric --line-numbers
iptables -t filter -L -v
iptables -X OUTPUT
iptables -t filter -v -F FORWARD
ipset del blk 10.0.1.3
ip6tables -t nat -N DOCKER
ip6tables -A OUTPUT -p udp -m length ! --length 0:64 -m mark --mark 1 -j TRACE
ip6tables -Z OUTPUT 2
ip6tables -Z OUTPUT 2
ip6tables -Z
ip6tables -t raw -X PREROUTING
iptables -t raw -L OUTPUT 3 -n -v
iptables -A OUTPUT -p udp -m limit --limit 3/s --limit-burst 5 -m set --match-set svc src,dst -j MARK --set-mark 5/0xff
ipset flush nets
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [4:158]
:KUBE-SERVICES - [0:0]
-A INPUT -i eth0 -m mark ! --mark 0x10/0xf0 -m mac --mac-source 02:00:00:00:00:70 -j REJECT --reject-with icmp-port-unreachable
COMMIT
EOF
iptables-save
iptables -R FORWARD 2 -s 10.112.206.35/30 -o docker0 -p sctp -m addrtype --dst-type BROADCAST -m addrtype --dst-type UNICAST -j SET --add-set nets src
iptables -v -X KUBE-SERVICES
iptables -t security -F
iptables-save
ip6tables-save

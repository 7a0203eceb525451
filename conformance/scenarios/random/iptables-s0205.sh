# Random iptables/ip6tables rule set, seed 205 (conformance/generators/iptables.ts)
iptables -t mangle -L
iptables-save -c
iptables-save
iptables -A INPUT -i lo -p icmp -m quota --quota 1000 -j LOG --log-prefix "drop"
iptables -t filter -A INPUT -p udp -j CONNMARK --set-mark 0x2
iptables -t filter -F
iptables -t filter -I OUTPUT 2 ! -s 198.175.98.130 -p 47 -m connmark --mark 5/0xff -j RETURN
iptables -t security -I NOPE -p 47 -j DROP
iptables -A OUTPUT ! -d 198.132.67.52/8 -p udp -m length --length 1500 -j RETURN
iptables -A NOPE ! -s 198.112.37.136/12 ! -o docker0 -p tcp -m connbytes --connbytes 0:500 --connbytes-dir both --connbytes-mode packets -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -N KUBE-SEP-XYZ
iptables-restore -c <<'EOF'
*security
:INPUT ACCEPT [2:699]
:KUBE-SERVICES - [0:0]
-A FORWARD -p 47 -m ttl --ttl-eq 227 -j LOG --log-prefix "x y" --log-level info
[4:418] -A KUBE-SERVICES -o docker0 -m dscp --dscp-class EF -j NFQUEUE
COMMIT
EOF
iptables -A OUTPUT ! -o cni0 -p icmp -m dscp ! --dscp-class AF41 -m conntrack --ctstate UNTRACKED -j DROP
ip6tables -A INPUT -p all -m statistic --mode random --probability 1 -m statistic --mode random --probability 0.25000000000 -j TRACE
ip6tables -t mangle -Z POSTROUTING
iptables -t nat -v -F
iptables -X INPUT
iptables -t security -A INPUT -p 47 -j RETURN
ip6tables -N DOCKER-USER
ip6tables -C INPUT -p all -m rpfilter -j MARK --or-mark 0x8
ipset add blk 10.0.0.3
iptables -D INPUT -s 192.214.45.104 -d 198.125.146.82/24 -i br0 -p tcp -m ttl --ttl-eq 207 -j ACCEPT
iptables -D INPUT -j CONNMARK --restore-mark
iptables -t raw -A OUTPUT -o eth+ -p 47 -m addrtype --src-type LOCAL -m recent --remove --name DEFAULT --seconds 1 -j CT --zone-orig 2
ipset -exist create blk hash:ip
iptables -A KUBE-SEP-XYZ -p all -j KUBE-SEP-XYZ
iptables-save -c
iptables -v -X
iptables -t raw --list PREROUTING --numeric --line-numbers
iptables -t security -L -n
iptables -t security -A KUBE-SERVICES -s 198.40.140.170 -p udp -m statistic --mode random --probability 0.1 -m physdev --physdev-out eth+ -j SET --add-set blk dst
iptables -A KUBE-SEP-XYZ -c 437 43065 -p 47 -m recent --remove --name web -m statistic --mode nth --every 10 --packet 0 -j SET --add-set blk src
ip6tables -t filter -v -A INPUT -d fd00:a:b::/127 -m statistic --mode nth --every 10 --packet 1 -m addrtype --dst-type UNICAST -j DOCKER-USER
ip6tables -t filter -w 1 --append INPUT -s 2001:db8:1::1 -m quota --quota 50000 -m dscp --dscp 0x2e -g DOCKER-USER
ip6tables -t raw -I PREROUTING 2 -d 2001:db8:1::1 ! -i eth0 -p all -j MARK --xor-mark 0x3
ip6tables -S
ip6tables -t raw -L -v
ip6tables -t mangle -L INPUT 2 -n -v
ip6tables -L -v -Z
ip6tables -A FORWARD -d 2001:db8:1::1 ! -i eth0 -p 47 -m physdev --physdev-in veth0 -m quota --quota 1000 -j LOG --log-prefix "drop"
iptables -t mangle -P PREROUTING DROP
iptables -S INPUT 1
iptables -t filter -A INPUT ! -s 172.157.1.130 -d 198.217.175.64/32 -p icmp -m rpfilter --validmark --accept-local -m connmark --mark 0x1 -j DROP
iptables -v -X KUBE-SEP-XYZ
iptables -t filter -v -I OUTPUT 2 -p tcp -m connlimit --connlimit-above 5
ip6tables -t mangle -L FORWARD 1 -n -v
ip6tables -L INPUT 2 -n -v
ip6tables -t security -A INPUT -s fe80::1 -i veth+ -p ipv6-icmp -m dscp --dscp 10 -j TRACE
iptables -t raw -v -X
iptables -v -A KUBE-SEP-XYZ ! -i docker0 -p all -j CONNMARK --save-mark
iptables -t filter -A OUTPUT -p tcp -j NFLOG --nflog-group 0
iptables -t raw -Z OUTPUT 2
ipset del blk 10.0.0.1
ip6tables -t raw -Z OUTPUT
ipset add svc 10.96.0.1,tcp:443
iptables -t raw --list OUTPUT --numeric --line-numbers
iptables -t filter -N KUBE-SEP-XYZ
iptables -t raw -v -X
iptables -t filter -A KUBE-SEP-XYZ ! -o cni0 -p icmp -m recent --rcheck -m ttl --ttl-eq 176 -j REJECT --reject-with icmp-admin-prohibited
iptables -S -v
iptables -t mangle -Z INPUT
ip6tables -A DOCKER-USER -c 599 9867 -s 2001:db8:1::1 -d 2001:db8::/48 -m length ! --length 0:64 -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
ip6tables -t nat -C INPUT -s fd00:: -p sctp -j TRACE
iptables -t filter -v -I OUTPUT 3 -p sctp -m connbytes --connbytes 10 --connbytes-dir reply --connbytes-mode packets -m length --length 0:64 -j TRACE
ip6tables -R DOCKER-USER 3 -o eth1 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -j REJECT
ipset save
ipset create svc hash:ip,port
ipset add six 2001:db8::1
ip6tables -t filter -D FORWARD -o cni0 -m physdev ! --physdev-is-in -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t mangle -Z PREROUTING
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 102 (conformance/generators/iptables.ts)
iptables -t security -L -n -v
iptables -t nat -A PREROUTING -j NFLOG --nflog-group 1
iptables -A INPUT -p 47 -m connmark --mark 0x1 -j TRACE
ip6tables -t filter -Z OUTPUT 3
ip6tables -Z OUTPUT 2
ip6tables -t nat -v -F INPUT
iptables -t nat -S PREROUTING
iptables -t raw -v -F
iptables -t filter -N DOCKER-USER
ip6tables -t security -I FORWARD -i br0 -j TRACE
ip6tables -t security -N KUBE-SVC-ABC
iptables -X FORWARD
iptables -t security -v -F
iptables -v -I DOCKER-USER 1 -p all -m physdev ! --physdev-is-in -j LOG --log-prefix "drop" --log-level info
iptables -t filter -A OUTPUT -d 10.18.144.86/12 -p tcp -g DOCKER-USER
iptables -A FORWARD ! -s 198.44.143.23/32 -i eth0 -o cni0 -p tcp -m length --length 100:200
iptables-save -c -t filter
iptables -D INPUT 2
iptables -t raw -D OUTPUT -o eth1 -p tcp -j CT --zone 3
iptables -t security -P OUTPUT RETURN
iptables -t raw --list OUTPUT --numeric --line-numbers
iptables-save -c
iptables -t filter -A FORWARD -p 47 -j TRACE
ip6tables -t mangle -A FORWARD -s ::1 -p tcp -j ACCEPT
ip6tables-save
ip6tables -t security -D INPUT -p tcp -g KUBE-SVC-ABC
ip6tables -L -v -Z
ip6tables -t filter --list INPUT --numeric --line-numbers
ip6tables -t raw -N KUBE-SVC-ABC
ip6tables -t mangle -A NOPE ! -d ::1 ! -i docker0 -o docker0 -p udp -m multiport --dports 53 -j LOG --log-prefix "x y" --log-level 7
ip6tables -t mangle -N DOCKER
ip6tables -t raw -A KUBE-SVC-ABC ! -s 2001:db8:: ! -d fd00::/64 -i docker0 ! -o eth+ -p all -m statistic --mode nth --every 2 --packet 1 -j MARK --set-mark 0x1
ip6tables -A OUTPUT -p ipv6-icmp -m addrtype --dst-type BROADCAST -m statistic --mode nth --every 10 --packet 1 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t filter -X FORWARD
ip6tables-restore -c <<'EOF'
*mangle
:PREROUTING DROP [4:266]
:RCHAIN - [0:0]
-A FORWARD -p tcp -j ACCEPT
-A INPUT -p sctp -m conntrack --ctstate INVALID -m comment --comment x_y-z -j LOG --log-level 4
COMMIT
EOF
ip6tables -A OUTPUT -s 2001:db8::/127 -p sctp -m owner --uid-owner 65534 -m iprange ! --src-range 2001:db8::1-2001:db8::9
ip6tables -t filter -A INPUT -s 2001:db8::/64 -j NFLOG --nflog-group 2
ip6tables -t mangle -S POSTROUTING
ip6tables -t nat -I POSTROUTING -d fd00:a:b:: -p udp -m connmark --mark 5/0xff
ip6tables-save
ip6tables -N KUBE-SEP-XYZ
ip6tables -t nat -D INPUT 4
ip6tables -t mangle -A POSTROUTING -s 2001:db8:1::1/16 -p ipv6-icmp -j SNAT --to-source 2001:db8::1
iptables -I OUTPUT 4 -p icmp -m limit --limit 5/min --limit-burst 1 -m pkttype --pkt-type unicast
ip6tables -X KUBE-SEP-XYZ
ip6tables -w 1 --append INPUT -p all -m statistic --mode nth --every 10 --packet 0 -g KUBE-SEP-XYZ
iptables-save -c
iptables -t filter -v -F INPUT
iptables -t mangle -X
iptables -t mangle -A FORWARD -s 192.121.209.231 -o eth+ -p 47 -m ttl --ttl-gt 187 -j DSCP --set-dscp 10
iptables -N KUBE-SVC-ABC
ip6tables -Z INPUT
ip6tables -D OUTPUT -o eth+ -p 47 -m comment --comment x_y-z -m statistic --mode nth --every 10 --packet 1 -j REJECT --reject-with icmp6-no-route
ip6tables-save
ip6tables -t filter -v -F OUTPUT
ip6tables -t nat -v -A OUTPUT -s fd00:a:b::/128 -d fd00::/32 -p tcp
ip6tables -t mangle -L FORWARD 3 -n -v
ip6tables -t security -E KUBE-SVC-ABC KUBE-SVC-ABC-2
ip6tables -t filter -F
ip6tables -t nat -A POSTROUTING -s fd00:a:b::/64 ! -d 2001:db8:: -p 47 -m limit --limit 1/hour -m mark --mark 1 -j ACCEPT
ip6tables -D INPUT -p all -m hl --hl-eq 199 -j REJECT
ip6tables -t filter -I INPUT 3 ! -d ::1/127 -p sctp -j MARK --set-mark 5/0xff
ip6tables -t mangle -A FORWARD -d 2001:db8:1::1/64 -p sctp -j RCHAIN
ip6tables -t mangle -A FORWARD -o eth+ -p 47 -m mac --mac-source 02:00:00:00:00:73 -m connmark --mark 5/0xff
ip6tables -Z INPUT 1
ip6tables -t mangle -A PREROUTING -s ::1 -i lo -p 47 -j RCHAIN
ip6tables -t nat -F
ip6tables -t mangle -v -X
ip6tables-save -c
ip6tables -L -x -v -n
iptables-save
ip6tables-save

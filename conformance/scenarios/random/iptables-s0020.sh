# Random iptables/ip6tables rule set, seed 20 (conformance/generators/iptables.ts)
iptables -X
iptables-save -t filter
iptables -t raw -A PREROUTING -m addrtype ! --dst-type MULTICAST -m iprange --dst-range 10.0.0.1-10.0.0.69 -j TRACE
ip6tables-save
ip6tables-save
iptables -t filter -A INPUT -d 10.65.27.249 -j REJECT --reject-with tcp-reset
iptables -F
ip6tables -t nat -N f2b-sshd
ip6tables -R OUTPUT 2 -p sctp -m limit --limit 5/min --limit-burst 1 -m comment --comment "a/b:c -> 10.0.0.1:80" -j LOG --log-prefix "drop" --log-level crit
ip6tables -F
ip6tables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [0:549]
:DOCKER - [0:0]
-A DOCKER -d fd00::/127 -m pkttype ! --pkt-type unicast -j ACCEPT
-A INPUT ! -d 2001:db8:1::1 -i veth+ -j SNAT --to-source fd00::3
-A PREROUTING -d 2001:db8:1::1/32 -p ipv6-icmp -m hl --hl-lt 206 -m length ! --length 100:200 -j ACCEPT
-A INPUT -d fe80::1/64 -p tcp -m hl --hl-lt 248 -j LOG
COMMIT
EOF
ip6tables -A OUTPUT -p tcp -m hl --hl-gt 6 -j LOG
ip6tables -t filter -C OUTPUT -p all -j REJECT --reject-with icmp6-no-route
ip6tables -I FORWARD -d fd00:a:b:: ! -o cni0 -p ipv6-icmp -m hl --hl-gt 27 -j DSCP --set-dscp 10
ip6tables -t filter -D INPUT -s fd00:a:b::/64 -p 47 -m hl --hl-lt 113 -m conntrack ! --ctstate INVALID -j REJECT
ip6tables -t nat -A OUTPUT -s fd00::/64 ! -o eth1 -p all -m length --length 1500 -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -t filter -A FORWARD -d fd00:a:b:: -p ipv6-icmp -m statistic --mode random --probability 0.5 -j LOG --log-prefix "x y" --log-level 7
ip6tables -t filter -L FORWARD -n -v --line-numbers
ip6tables -t nat -I DOCKER 3 -p sctp -j RETURN
ip6tables -t filter -A OUTPUT -d 2001:db8:1::1 -p sctp -j CONNMARK --restore-mark --mask 0xff
ip6tables -t raw -I PREROUTING -p all -m addrtype --dst-type MULTICAST -m conntrack --ctstate UNTRACKED -j LOG
ip6tables -t nat -Z
ip6tables -D INPUT -i docker0 -p udp -m length --length 100:200 -j LOG
ip6tables-save
ip6tables -t raw -A PREROUTING -i br0 -p sctp -m statistic --mode nth --every 2 --packet 1 -j TRACE
iptables-save
iptables -t raw -I OUTPUT 3 -d 172.37.125.75/16 -p udp -m mark --mark 0xffffffff -j CT --notrack
iptables -t security -C INPUT -d 10.25.58.143/24 -i veth+ -p tcp -j MARK --xor-mark 0x3
iptables -t raw -Z OUTPUT
iptables -A FORWARD -d 127.68.135.45/32 -p icmp -m iprange ! --dst-range 10.0.0.1-10.0.0.142
iptables -t mangle -A FORWARD -p udp -m conntrack --ctstate INVALID -m limit --limit 1/hour
iptables -A FORWARD -m iprange --dst-range 10.0.0.1-10.0.0.52 -j MARK --set-mark 5/0xff
ip6tables -I FORWARD 4 -i lo -p tcp -m state --state NEW -m mark ! --mark 1 -j REJECT --reject-with icmp6-no-route
ip6tables -t mangle -I OUTPUT ! -d 2001:db8::/127 -p 47 -m addrtype --src-type LOCAL -m statistic --mode random --probability 0.25000000000 -j DROP
ip6tables -t filter -F
ip6tables -t nat -L -n --line-numbers
ip6tables -t mangle -A NOPE -s 2001:db8:1::1 -i eth0 -p udp -m multiport ! --dports http,https -j ACCEPT
ip6tables -t security -L NOPE
ip6tables -t security -A OUTPUT -s fd00:a:b::/32 -p sctp -m hl --hl-eq 153
ip6tables -t filter -F
ip6tables -A OUTPUT -p tcp -m limit --limit 5/min --limit-burst 5 -m statistic --mode nth --every 10 --packet 1 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -t nat -D PREROUTING -s 2001:db8::/16 -m mark --mark 0x4000/0x4000 -m statistic --mode nth --every 2 --packet 0
ip6tables -t security -R FORWARD 1 ! -o eth+ -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --set-mark 5/0xff
ip6tables -I FORWARD 4 -d fd00::/48 -j LOG --log-prefix "x y" --log-level debug
ip6tables-restore <<'EOF'
*mangle
:KUBE-SERVICES - [0:0]
-A POSTROUTING -d 2001:db8:1::1/127 -p 47 -m statistic --mode random --probability 0.25000000000 -j KUBE-SERVICES
-A FORWARD -o docker0 -p 47 -m comment --comment docker -m addrtype --src-type UNICAST -j RETURN
COMMIT
EOF
ip6tables -t filter -R INPUT 3 -d fd00:a:b:: -p ipv6-icmp -m comment --comment "kubernetes service portals" -m limit --limit 3/s --limit-burst 5 -j LOG --log-level info
ip6tables -t mangle -L PREROUTING
ip6tables -D INPUT 3
ip6tables -t filter -A FORWARD -s fe80::1/16 -p sctp -m length --length 0:64 -m hl --hl-eq 234 -j MARK --and-mark 0xff
ip6tables-restore --noflush -c <<'EOF'
*security
:INPUT DROP [0:672]
:DOCKER - [0:0]
-A INPUT -i docker0 ! -p tcp -m mark --mark 1 -j DNAT --to-destination [fd00::3]:8080
-A FORWARD ! -s 2001:db8:1::1/32 -p udp -j RETURN
COMMIT
EOF
ip6tables -S FORWARD
iptables -t raw -A OUTPUT -d 10.91.73.82 -j CT --zone-orig 2
iptables -t mangle -A FORWARD -s 198.52.112.148/30 ! -d 192.91.25.142/0 -o docker0 -m mac --mac-source 02:00:00:00:00:59 -j LOG --log-prefix "drop"
iptables-save -t security
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [7:444]
:RCHAIN - [0:0]
[2:239] -A FORWARD -s 10.53.17.16/30 -d 127.128.21.118/8 -i lo -p all -m state --state ESTABLISHED,RELATED -j TRACE
-A INPUT ! -i veth+ -j MARK --xor-mark 0x3
-A OUTPUT ! -d 198.115.124.210 -o cni0 -j RCHAIN
-A INPUT -s 198.58.88.50 -p icmp -m addrtype --src-type LOCAL -m length --length 1500
COMMIT
EOF
iptables -t filter -X RCHAIN
iptables -t nat -A PREROUTING -d 127.94.171.208 -j RETURN
iptables -t filter -A RCHAIN -o eth+ -p udp -j LOG --log-prefix "IN: " --log-level 4
iptables -t nat -L -n
iptables -t filter -I RCHAIN 4 -d 172.216.108.5/12 -i veth+ -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.61 -m limit --limit 100/day -j DROP
iptables-save
ip6tables-save

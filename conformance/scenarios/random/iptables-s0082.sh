# Random iptables/ip6tables rule set, seed 82 (conformance/generators/iptables.ts)
iptables -t mangle -A OUTPUT -d 198.177.215.126 -p 47 -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables-save -c
ip6tables -t filter -S
ip6tables -t security -A INPUT ! -s 2001:db8::/32 -i eth0
ip6tables -t mangle -A INPUT -p tcp
ip6tables -A FORWARD -s 2001:db8:1::1/32 -p sctp -m pkttype --pkt-type broadcast -m pkttype --pkt-type unicast -j ACCEPT
ip6tables -t raw -R OUTPUT 1 -m pkttype --pkt-type multicast -m physdev --physdev-in veth0 -j MARK --or-mark 0x8
ip6tables -t security -I FORWARD 3 -m iprange --src-range 2001:db8::1-2001:db8::9 -m comment --comment "a/b:c -> 10.0.0.1:80" -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t raw -Z OUTPUT
ip6tables -t mangle -X
iptables -t filter -A OUTPUT
iptables -t nat -A OUTPUT -s 198.158.67.108/32 ! -p udp -m connmark ! --mark 5/0xff -j MARK --and-mark 0xff
iptables -t nat -I INPUT -s 192.126.233.223 -d 127.176.26.191 -j MARK --xor-mark 0x3
iptables -t filter -F
iptables -t nat -N LOGDROP
iptables -t mangle -A INPUT -m length --length 1500 -m physdev ! --physdev-is-in -j CONNMARK --set-mark 0x2
iptables -t filter -C OUTPUT -p all -m conntrack --ctstate INVALID -j CONNMARK --set-mark 0x2
iptables-save -c
ip6tables-save
iptables -t filter -A OUTPUT -d 172.154.166.187/0 -p udp -j TRACE
iptables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [7:730]
:DOCKER - [0:0]
-A DOCKER -p icmp -m pkttype --pkt-type broadcast -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables -t nat -I OUTPUT 3 -s 127.248.111.252 -p all -j DNAT --to-destination 172.17.0.2
iptables -A OUTPUT -s 172.55.240.192/32 -d 198.1.221.160/30 -p tcp -m statistic --mode random --probability 0.5 -m conntrack --ctstate RELATED,ESTABLISHED -j RETURN
iptables -t security -A OUTPUT -p 47 -j DROP
iptables -A OUTPUT -p udp -j MARK --set-xmark 0x4000/0x4000
iptables -t filter -N KUBE-SEP-XYZ
iptables -t nat -A OUTPUT -s 192.121.210.1/30 ! -d 198.31.243.5/8 -p sctp -j CONNMARK --save-mark
iptables -t raw -L PREROUTING
ip6tables -t security -X
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [5:3]
:KUBE-SERVICES - [0:0]
-A PREROUTING -s fe80::1 -i eth0 -p 47 -j CT --zone 3
COMMIT
EOF
ip6tables -t nat -F
ip6tables -t mangle -I PREROUTING -s 2001:db8::/127 -d 2001:db8:: -p tcp -m conntrack --ctstate RELATED,ESTABLISHED -j TCPMSS --set-mss 1400
ip6tables -t filter -X
iptables -t security -Z OUTPUT
iptables-save -t filter
iptables -t mangle -A INPUT -s 172.161.50.152 -p tcp ! --syn -m state --state ESTABLISHED,RELATED --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
iptables -X
iptables -C OUTPUT -p all -m owner --uid-owner 65534 -m owner --uid-owner 0
iptables -A KUBE-SEP-XYZ -p tcp -j NFLOG --nflog-group 3 --nflog-prefix p
iptables-restore --noflush <<'EOF'
*raw
:DOCKER - [0:0]
[4:471] -A OUTPUT ! -d 127.112.138.238/0 -p tcp -m length ! --length 0:64 --sport 65535 -j MARK --set-mark 0x1
[4:153] -A PREROUTING -s 198.8.205.178/16 -p tcp -m mac --mac-source 02:00:00:00:00:58 -m statistic --mode random --probability 0.1 -j DROP
-A OUTPUT -s 198.214.190.189/0 -p 47 -j ACCEPT
COMMIT
EOF
ip6tables -N LOGDROP
ip6tables -t filter -A OUTPUT -p all -m comment --comment x_y-z -j TRACE
ip6tables -t filter -A OUTPUT -d fd00::/48 -p ipv6-icmp -m statistic --mode nth --every 3 --packet 1 --icmpv6-type 128 -j TRACE
ip6tables -t filter -A LOGDROP -d 2001:db8:1::1 -o eth1 -j CONNMARK --set-mark 0x2
iptables-save
iptables -t raw -D DOCKER -p sctp -j TRACE
iptables -t raw -L OUTPUT
iptables-save
ip6tables -A LOGDROP -s fd00::/16 -p ipv6-icmp -m addrtype --src-type UNICAST -m conntrack --ctstate INVALID -j TRACE
ip6tables -t raw -A OUTPUT -p udp -j MARK --and-mark 0xff
ip6tables -t nat -L -n -v
ip6tables -t mangle -D FORWARD ! -i veth+ -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode nth --every 10 --packet 1 -j LOG
ip6tables -t filter -A FORWARD -d ::1/32 -i eth0 ! -o docker0 -p sctp -m mac ! --mac-source 02:00:00:00:00:52 -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -D LOGDROP -p tcp -g LOGDROP
ip6tables -t filter -L -n -v
ip6tables -C FORWARD -p ipv6-icmp -m statistic --mode random --probability 0.33333333349 -m addrtype --dst-type MULTICAST -j LOGDROP
ip6tables-save
iptables -L
iptables -t raw -A OUTPUT -m limit --limit 1/hour --limit-burst 5 -m iprange --dst-range 10.0.0.1-10.0.0.40 -j CT --zone-orig 2
iptables -A KUBE-SEP-XYZ -p all -m addrtype --dst-type MULTICAST -j LOG
iptables -F KUBE-SEP-XYZ
iptables -L -v
iptables -X KUBE-SEP-XYZ
iptables -t raw -I DOCKER -d 198.217.212.80 -m addrtype --src-type UNICAST -j LOG --log-level info
iptables -t filter -P FORWARD DROP
ip6tables -A FORWARD -s 2001:db8::/64 -i eth0 -p sctp -m hl --hl-gt 35 -j DROP
ip6tables -t filter -L -n --line-numbers
ip6tables -t filter -D FORWARD -s 2001:db8:1::1 -d fd00:a:b:: -p udp -j ACCEPT
ip6tables -N f2b-sshd
ip6tables -t security -A INPUT -p udp -m statistic --mode nth --every 10 --packet 0 -m statistic --mode nth --every 10 --packet 0 -j TRACE
iptables-save
ip6tables-save

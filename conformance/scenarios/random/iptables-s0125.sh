# Random iptables/ip6tables rule set, seed 125 (conformance/generators/iptables.ts)
ip6tables -t security -I FORWARD ! -s ::1 ! -d fe80::1/64 -p ipv6-icmp -m mark --mark 0xffffffff -j NFLOG --nflog-group 4
ip6tables -t nat -L -v -Z
ip6tables -t filter -L -x -v -n
ip6tables -t mangle -I PREROUTING 2 -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9
iptables -t mangle -I PREROUTING 4 -p 47 -j CONNMARK --save-mark
iptables -t nat -F
iptables -t nat -X INPUT
iptables-save -c
iptables-save
iptables -t nat -A INPUT -s 192.236.194.12/24 -p all -m connmark --mark 5/0xff -j TRACE
iptables -t nat -D INPUT 4
ip6tables -A OUTPUT -p tcp -m tcp ! --dport 0:9000 -j RETURN
ip6tables-restore <<'EOF'
*mangle
:DOCKER - [0:0]
[1:257] -A POSTROUTING ! -d fd00:a:b::/48 -p tcp -m multiport --dports 80,443 -j NFLOG --nflog-group 2
-A POSTROUTING -j RETURN
-A PREROUTING -s ::1/16 -p 47 -m statistic --mode nth --every 2 --packet 0 -g DOCKER
-A OUTPUT -d 2001:db8:: -p ipv6-icmp -m addrtype --src-type LOCAL -m limit --limit 3/s -j DROP
COMMIT
EOF
ip6tables -t filter -S FORWARD 2
ip6tables -t raw -A PREROUTING -p 47 -m hl --hl-eq 234 -m connmark --mark 5/0xff -j RETURN
iptables -t filter -A INPUT -p icmp -m statistic --mode nth --every 3 --packet 1 -m state --state ESTABLISHED,RELATED -j ACCEPT
iptables -t filter -Z OUTPUT
iptables -t filter -v -F OUTPUT
iptables -A FORWARD -d 172.16.146.28/16 ! -i lo -j TRACE
iptables -t filter -F
iptables -t raw -S
iptables -I FORWARD 4 -p tcp
iptables -w 1 --append FORWARD ! -s 172.207.16.175/12 -p tcp -j MARK --set-mark 5/0xff
iptables -t raw -A PREROUTING -m connmark --mark 5/0xff -j RETURN
ip6tables -A OUTPUT -p sctp -m addrtype --src-type LOCAL -m statistic --mode nth --every 3 --packet 1 -j LOG --log-prefix "IN: "
ip6tables -t nat -D PREROUTING 2
ip6tables -I OUTPUT 2 -o cni0 -m addrtype --dst-type UNICAST -j RETURN
ip6tables -D INPUT -s ::1 -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -j DROP
ip6tables -t filter -P FOO DROP
ip6tables -t filter -A OUTPUT -s ::1/128 -p ipv6-icmp -m statistic --mode nth --every 3 --packet 1 -j DROP
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [7:862]
:RCHAIN - [0:0]
-A INPUT -i eth0 -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
-A RCHAIN -p tcp -m multiport ! --dports http,https -j LOG --log-level info
-A PREROUTING ! -d 2001:db8::/127 -i br0 -p udp -m pkttype ! --pkt-type broadcast -j DOCKER
COMMIT
EOF
ip6tables -A INPUT -d 2001:db8:1::1 -p sctp -m statistic --mode nth --every 2 --packet 0 -m statistic --mode random --probability 0.5 -j RETURN
ip6tables -t filter -A INPUT -d fe80::1/32 -p tcp -j NFLOG --nflog-group 0 --nflog-prefix p
ip6tables -S INPUT 3
ip6tables -t nat -A INPUT -s fd00:a:b::/128 -i docker0 -p ipv6-icmp -j DROP
ip6tables -t mangle -A OUTPUT -s 2001:db8::/128 -d fd00::/128 -o eth+ -p ipv6-icmp -j HL --hl-inc 2
ip6tables -t filter -L NOPE
ip6tables -t filter -A INPUT -d fe80::1/48 -i veth+ -p sctp -m statistic --mode nth --every 2 --packet 1 -j LOG --log-prefix "IN: "
ip6tables -t filter --list FORWARD --numeric --line-numbers
ip6tables -t filter --list FORWARD --numeric --line-numbers
ip6tables -A FORWARD ! -s ::1/16 -i br0 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -m mark ! --mark 0x10/0xf0 -j LOG --log-level 7
ip6tables -A FORWARD -d fd00::/16 -i lo
iptables -Z
iptables -t filter -N DOCKER-USER
iptables -w 1 --append OUTPUT -p icmp -m addrtype --dst-type UNICAST -m addrtype --dst-type BROADCAST -j CONNMARK --save-mark
ip6tables -t raw -w 1 --append PREROUTING -p sctp -m length --length 0:64 -j NFLOG --nflog-group 2
ip6tables -A OUTPUT ! -s 2001:db8::/127 -m iprange --src-range 2001:db8::1-2001:db8::9 -j MARK --set-mark 5/0xff
ip6tables -t mangle -w 1 --append POSTROUTING ! -s fd00:: -o eth+ -p tcp -m addrtype --dst-type MULTICAST -j LOG
ip6tables -t security -A FORWARD -i docker0 -j TRACE
ip6tables -t filter -Z INPUT
ip6tables -t filter -A INPUT -s 2001:db8::/16 -p all -j CONNMARK --restore-mark --mask 0xff
iptables -A OUTPUT -s 198.186.6.169/8 -j ACCEPT
iptables -S FORWARD 3
ip6tables -t raw -L PREROUTING 2 -n -v
iptables-save -c
iptables -D NOPE 4
ip6tables -t security -L -v -Z
ip6tables -I FORWARD -p 47 -j MARK --xor-mark 0x3
ip6tables -t security -A NOPE -s fd00:a:b:: -m comment --comment x_y-z -m mac --mac-source 02:00:00:00:00:83 -j CONNMARK --save-mark
ip6tables-save
ip6tables -t raw -N DOCKER-USER
iptables -v -F
iptables -t filter -S
iptables -A DOCKER-USER -p all -j REJECT
iptables -t filter -A DOCKER-USER -c 177 61397 ! -s 10.122.9.86/32 -j DROP
iptables -t security -F
iptables -t raw -N KUBE-SEP-XYZ
ip6tables -t security -C INPUT -d fd00::/64 -p sctp
iptables-save
iptables -t security -X INPUT
iptables-save
ip6tables-save

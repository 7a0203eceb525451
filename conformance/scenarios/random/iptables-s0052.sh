# Random iptables/ip6tables rule set, seed 52 (conformance/generators/iptables.ts)
iptables-save -c
iptables -t filter -F
iptables -t nat -L -n --line-numbers
iptables -A FORWARD ! -s 172.32.106.25 -i lo -o docker0 -p udp -j LOG
ip6tables -A OUTPUT -s fd00:: -p tcp --syn -m multiport --ports 53 -j MARK --or-mark 0x8
ip6tables -X
ip6tables -L
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [5:444]
:RCHAIN - [0:0]
-A PREROUTING -p udp -m mark --mark 0xffffffff -m length ! --length 1500 -j RCHAIN
-A OUTPUT ! -s fe80::1/127 -p udp -j ACCEPT
COMMIT
EOF
ip6tables -t raw -N KUBE-SERVICES
ip6tables -t security -L
ip6tables -A FORWARD -s 2001:db8:: -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG --log-level 4
ip6tables -D FORWARD 4
ip6tables -t filter -A OUTPUT -m owner --uid-owner 65534 -j CONNMARK --set-mark 0x2
ip6tables -A OUTPUT -m addrtype --src-type UNICAST -j TRACE
iptables -t raw -A PREROUTING -s 172.87.202.42/30 -i lo -p udp -m addrtype --src-type UNICAST -j MARK --xor-mark 0x3
ip6tables -t nat -C INPUT -p tcp -j MARK --set-mark 5/0xff
iptables -t mangle -F
iptables -t raw -D PREROUTING -j NOTRACK
ip6tables -t security -A INPUT -s 2001:db8:1::1/127 ! -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG
ip6tables -A FORWARD -d ::1/64 -p all -m physdev --physdev-in veth0 -m addrtype --dst-type MULTICAST -j CONNMARK --save-mark
iptables -t filter -F
iptables -t raw -R PREROUTING 1 -d 192.231.96.149/0 -p tcp -j CT --zone 3
iptables -t mangle -I FORWARD 3 ! -i br0 -o eth+ -m length --length 1500 -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -I OUTPUT ! -s 2001:db8:: -d fe80::1/127 -p tcp -m physdev ! --physdev-is-in -j ACCEPT
ip6tables -A OUTPUT ! -p tcp -m owner --uid-owner 100-200 -j LOG
ip6tables -t raw -A PREROUTING -s fd00:: -i br0 -p all -g RCHAIN
ip6tables -t nat -R POSTROUTING 1 -s 2001:db8::/128 -d 2001:db8:1::1 -p all -j CONNMARK --save-mark
ip6tables -A FORWARD -i docker0 -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip6tables -N MYCHAIN
ip6tables-save -t mangle
ip6tables -t filter -R INPUT 2 -p 47
ip6tables -X
ip6tables -A MYCHAIN -i eth0 -p all -m limit --limit 1/hour --limit-burst 20 -m statistic --mode nth --every 3 --packet 0 -j MARK --set-mark 0x1
ip6tables -t raw -P OUTPUT DROP
ip6tables -t filter -D OUTPUT -d fd00:a:b:: -m length --length 1500 -m hl --hl-lt 153 -j DROP
iptables -t filter -I FORWARD 1 -s 10.23.208.63/24 -m length --length 100:200 -m statistic --mode nth --every 3 --packet 0 -j CONNMARK --set-mark 0x2
iptables -L -v
iptables -t security -N MYCHAIN
iptables-save -t filter
iptables -D FORWARD -i lo -p sctp -j ACCEPT
iptables -Z
iptables -t security -L -n
iptables -t mangle -A OUTPUT -s 198.238.142.15/0 -d 198.126.93.169/24 -o eth1 -m physdev ! --physdev-is-in -m statistic --mode nth --every 2 --packet 1 -j CONNMARK --restore-mark
iptables -t mangle -A POSTROUTING ! -s 127.43.106.148/32 -p icmp -m pkttype ! --pkt-type unicast -j RETURN
iptables -t filter -L
iptables -A OUTPUT -p udp -m addrtype --src-type LOCAL -m mark --mark 0x4000/0x4000 -j ACCEPT
iptables -A OUTPUT -p sctp -m addrtype --dst-type MULTICAST -m connmark --mark 0x1 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -A INPUT -s 127.208.88.236 ! -i br0 -p tcp --syn -m multiport --sports 53 -j CONNMARK --restore-mark
ip6tables-save
ip6tables -t raw -D OUTPUT -s fd00::/32 -p tcp --tcp-flags ALL ALL -j RETURN
iptables -P INPUT RETURN
iptables -P FORWARD DROP
iptables -A INPUT ! -s 127.37.188.44/0 -m statistic --mode nth --every 10 --packet 0 -m connmark --mark 0x1 -j DROP
iptables -t raw -A PREROUTING -s 172.178.224.130/8 -m length ! --length 1500 -m physdev --physdev-is-bridged -j LOG --log-level 7
iptables -t filter -N KUBE-SERVICES
iptables -X KUBE-SERVICES
iptables -t nat -N KUBE-SERVICES
iptables-restore <<'EOF'
*filter
:INPUT DROP [0:539]
:RCHAIN - [0:0]
[4:271] -A INPUT -d 10.25.108.224 -p udp -j LOG --log-prefix "x y"
-A FORWARD ! -d 172.151.184.240 -o eth1 -p 47 -m state ! --state INVALID -m mac --mac-source 02:00:00:00:00:82 -j RCHAIN
-A INPUT -s 10.46.177.185/30 -d 198.189.117.121 -i lo -m mac --mac-source 02:00:00:00:00:19 -m mark ! --mark 0x4000/0x4000 -j RCHAIN
-A OUTPUT ! -s 172.104.25.174 -m statistic --mode random --probability 0.25000000000 -m statistic --mode random --probability 1
COMMIT
EOF
iptables -t nat -I NOPE 3 -o cni0 -p sctp -m addrtype --dst-type UNICAST -m iprange --dst-range 10.0.0.1-10.0.0.119 -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -A KUBE-SERVICES -j KUBE-SERVICES
iptables-save
ip6tables-save

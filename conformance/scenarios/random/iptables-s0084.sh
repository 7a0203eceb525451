# Random iptables/ip6tables rule set, seed 84 (conformance/generators/iptables.ts)
iptables -A INPUT -p tcp -m limit --limit 3/s --limit-burst 20 -m iprange --dst-range 10.0.0.1-10.0.0.120 -j CONNMARK --restore-mark
ip6tables -t filter -A OUTPUT -d ::1 -m connmark --mark 0x1 -m connmark --mark 0x1
ip6tables -t security -A OUTPUT ! -s fd00:a:b::/48 -d fe80::1 -o docker0 -p all -j ACCEPT
ip6tables -t security -I INPUT -d 2001:db8:1::1/32 -i eth0 -p tcp -j ACCEPT
ip6tables -I FORWARD 2 -p 47 -m conntrack --ctstate UNTRACKED -m hl --hl-gt 32 -j TRACE
ip6tables -t raw -F
ip6tables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [7:547]
:RCHAIN - [0:0]
-A FORWARD -d fe80::1 -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:60 -m mac --mac-source 02:00:00:00:00:16 -j CONNMARK --set-mark 0x2
-A RCHAIN -d fe80::1/127 -o eth1 -p tcp -m addrtype --src-type UNICAST ! --syn -j CONNMARK --set-mark 0x2
COMMIT
EOF
ip6tables -t filter -F
ip6tables -t security -A OUTPUT -p all -m physdev ! --physdev-is-in -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -R FORWARD 3 -s 2001:db8:: -i docker0 -p 47 -m addrtype --dst-type MULTICAST -j REJECT --reject-with tcp-reset
ip6tables -t nat -C POSTROUTING -s 2001:db8:1::1/127 -p 47 -m hl --hl-lt 2 -m pkttype --pkt-type unicast -j TRACE
ip6tables -t security -A OUTPUT ! -s fd00::/48 -p udp -m mark --mark 0x4000/0x4000 -j DROP
ip6tables -t security -L OUTPUT
ip6tables-save
ip6tables -t nat -S -v
iptables-save
iptables -X
iptables -t nat -A OUTPUT ! -d 172.222.97.168/8 -m mark --mark 0xffffffff
iptables -I OUTPUT 4 -p tcp -j ACCEPT
ip6tables -t security -A FORWARD -s 2001:db8::/32 -d fd00::/127 -p ipv6-icmp
ip6tables -D OUTPUT 4
ip6tables -X
ip6tables -F
ip6tables -t security -A OUTPUT -s 2001:db8:1::1 -m pkttype --pkt-type multicast -m addrtype --src-type UNICAST -j RETURN
ip6tables -t mangle -I INPUT 2 -p all -m physdev --physdev-out eth+ -j LOG --log-level crit
ip6tables-restore <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
[1:473] -A OUTPUT -p 47 -j RETURN
-A KUBE-SERVICES -m statistic --mode random --probability 0.33333333349 -j CONNMARK --restore-mark
COMMIT
EOF
ip6tables -t raw -A OUTPUT -p udp -j CT --notrack
ip6tables -t filter -A OUTPUT -d fd00:a:b:: -o eth+ -j DROP
iptables -C NOPE ! -d 172.177.127.165/12 -p udp -m mark --mark 0x4000/0x4000 -j ACCEPT
iptables -t nat -Z
ip6tables -A INPUT -s fe80::1 -d 2001:db8:1::1/64 -p all -j CONNMARK --set-mark 0x2
ip6tables -R OUTPUT 1 -d ::1 -m addrtype --src-type LOCAL -j ACCEPT
iptables -t nat -nvL
iptables -A FORWARD -s 192.66.198.216/8 -m addrtype --src-type LOCAL -j ACCEPT
iptables -F
iptables -t filter -A OUTPUT -d 198.156.111.124 -o eth+ -p 47 -m pkttype --pkt-type unicast -j DROP
iptables -R FORWARD 2 -p 47 -m connmark ! --mark 5/0xff -j MARK --and-mark 0xff
ip6tables -t mangle -A PREROUTING -m iprange --src-range 2001:db8::1-2001:db8::9 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:834]
:DOCKER - [0:0]
-A DOCKER -s 2001:db8::/16 -d 2001:db8::/48 -p all -m statistic --mode random --probability 0.33333333349
COMMIT
EOF
ip6tables -E DOCKER DOCKER-2
ip6tables -t filter -F DOCKER-2
ip6tables -A FORWARD -o eth1 -m state --state NEW -j LOG --log-prefix "x y" --log-level crit
ip6tables -t security -A OUTPUT -p tcp -m tcp --dport 22 -j ACCEPT
iptables -A FORWARD -s 172.78.168.144 -i br0 ! -p tcp -j DROP
iptables -A FORWARD -s 10.107.135.136 -i br0 -m statistic --mode nth --every 3 --packet 1 -j CONNMARK --restore-mark
iptables -t filter -A INPUT -d 127.59.24.70/12 -p icmp -j NFLOG --nflog-group 3
ip6tables -A NOPE ! -i br0 -o eth+ -p 47 -g DOCKER-2
ip6tables -t filter -L OUTPUT
ip6tables -D OUTPUT -s ::1/127 -m connmark ! --mark 5/0xff -m connmark --mark 5/0xff -j LOG
ip6tables -L OUTPUT -n -v --line-numbers
ip6tables -X DOCKER-2
ip6tables -t mangle -C FORWARD -s fd00:a:b:: -o cni0 -p tcp -m length --length 1500 -j MARK --set-mark 0x1
ip6tables -I DOCKER-2 1 -s fd00:: -o eth+ -p all -m hl --hl-lt 219 -j CONNMARK --restore-mark --mask 0xff
ip6tables -Z
ip6tables -t raw -A KUBE-SERVICES -s 2001:db8:1::1/64 -p ipv6-icmp -m length --length 0:64 -j LOG --log-prefix "x y"
ip6tables -A NOPE -d fe80::1 -p tcp -m mark --mark 0xffffffff -j DOCKER-2
ip6tables -F DOCKER-2
ip6tables -t security -A OUTPUT -d ::1/127 -p udp -j TRACE
iptables -t mangle -L PREROUTING
iptables -t filter -A FORWARD -s 127.36.167.148/32 -d 10.77.37.0/32 -p udp -m connmark --mark 0x1 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -L -x -v -n
iptables -t security -D INPUT ! -s 172.52.195.100/16 -d 198.208.165.212/12 -i lo -m connmark --mark 5/0xff -m state --state INVALID -j DROP
iptables -N KUBE-SERVICES
iptables -I FORWARD 2 ! -d 198.204.135.212/12 -j RETURN
iptables -I INPUT 2 ! -p tcp -j SNAT --to-source 10.0.0.1 --random-fully
iptables -A OUTPUT -p tcp -m ttl --ttl-lt 138 -m state --state NEW -g KUBE-SERVICES
iptables -t mangle -A PREROUTING -d 192.28.249.32 -p tcp -m statistic --mode nth --every 3 --packet 1 -m addrtype --src-type LOCAL -j MARK --or-mark 0x8
iptables -A INPUT -p tcp -m physdev --physdev-is-bridged -j KUBE-SERVICES
iptables -N KUBE-SERVICES
iptables -t filter -L -n -v
iptables-save
ip6tables-save

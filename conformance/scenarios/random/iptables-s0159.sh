# Random iptables/ip6tables rule set, seed 159 (conformance/generators/iptables.ts)
iptables -L -v
iptables -t filter -L FORWARD 2 -n -v
iptables -t filter -R INPUT 1 -i br0 -m state --state ESTABLISHED,RELATED -m iprange --dst-range 10.0.0.1-10.0.0.179 -j TRACE
iptables -t filter -S OUTPUT 3
ip6tables -t raw -Z PREROUTING 1
ip6tables -A NOPE -s fd00:a:b:: -d 2001:db8:1::1 -j TRACE
ip6tables -t mangle -A FORWARD ! -s fd00:: -p tcp -m addrtype --dst-type BROADCAST -j TRACE
ip6tables -L INPUT 1 -n -v
ip6tables -t nat -A OUTPUT -p tcp -m pkttype --pkt-type unicast -j DROP
ip6tables -A INPUT -s fe80::1/48 ! -i docker0 -p sctp -m pkttype --pkt-type multicast -m addrtype --src-type LOCAL
ip6tables -L -n --line-numbers
ip6tables -t filter -A FORWARD -s fd00:a:b::/128 -p 47 -j REJECT --reject-with icmp6-port-unreachable
ip6tables -w 1 --append OUTPUT -s fe80::1/16 -p 47 -m limit --limit 1/hour -m state --state INVALID -j CONNMARK --save-mark
ip6tables -t filter -N DOCKER-USER
ip6tables-save
ip6tables -v -I NOPE 2 -s fe80::1/16 -m comment --comment "kubernetes service portals" -j DOCKER-USER
iptables -t security -v -F
iptables -t raw -Z
iptables -t raw -A PREROUTING -c 734 89269 -p tcp -j ACCEPT
iptables -A FORWARD -s 172.50.76.109/8 -d 198.138.88.239 -i veth+ -p tcp -m limit --limit 3/s --limit-burst 5 -m connmark ! --mark 0x1 -j REJECT --reject-with tcp-reset
iptables -I INPUT -s 172.58.237.107 -i docker0 -p tcp -j NFLOG --nflog-group 3
iptables-save
iptables -A FORWARD -d 10.161.157.36/12 -p all -m mac --mac-source 02:00:00:00:00:17 -j MARK --set-xmark 0x4000/0x4000
ip6tables -w 1 --append INPUT -s fe80::1 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 --tcp-flags SYN,RST SYN -j NFLOG --nflog-group 0
ip6tables -C INPUT -p udp -m state --state ESTABLISHED,RELATED -j TRACE
ip6tables -t mangle -R POSTROUTING 3 -s fd00:a:b::/32 -d 2001:db8:1::1 -p ipv6-icmp -m hl --hl-eq 11 -m statistic --mode nth --every 2 --packet 0
ip6tables -I FORWARD -m addrtype --src-type LOCAL -m hl --hl-lt 204 -j TRACE
ip6tables -t nat -A PREROUTING ! -i docker0 -p all -m iprange --src-range 2001:db8::1-2001:db8::9 -j REDIRECT
iptables-restore <<'EOF'
*security
:RCHAIN - [0:0]
-A OUTPUT -i veth+ -p udp -j CONNMARK --save-mark
[4:73] -A OUTPUT -d 198.46.159.230/16 -p tcp --tcp-flags ALL NONE -j TRACE
-A INPUT -d 127.241.54.198/16 -m mac --mac-source 02:00:00:00:00:81 -j DROP
-A INPUT -d 10.179.38.26/24 -p 47 -m limit --limit 10/second -j TRACE
COMMIT
EOF
iptables -t nat -A PREROUTING -p all -j ACCEPT
iptables -t mangle -A OUTPUT -d 198.183.176.238 -o cni0 -p icmp -j CONNMARK --restore-mark
iptables -N DOCKER
iptables -t filter -R DOCKER 1 -d 172.119.247.89/32 -o docker0 -p sctp -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t nat -D INPUT ! -d 172.156.12.62 -i veth+ -p tcp -m mac --mac-source 02:00:00:00:00:87 -m statistic --mode random --probability 1
iptables -A OUTPUT -c 577 42982 -d 10.114.201.168/32 -p icmp -m length ! --length 100:200 -j CONNMARK --set-mark 0x2
iptables -L
iptables-save -c -t filter
iptables -P FORWARD RETURN
iptables -A DOCKER -d 172.42.106.129 -p 47
iptables -t mangle -A FORWARD -c 224 40319 -s 172.166.39.11/8 -d 198.147.159.182 -i veth+ -m conntrack --ctstate RELATED,ESTABLISHED -m limit --limit 5/min -j DSCP --set-dscp 10
ip6tables -I NOPE 3 -s fd00::/128 -p all -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -m addrtype --dst-type MULTICAST -j RETURN
ip6tables -t filter -D FORWARD -p tcp -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -Z FORWARD
ip6tables-save
ip6tables-save -c
ip6tables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [7:809]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s ::1/32 -d 2001:db8:: -p all -j TRACE
-A FORWARD -p ipv6-icmp -j RETURN
COMMIT
EOF
ip6tables -t filter -R OUTPUT 2 -p ipv6-icmp -m statistic --mode random --probability 0.25000000000
iptables --list FORWARD --numeric --line-numbers
iptables -t filter -v -X
iptables-restore --noflush -c <<'EOF'
*security
:INPUT DROP [0:365]
:DOCKER - [0:0]
-A FORWARD -i lo -p udp -m udp --dport 1024 -m multiport ! --dports http,https -j ACCEPT
COMMIT
EOF
iptables -v -I INPUT 1 ! -s 172.218.202.19/16 ! -i br0 -p sctp -m conntrack --ctstate UNTRACKED -j MARK --and-mark 0xff
iptables -t security -v -I OUTPUT 2 -m ttl --ttl-eq 195 -m physdev --physdev-is-bridged -g DOCKER
iptables -t raw -D PREROUTING -p sctp -m mark ! --mark 0xffffffff -j RETURN
ip6tables -D KUBE-SERVICES -d fe80::1/127 -i veth+ -o docker0 -p ipv6-icmp -m hl --hl-gt 141 -j MARK --xor-mark 0x3
iptables -t mangle -A OUTPUT -s 198.151.236.159 -j DSCP --set-dscp-class EF
iptables -t raw -S OUTPUT 1
ip6tables -A KUBE-SERVICES -d fd00::/48 -i br0 -m length --length 0:64 -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
iptables -w 1 --append INPUT -d 172.235.85.1 -i eth0 -p 47 -j TRACE
iptables -t raw -A OUTPUT -d 127.231.183.238 -p all -m addrtype --src-type LOCAL -m owner --uid-owner 100-200 -j RETURN
iptables -D INPUT 2
iptables -t raw -D PREROUTING 2
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A RCHAIN ! -o eth1 -p sctp -m state --state INVALID -m length --length 1500 -j LOG
COMMIT
EOF
iptables -t filter -R RCHAIN 3 -d 127.41.98.252 -p 47 -m statistic --mode nth --every 2 --packet 0 -m addrtype ! --dst-type LOCAL -g RCHAIN
iptables -t nat -A OUTPUT -d 198.9.115.194 -j RETURN
iptables -t mangle -A NOPE -p tcp -m statistic --mode random --probability 0.5 -m mac --mac-source 02:00:00:00:00:63
iptables -t mangle -C NOPE -p tcp -m limit --limit 3/s ! --sport 80 -j DSCP --set-dscp-class EF
iptables -t filter -L -v -Z
iptables-restore <<'EOF'
*filter
:INPUT DROP [5:652]
:RCHAIN - [0:0]
-A RCHAIN -p icmp -m ttl --ttl-gt 104 -j TRACE
-A INPUT -s 127.32.184.62/32 -p udp -j MARK --set-mark 0x1
-A RCHAIN -s 192.159.168.114/16 -d 172.123.212.242/8 -o eth1 -p icmp -j RCHAIN
[0:10] -A RCHAIN -d 198.234.136.115 -p 47 -m pkttype ! --pkt-type unicast -j LOG --log-prefix "drop" --log-level debug
COMMIT
EOF
iptables -t filter -P INPUT RETURN
iptables -t raw -A OUTPUT -s 192.173.223.67/0 -d 192.207.63.76/30 -p tcp -j CT --zone 3
iptables-save
ip6tables-save

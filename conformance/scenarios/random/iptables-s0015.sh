# Random iptables/ip6tables rule set, seed 15 (conformance/generators/iptables.ts)
iptables -A OUTPUT -s 127.79.255.132/12 -p udp -m udp --dport 53:65535 -j TRACE
iptables -t security -A INPUT -d 127.197.29.137/0 -p icmp -m ttl --ttl-eq 115 --icmp-type 8 -j MARK --set-mark 0x1
iptables -t mangle -I POSTROUTING ! -d 198.198.67.98 -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.122 -m limit --limit 5/min --limit-burst 20 -j DROP
ip6tables-save
ip6tables -t filter -A OUTPUT -p tcp -j CT --notrack
iptables -t filter -A FORWARD -d 192.59.212.121 -i br0 -o cni0 -p tcp -m tcp --dport 1024 -j DROP
ip6tables-save
ip6tables-restore --noflush -c <<'EOF'
*filter
:DOCKER - [0:0]
-A OUTPUT -s 2001:db8:1::1/128 -o eth+ -p sctp -m state --state ESTABLISHED,RELATED
[3:189] -A INPUT -d fe80::1/16 -m physdev --physdev-is-bridged -j NFLOG --nflog-group 0
-A INPUT ! -s fd00:a:b:: -d fe80::1 -p tcp -j LOG --log-prefix "drop" --log-level debug
-A OUTPUT -p ipv6-icmp
COMMIT
EOF
ip6tables-save -c
ip6tables -A DOCKER -s ::1/128 -p 47 -m connmark --mark 0x1 -m addrtype --dst-type LOCAL -g DOCKER
ip6tables -E DOCKER DOCKER-2
ip6tables-restore --noflush -c <<'EOF'
*mangle
:RCHAIN - [0:0]
-A PREROUTING -p sctp -m state --state NEW -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j MARK --set-xmark 0x4000/0x4000
[1:18] -A POSTROUTING -j DROP
-A INPUT -s fd00:a:b::/48 -p sctp -j MARK --and-mark 0xff
COMMIT
EOF
ip6tables -A DOCKER-2 -o eth+ -p 47 -m length ! --length 100:200 -j NFLOG --nflog-group 2
ip6tables -t filter -D INPUT -s fe80::1/128 -d 2001:db8:1::1/127 ! -i eth0 -m state --state NEW -m hl --hl-gt 174 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t mangle -C RCHAIN -m statistic --mode random --probability 1 -j REJECT
ip6tables -t mangle -L
iptables -t raw -A OUTPUT -s 198.97.177.21 -o eth+ -p sctp -m connmark --mark 0x1 -m statistic --mode random --probability 0.25000000000 -j LOG
iptables -D FORWARD 1
iptables-save -t security -c
iptables -I OUTPUT -p sctp -m ttl --ttl-gt 137 -m statistic --mode random --probability 1
iptables-save
ip6tables -t filter -I DOCKER-2 -p tcp -m hl --hl-lt 157 -j DOCKER-2
ip6tables -t filter -A OUTPUT -p sctp -m statistic --mode random --probability 0.1 -m connmark --mark 0x1 -j DOCKER-2
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -p icmp --icmp-type time-exceeded -m statistic --mode nth --every 10 --packet 0 -j MARK --and-mark 0xff
COMMIT
EOF
iptables -S OUTPUT
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [7:95]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p sctp -j LOG
-A OUTPUT -s 10.166.4.67 ! -d 172.165.183.67 -o cni0 -p all -m limit --limit 3/s -g KUBE-SERVICES
-A INPUT ! -i eth0 -p all -j MARK --or-mark 0x8
-A OUTPUT -p tcp --tcp-flags SYN,RST SYN -m iprange --dst-range 10.0.0.1-10.0.0.16 -j TRACE
COMMIT
EOF
iptables -t raw -A PREROUTING -d 10.127.62.238/0 -p tcp -m addrtype --src-type UNICAST -j DROP
iptables-save
iptables -t mangle -R INPUT 1 -s 127.72.215.119/0 -d 172.221.130.235 -p udp -m physdev --physdev-in veth0 -m pkttype --pkt-type multicast -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t mangle -F
iptables -A KUBE-SERVICES -i br0 -p sctp -m physdev --physdev-in veth0 -j TRACE
iptables -t raw -I PREROUTING 4 -s 172.135.148.44/0 -p 47 -j CT --zone 3
ip6tables -R INPUT 3 -p ipv6-icmp -j DOCKER-2
ip6tables -t security -A FORWARD -d fe80::1/32 -p sctp -j DROP
ip6tables -t mangle -A FORWARD -s fd00:a:b::/32 -p 47 -j ACCEPT
ip6tables -A OUTPUT ! -s 2001:db8:: -p udp -g DOCKER-2
ip6tables-restore -c <<'EOF'
*mangle
:PREROUTING ACCEPT [7:849]
:DOCKER - [0:0]
[3:275] -A DOCKER -s fe80::1 -d fd00:a:b:: -p udp -m udp --dport 22 --sport 53 -j MARK --set-mark 5/0xff
-A POSTROUTING -p tcp -j MARK --and-mark 0xff
-A POSTROUTING -s fd00::/48 -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG --log-prefix "x y" --log-level 7
COMMIT
EOF
ip6tables -t raw -I OUTPUT -s 2001:db8::/127 -p sctp -m physdev --physdev-is-bridged -m hl --hl-eq 86 -j MARK --and-mark 0xff
ip6tables-save -c
ip6tables -C FORWARD -i eth0 -p sctp -m length --length 1500 -j LOG --log-level debug
ip6tables -t raw -A OUTPUT -p ipv6-icmp -m connmark --mark 0x1 -j DROP
ip6tables -t mangle -D DOCKER 2
ip6tables -t raw -A PREROUTING -p sctp -m pkttype --pkt-type unicast -m addrtype --src-type LOCAL -j NOTRACK
ip6tables -A FORWARD -s 2001:db8:1::1/16 -i docker0 -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m statistic --mode random --probability 0.5 -j CONNMARK --restore-mark --mask 0xff
iptables -t mangle -A POSTROUTING -d 198.24.65.31/12 -p sctp -j DROP
iptables -t nat -A OUTPUT -d 192.154.194.198/32 -p tcp -m connmark --mark 5/0xff -j REDIRECT
ip6tables -A DOCKER-2 -s fd00:a:b::/128 -d fe80::1 -j DOCKER-2
ip6tables -t mangle -C DOCKER -s fe80::1/32 ! -d ::1 -p udp -m mark --mark 0x4000/0x4000 -j LOG --log-level 4
ip6tables -t security -F
ip6tables -t security -C OUTPUT -p tcp -m multiport ! --ports 22,80:90,8080
ip6tables -t nat -P FOO ACCEPT
ip6tables -L -x -v -n
ip6tables -t mangle -A INPUT -p tcp -m tcp ! --dport domain:9000 -j DOCKER
ip6tables -A INPUT -j LOG
ip6tables -t nat -D OUTPUT -p udp -m conntrack --ctstate UNTRACKED -m mark --mark 1 -j DNAT --to-destination '[fd00::3]:8080'
ip6tables -t filter -A DOCKER-2 -p tcp -m state --state ESTABLISHED,RELATED -j CONNMARK --restore-mark --mask 0xff
ip6tables -t mangle -P OUTPUT ACCEPT
ip6tables -I OUTPUT -p 47 -j DOCKER-2
ip6tables -X DOCKER-2
ip6tables -t nat -A PREROUTING -d 2001:db8::/32 -m state --state NEW -j LOG
iptables-save
ip6tables-save

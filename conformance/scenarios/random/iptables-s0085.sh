# Random iptables/ip6tables rule set, seed 85 (conformance/generators/iptables.ts)
iptables -A OUTPUT -o docker0 -p icmp --icmp-type 0 -m addrtype --dst-type UNICAST
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:925]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -p tcp -m statistic --mode nth --every 3 --packet 1 -m statistic --mode random --probability 0.25000000000 -j NFLOG --nflog-group 1
COMMIT
EOF
iptables -t mangle -R INPUT 1 -d 198.35.112.180/16 -i veth+ -p icmp -m pkttype --pkt-type multicast -j MARK --set-mark 0x1
iptables -t filter -L -v
iptables -A OUTPUT -s 192.232.123.23/30 ! -d 192.97.21.249/32 -p icmp -j KUBE-SERVICES
iptables -t mangle -D FORWARD 4
iptables -A OUTPUT -m addrtype ! --dst-type UNICAST -m addrtype --dst-type MULTICAST
iptables -A KUBE-SERVICES -p tcp -m addrtype --dst-type MULTICAST -j KUBE-SERVICES
iptables -C INPUT -d 10.250.88.142/16 -m length --length 0:64 -j MARK --or-mark 0x8
iptables -t raw -A PREROUTING -d 198.222.45.122/0 -p icmp -m iprange --dst-range 10.0.0.1-10.0.0.38 -j MARK --set-xmark 0x4000/0x4000
iptables -D KUBE-SERVICES -s 127.225.122.110/12 -d 172.245.195.157 -p udp -m ttl --ttl-eq 132 -m iprange --dst-range 10.0.0.1-10.0.0.35 -j LOG --log-prefix "x y"
iptables -I FORWARD 2 ! -d 10.198.250.170 -i veth+ -o cni0 -p sctp -m statistic --mode nth --every 3 --packet 0 -j DROP
iptables -t raw -A OUTPUT -s 172.150.54.44 -p sctp -m statistic --mode nth --every 10 --packet 1 -j RETURN
iptables -t nat -I OUTPUT -o cni0 -p sctp
iptables -t security -R FORWARD 2 -d 127.119.173.12/30 -p all -j NFLOG --nflog-group 2
iptables -D FORWARD 4
iptables -E KUBE-SERVICES KUBE-SERVICES-2
iptables -A INPUT -p all -m iprange --dst-range 10.0.0.1-10.0.0.43 -j ACCEPT
iptables -A OUTPUT -s 198.232.238.227 -d 192.83.94.1/0 -m statistic --mode random --probability 0.25000000000 -m statistic --mode random --probability 0.33333333349 -j NFLOG --nflog-group 1
ip6tables -S
ip6tables -N LOGDROP
ip6tables -A OUTPUT -p sctp
ip6tables -A OUTPUT -p udp -g LOGDROP
ip6tables -N KUBE-SERVICES
ip6tables -t security -A FORWARD -s 2001:db8::/128 ! -o eth+ -p sctp -m mark --mark 1 -j RETURN
ip6tables -t mangle -N KUBE-SEP-XYZ
ip6tables -t nat -X
iptables -t filter -nvL
iptables -t nat -N KUBE-SVC-ABC
iptables -t mangle -A POSTROUTING -p udp -j CONNMARK --save-mark
iptables -S -v
iptables -t security -X
iptables-save -c
ip6tables-save
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [6:684]
:KUBE-SERVICES - [0:0]
-A FORWARD -i eth0 -m addrtype --src-type UNICAST -j ACCEPT
-A PREROUTING -p icmp
-A KUBE-SERVICES -s 172.105.16.152/8 -d 10.152.110.23/12 -p 47 -m addrtype --dst-type MULTICAST -g KUBE-SERVICES
COMMIT
EOF
iptables -A KUBE-SERVICES-2 ! -i eth0 -o cni0 -p tcp -m length --length 0:64 -j LOG --log-prefix "drop"
iptables -t filter -L -n -v
ip6tables -t security -L OUTPUT -n -v --line-numbers
ip6tables -t mangle -nvL
ip6tables -t raw -A PREROUTING -p tcp -m addrtype --dst-type BROADCAST -j DROP
ip6tables -t filter -P FORWARD ACCEPT
ip6tables -t nat -D INPUT 4
ip6tables -L -n --line-numbers
ip6tables -t filter -D OUTPUT 4
ip6tables -t security -A OUTPUT -p ipv6-icmp -j TRACE
ip6tables -A OUTPUT -p tcp -j MARK --and-mark 0xff
ip6tables-save
ip6tables -t filter -A LOGDROP -d fd00::/32 -m statistic --mode nth --every 2 --packet 0 -j TRACE
iptables -I KUBE-SERVICES-2 -d 10.153.210.119/24 -p icmp -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -A FORWARD -s 198.228.62.152/24 -d 198.167.11.237 -i eth0 -p sctp -j CT --notrack
iptables -t security -S FORWARD
iptables -t nat -A OUTPUT -p icmp -j KUBE-SVC-ABC
iptables -N KUBE-SEP-XYZ
ip6tables -L -n --line-numbers
ip6tables-save -t nat
ip6tables -t filter -I INPUT -i br0 -p udp -m hl --hl-eq 45 -j MARK --and-mark 0xff
ip6tables -t security -A FORWARD ! -i eth0 -p sctp -m comment --comment docker -j RETURN
ip6tables -R OUTPUT 1 -s fe80::1 -p sctp -j MARK --or-mark 0x8
ip6tables -A OUTPUT -s 2001:db8:: -p udp -m comment --comment "kubernetes service portals" -j ACCEPT
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [2:661]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d ::1/128 -p sctp -j KUBE-SERVICES
-A KUBE-SERVICES -p all -j KUBE-SERVICES
-A FORWARD -p udp -m comment --comment "kubernetes service portals" -m state --state ESTABLISHED,RELATED -j MARK --and-mark 0xff
-A INPUT -s fd00:: -j KUBE-SERVICES
COMMIT
EOF
ip6tables -t filter -A INPUT -d 2001:db8:: -p udp -m physdev ! --physdev-is-in -m iprange --src-range 2001:db8::1-2001:db8::9 -j REJECT --reject-with icmp6-port-unreachable
ip6tables -t filter -A FORWARD -o eth1 -p sctp -m conntrack --ctstate RELATED,ESTABLISHED -m limit --limit 3/s -j REJECT
ip6tables -A NOPE -p tcp -m statistic --mode nth --every 2 --packet 1 -j HL --hl-set 64
ip6tables -D LOGDROP 3
ip6tables -A LOGDROP -d 2001:db8::/128 -p tcp -m pkttype --pkt-type multicast -j CONNMARK --set-mark 0x2
iptables -D KUBE-SERVICES-2 -s 172.208.151.20/32 -d 172.240.34.85/32 -m state --state ESTABLISHED,RELATED -m statistic --mode nth --every 3 --packet 1 -j DROP
iptables -C FORWARD -s 198.187.180.76/30 -j KUBE-SEP-XYZ
iptables -t filter -A FORWARD ! -d 198.184.154.163/8 -p icmp -m mac --mac-source 02:00:00:00:00:11 -m comment --comment "kubernetes service portals" -j CONNMARK --restore-mark --mask 0xff
iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [4:289]
:DOCKER - [0:0]
-A PREROUTING -d 192.74.117.191/8 -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
iptables -t filter -L -n
iptables-save
ip6tables-save

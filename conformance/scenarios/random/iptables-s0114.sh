# Random iptables/ip6tables rule set, seed 114 (conformance/generators/iptables.ts)
iptables -t raw -R OUTPUT 3 -p tcp -m mark --mark 0x4000/0x4000 -m multiport --ports 53 -j LOG
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [2:739]
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 127.152.11.1 -d 127.86.81.155/12 -o docker0 -p all -m physdev --physdev-is-bridged -j CONNMARK --save-mark
-A FORWARD -s 10.203.110.154 -p udp -m state --state INVALID -m mac --mac-source 02:00:00:00:00:25 -j CONNMARK --save-mark
COMMIT
EOF
iptables -t raw -X PREROUTING
iptables -X KUBE-SERVICES
ip6tables -F
ip6tables -t security -v -A FORWARD -s fe80::1/48 -i docker0 -o docker0 -p 47 -j LOG --log-level info
ip6tables -L -v
iptables-save
iptables -t filter -A INPUT -p all -m addrtype --src-type UNICAST -g KUBE-SERVICES
iptables -L -v -Z
iptables -t filter -A OUTPUT -m iprange --dst-range 10.0.0.1-10.0.0.152 -j REJECT
iptables-restore <<'EOF'
*raw
:KUBE-SERVICES - [0:0]
-A OUTPUT -s 10.239.93.106 -o docker0 -p tcp -j ACCEPT
COMMIT
EOF
ip6tables -t mangle -Z FORWARD 3
ip6tables -A FORWARD -s fd00:: -p sctp -m connmark --mark 0x1 -j DROP
ip6tables -R FORWARD 2 -s 2001:db8:1::1/127 ! -d ::1/32 -m addrtype --dst-type MULTICAST -m comment --comment "a/b:c -> 10.0.0.1:80" -j ACCEPT
ip6tables -t raw --list OUTPUT --numeric --line-numbers
ip6tables -t mangle -I INPUT -i br0 -p all -m addrtype --src-type LOCAL -m physdev ! --physdev-is-in
iptables-restore --noflush -c <<'EOF'
*nat
:PREROUTING DROP [5:365]
:RCHAIN - [0:0]
-A POSTROUTING -d 172.214.57.146/30 -m mark --mark 0x4000/0x4000 -m addrtype --dst-type UNICAST -j CONNMARK --restore-mark --mask 0xff
-A RCHAIN -s 198.231.153.229/8 -d 10.230.112.189/16 -j RCHAIN
COMMIT
EOF
iptables -t filter -X KUBE-SERVICES
iptables -t filter -I KUBE-SERVICES -s 192.227.169.161/8 -o eth+ -p tcp -m statistic --mode random --probability 0.25000000000 -j KUBE-SERVICES
iptables -L -n --line-numbers
iptables-save -t filter -c
iptables -t filter -A OUTPUT -p all -j CONNMARK --save-mark
iptables -t mangle -D FORWARD -j LOG
iptables -t raw -A KUBE-SERVICES -m physdev --physdev-out eth+ -m mark --mark 0xffffffff -j NOTRACK
ip6tables -t filter -D FORWARD -d fd00:: -p 47 -m statistic --mode random --probability 0.5 -j MARK --or-mark 0x8
iptables -D FORWARD -s 127.241.173.142 -i br0 -p icmp -j DNAT --to-destination 172.17.0.2
iptables -t security -A INPUT -p tcp --syn -m mark ! --mark 0x10/0xf0 -j RETURN
iptables -L -v -Z
iptables -t filter -I FORWARD 1 -p tcp -j KUBE-SERVICES
iptables -t nat -L -v -Z
iptables -t nat -L POSTROUTING 3 -n -v
iptables-save -c
iptables -t nat -S POSTROUTING 1
iptables -I NOPE 2 ! -s 10.88.82.4 -m comment --comment x_y-z -m ttl --ttl-lt 185 -j MARK --set-mark 5/0xff
iptables -t raw -A OUTPUT -p 47 -m comment --comment x_y-z -j DROP
iptables -A FORWARD ! -s 127.63.21.202/30 -o cni0 -p 47 -j KUBE-SERVICES
iptables -C INPUT -p sctp -j LOG --log-level info
iptables -t security -N f2b-sshd
iptables -Z INPUT 2
iptables -L KUBE-SERVICES 2 -n -v
ip6tables -L -n --line-numbers
ip6tables -A FORWARD -s 2001:db8:1::1/64 -p 47 -j LOG --log-prefix "IN: " --log-level debug
ip6tables -t filter -v -A INPUT -p sctp -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -N KUBE-SEP-XYZ
ip6tables -t filter -S KUBE-SEP-XYZ 1
ip6tables -t mangle -S OUTPUT 1
ip6tables -t mangle -R PREROUTING 3 -s fd00::/48 -d 2001:db8:1::1 ! -i lo -p udp -m connmark --mark 5/0xff -j NOTRACK
ip6tables -D KUBE-SEP-XYZ 3
ip6tables -t security -I FORWARD 3 -s 2001:db8::/64 -d fd00:a:b:: ! -i veth+ -o eth1 -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:62 -m physdev ! --physdev-is-in -j DROP
ip6tables -t raw -A PREROUTING -s fe80::1/48 -d fd00:a:b:: -p all -j DROP
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [1:763]
:RCHAIN - [0:0]
-A INPUT ! -s 2001:db8:1::1/127 -d ::1/128 -m statistic --mode random --probability 0.1 -m statistic --mode nth --every 10 --packet 1 -j TRACE
COMMIT
EOF
ip6tables -t nat -F
ip6tables -L -n
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [1:319]
:RCHAIN - [0:0]
-A INPUT -p tcp -m limit --limit 1/hour -j MARK --and-mark 0xff
[1:257] -A OUTPUT -j RETURN
COMMIT
EOF
ip6tables -v -I RCHAIN 3 ! -i eth0 -p tcp -m pkttype --pkt-type multicast -j DROP
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [0:595]
:KUBE-SERVICES - [0:0]
-A INPUT -d fe80::1 -p udp -j NFLOG --nflog-group 0 --nflog-prefix p
[1:443] -A OUTPUT -o eth1 -p ipv6-icmp -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
COMMIT
EOF
ip6tables -t filter -I FORWARD 3 -d ::1 -p all -m mark --mark 0x10/0xf0 -m statistic --mode nth --every 2 --packet 1 -j LOG --log-level 4
ip6tables -A OUTPUT -p 47 -m pkttype --pkt-type unicast -m statistic --mode random --probability 0.1 -j RCHAIN
ip6tables -L INPUT
ip6tables -t nat -A INPUT -d fe80::1/127 -p udp -m physdev --physdev-is-bridged -j DROP
ip6tables -v -X RCHAIN
iptables -t security -N DOCKER-USER
iptables -t filter -S OUTPUT
iptables -v -I FORWARD 1 -s 192.179.92.50/8 -d 192.249.129.249 -p all -g KUBE-SERVICES
iptables -D INPUT -d 198.189.201.251/24 -p sctp -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -S OUTPUT 2
ip6tables -A FORWARD -o eth1 -p tcp -j TRACE
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t nat -w 1 --append PREROUTING -s 2001:db8::/128 -d 2001:db8:1::1 -p all -m statistic --mode random --probability 0.25000000000 -m hl --hl-gt 97 -j LOG
iptables-save
ip6tables-save

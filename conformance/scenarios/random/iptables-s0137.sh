# Random iptables/ip6tables rule set, seed 137 (conformance/generators/iptables.ts)
ip6tables -t nat -D PREROUTING -p tcp -j MARK --set-mark 0x1
ip6tables-save
ip6tables -I INPUT -s fd00:: -p ipv6-icmp -m addrtype --dst-type LOCAL -j MARK --or-mark 0x8
ip6tables -t raw -L PREROUTING 3 -n -v
ip6tables -t filter -N KUBE-SVC-ABC
ip6tables -t security -P FORWARD DROP
ip6tables -I OUTPUT -p all -m connmark --mark 0x1 -j KUBE-SVC-ABC
ip6tables -nvL
ip6tables -t nat -A OUTPUT ! -d fd00:a:b:: -p tcp -m limit --limit 1/hour --limit-burst 5 -m comment --comment "kubernetes service portals" -j DROP
ip6tables -v -X KUBE-SVC-ABC
ip6tables -t security -A OUTPUT -s 2001:db8:: -d 2001:db8:1::1/64 -m physdev --physdev-is-bridged -j CONNMARK --save-mark
ip6tables -F KUBE-SVC-ABC
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING ACCEPT [3:13]
:KUBE-SERVICES - [0:0]
-A POSTROUTING -p tcp -m conntrack ! --ctstate UNTRACKED -j RETURN
[1:15] -A INPUT -i docker0 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j MARK --set-mark 0x1
-A KUBE-SERVICES ! -i eth0 -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -j DROP
COMMIT
EOF
iptables -A INPUT -s 192.32.49.33/8 -m state --state NEW -m addrtype --src-type LOCAL -j ACCEPT
ip6tables -t raw -Z OUTPUT 1
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [5:110]
:RCHAIN - [0:0]
[4:426] -A OUTPUT -p sctp
-A OUTPUT ! -p tcp -m comment --comment x_y-z -m comment --comment "a/b:c -> 10.0.0.1:80" -j MARK --xor-mark 0x3
COMMIT
EOF
ip6tables -A RCHAIN ! -s fd00:a:b:: -p tcp --syn -m conntrack --ctstate ESTABLISHED,RELATED,DNAT -j RCHAIN
iptables -t raw -A OUTPUT -d 172.242.20.43/0 -o eth1 -p tcp -m ttl --ttl-gt 159 -j TRACE
iptables -t raw -v -I PREROUTING 3 -p sctp -j CT --zone 3
iptables -t filter -N KUBE-SVC-ABC
iptables --list INPUT --numeric --line-numbers
iptables-restore -c <<'EOF'
*filter
:DOCKER - [0:0]
-A OUTPUT -p 47 -m addrtype --dst-type MULTICAST -j CONNMARK --restore-mark --mask 0xff
[0:258] -A INPUT -s 192.108.63.112 ! -d 198.248.204.207 -m pkttype ! --pkt-type unicast -m statistic --mode random --probability 0.25000000000 -j DOCKER
-A INPUT -p 47 -j REJECT
COMMIT
EOF
iptables -t security -I FORWARD 3 -s 10.123.242.41/16 -p tcp -m statistic --mode nth --every 10 --packet 1 -j ACCEPT
ip6tables -S FORWARD
iptables -t filter -v -F FORWARD
iptables -v -X DOCKER
ip6tables -t mangle -w 1 --append NOPE -o docker0 -p tcp -m statistic --mode nth --every 10 --packet 0 -j ACCEPT
ip6tables -A OUTPUT -o cni0 -p udp -j NFLOG --nflog-group 3 --nflog-prefix p
ip6tables -t filter -L -n -v
ip6tables -v -F FORWARD
ip6tables -t security -F
ip6tables-restore <<'EOF'
*security
:INPUT DROP [3:277]
:RCHAIN - [0:0]
-A FORWARD -s ::1/128 -p tcp -j TCPMSS --set-mss 1400
-A RCHAIN -s fd00::/48 -o cni0 -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m mac --mac-source 02:00:00:00:00:34 -j LOG --log-prefix "IN: " --log-level debug
-A OUTPUT -p ipv6-icmp -m length --length 100:200 -m physdev --physdev-is-bridged -j TRACE
-A OUTPUT -s fd00:: -p tcp -j CONNMARK --restore-mark
COMMIT
EOF
ip6tables -t filter -A FORWARD -s 2001:db8::/128 -p udp -m state --state ESTABLISHED,RELATED -m comment --comment "a/b:c -> 10.0.0.1:80" -j RCHAIN
ip6tables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [4:37]
:RCHAIN - [0:0]
-A INPUT -p sctp -m length --length 1500 -j DNAT --to-destination fd00::2
COMMIT
EOF
iptables-save -c -t raw
iptables-save -c -t raw
iptables -t raw -v -F PREROUTING
iptables -L -v -Z
iptables -t mangle -D INPUT -i docker0 -p icmp -m ttl --ttl-eq 49 -m statistic --mode nth --every 3 --packet 0 -j TTL --ttl-inc 2
iptables -A INPUT -d 127.91.234.103 ! -i veth+ -p all -m state ! --state INVALID -j DOCKER
iptables -t mangle -C PREROUTING -s 198.101.240.205/8 -p sctp -m addrtype --dst-type LOCAL -j CONNMARK --restore-mark --mask 0xff
ip6tables -t nat -L -v -Z
iptables -t nat -A OUTPUT -m pkttype --pkt-type multicast -j MARK --set-mark 0x1
iptables -t nat -I PREROUTING 2 -d 10.225.98.83 -p tcp -m conntrack ! --ctstate INVALID -m iprange --dst-range 10.0.0.1-10.0.0.121 -j DNAT --to-destination 192.0.2.1-192.0.2.9
iptables -t nat -A OUTPUT -s 172.101.183.172/24 -d 198.150.92.253/0 -p udp -m connmark --mark 0x1 -m length --length 0:64 -j NFLOG --nflog-group 1
ip6tables -A FORWARD -d ::1 -i eth0 -p 47 -j REJECT --reject-with tcp-reset
ip6tables -v -F FORWARD
ip6tables -t raw -D PREROUTING 4
ip6tables -t filter -N MYCHAIN
ip6tables -t security -A RCHAIN ! -d fd00:a:b::/48 -i br0 -p ipv6-icmp -j RCHAIN
ip6tables -A FORWARD -s 2001:db8:: -d fe80::1/64 -g MYCHAIN
ip6tables -t filter -A FORWARD ! -i docker0 -o docker0 -p all -m state --state NEW -m hl --hl-gt 33 -j DROP
ip6tables -A INPUT -s 2001:db8:1::1 -m length ! --length 0:64 -m connmark --mark 5/0xff -j MARK --set-mark 5/0xff
ip6tables -A FORWARD -i lo ! -o eth+ -p all -j LOG --log-prefix "drop" --log-level info
ip6tables -t mangle -v -I OUTPUT 1 ! -d fd00:: -p sctp -m physdev --physdev-is-bridged -m state --state INVALID -j HL --hl-inc 2
iptables -t security -L INPUT 1 -n -v
iptables -t mangle -X INPUT
iptables -t filter -C DOCKER ! -d 127.131.74.65 -p sctp -m statistic --mode nth --every 3 --packet 0 -m mark --mark 1 -j CONNMARK --save-mark
iptables -P OUTPUT DROP
ip6tables -t nat -X OUTPUT
ip6tables -A OUTPUT ! -s fd00:a:b::/64 -o eth+ -p tcp -m physdev --physdev-out eth+ -m comment --comment "kubernetes service portals" -j REJECT --reject-with icmp6-no-route
ip6tables -t security -S INPUT 1
iptables-restore <<'EOF'
*mangle
:PREROUTING ACCEPT [6:389]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p all -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m state --state INVALID -j TRACE
-A PREROUTING -p tcp -m physdev --physdev-in veth0 -m limit --limit 3/s --limit-burst 20 -g KUBE-SERVICES
-A POSTROUTING -s 127.42.206.65 -o eth1 -p tcp -m state --state ESTABLISHED,RELATED -m owner --uid-owner 0 -j KUBE-SERVICES
COMMIT
EOF
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [2:531]
:RCHAIN - [0:0]
[2:376] -A OUTPUT -s 192.2.122.23/24 -p 47 -m comment --comment x_y-z -j NFLOG --nflog-group 3 --nflog-prefix p
-A RCHAIN -p tcp -m statistic --mode nth --every 3 --packet 1 -m multiport --ports http,https -j MARK --set-mark 0x1
-A OUTPUT -s 192.231.4.6 -o eth1 -p tcp -m limit --limit 5/min
[2:218] -A INPUT -s 10.220.243.84/0 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.124 -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
iptables -t security -S
iptables -L -n -v
iptables -v -I RCHAIN 2 -s 127.77.250.191 -i veth+ -o eth+ -p sctp -m physdev ! --physdev-is-in -m comment --comment x_y-z -j TRACE
iptables-restore <<'EOF'
*raw
:PREROUTING ACCEPT [6:311]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -s 192.51.45.207/0 -i veth+ -p tcp --syn -m ttl --ttl-lt 31 -j RETURN
-A OUTPUT -s 10.242.75.114/24 -p sctp -j CT --notrack
[1:488] -A OUTPUT -d 10.232.216.115/0 -p tcp -m state --state INVALID -m statistic --mode random --probability 1
COMMIT
EOF
iptables -X
iptables-save -c
iptables-save
ip6tables-save

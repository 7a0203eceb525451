# Random iptables/ip6tables rule set, seed 13 (conformance/generators/iptables.ts)
iptables -t nat -C INPUT ! -d 127.217.135.68/16 ! -i docker0 -m ttl --ttl-lt 238 -m ttl --ttl-gt 119 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables-restore --noflush <<'EOF'
*raw
:PREROUTING DROP [0:24]
:KUBE-SERVICES - [0:0]
[2:53] -A OUTPUT -p icmp -j NOTRACK
[1:467] -A KUBE-SERVICES -j CT --zone 3
-A KUBE-SERVICES -s 172.157.95.152 -m physdev --physdev-out eth+
-A KUBE-SERVICES -p tcp ! --sport http -j LOG
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [8:311]
:DOCKER - [0:0]
-A POSTROUTING ! -s 127.157.144.158/0 -p icmp -m physdev --physdev-in veth0 -j DROP
-A INPUT -p sctp -j CONNMARK --save-mark
-A POSTROUTING -s 127.98.49.137/30 -p icmp -m statistic --mode random --probability 0.1 -j LOG
-A OUTPUT -p 47 -m length ! --length 0:64 -j DNAT --to-destination 10.0.0.1
COMMIT
EOF
iptables -t filter -D OUTPUT 4
iptables -t security -D OUTPUT -p all
iptables-save
iptables -t mangle -A OUTPUT -s 10.147.57.126/30 ! -d 198.52.45.220/32 -p tcp -j RETURN
iptables -N MYCHAIN
iptables -t raw -A KUBE-SERVICES -s 172.190.116.236/0 -d 172.142.246.160 -p all -m ttl --ttl-eq 219 -j LOG --log-prefix "IN: "
iptables-save
iptables -t filter -A FORWARD -p icmp -m physdev --physdev-in veth0 -m mark --mark 0xffffffff -j LOG --log-prefix "drop" --log-level debug
iptables -t nat -C NOPE ! -d 172.83.90.106/30 -p tcp
iptables -t nat -A POSTROUTING -s 127.245.242.50 -d 10.250.50.56/30 -o eth1 -p sctp -j MARK --xor-mark 0x3
iptables -t filter -I INPUT 3 -i veth+ -j LOG --log-prefix "x y"
iptables -Z
iptables -L -n
iptables -D MYCHAIN -p sctp -m physdev --physdev-is-bridged -g MYCHAIN
iptables -t mangle -X
ip6tables -L -v
ip6tables -t mangle -D PREROUTING ! -i veth+ -j CONNMARK --restore-mark --mask 0xff
ip6tables -I INPUT 4 ! -d fd00:a:b::/48 -p ipv6-icmp -m physdev --physdev-in veth0
ip6tables -t nat -A OUTPUT -s 2001:db8:: -p ipv6-icmp -m comment --comment x_y-z -m limit --limit 10/second --limit-burst 1 -j DNAT --to-destination fd00::3
ip6tables -L -n -v
ip6tables -A FORWARD ! -s fe80::1 -i docker0 -p udp -m length --length 1500 -j NFLOG --nflog-group 0
ip6tables -t raw -F
ip6tables -C INPUT -m iprange --src-range 2001:db8::1-2001:db8::9 -m hl --hl-gt 184 -j LOG --log-prefix "IN: "
ip6tables -D OUTPUT -p all -m length --length 0:64 -m iprange --src-range 2001:db8::1-2001:db8::9 -j REJECT --reject-with icmp6-port-unreachable
ip6tables-restore --noflush <<'EOF'
*nat
:RCHAIN - [0:0]
-A PREROUTING -p all -m addrtype --dst-type MULTICAST
COMMIT
EOF
ip6tables -A NOPE -s fd00:a:b::/48 ! -d fd00:a:b:: -i lo -p ipv6-icmp -j REJECT --reject-with icmp6-port-unreachable
ip6tables -A INPUT -p 47 -m addrtype --dst-type BROADCAST -m conntrack --ctstate INVALID -j REJECT
ip6tables -A INPUT ! -s fd00:a:b::/64 -d ::1 -m mark ! --mark 0x10/0xf0 -j LOG --log-prefix "IN: "
ip6tables -t filter -X
ip6tables -t filter -A INPUT -d ::1 -p all -j LOG --log-level 4
ip6tables-save -c
iptables -t nat -A PREROUTING -s 10.69.29.247/0 -m ttl --ttl-eq 136 -j RETURN
iptables -I OUTPUT 2 -p sctp -m owner --uid-owner 100-200 -m comment --comment docker -j ACCEPT
iptables -t filter -N KUBE-SERVICES
ip6tables -t raw -A OUTPUT ! -s fd00:: -m limit --limit 1/hour -j LOG
ip6tables -t filter -F
ip6tables -L INPUT -n -v --line-numbers
ip6tables -N LOGDROP
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [5:969]
:KUBE-SERVICES - [0:0]
-A OUTPUT -o eth+ -m owner --uid-owner 65534 -j RETURN
COMMIT
EOF
ip6tables -t security -Z
ip6tables -t nat -D OUTPUT -s fe80::1/128 -d fd00:: -j CONNMARK --set-mark 0x2
ip6tables -A INPUT -m addrtype --src-type UNICAST -g KUBE-SERVICES
ip6tables -N MYCHAIN
iptables-save
iptables -t mangle -X
iptables -t nat -A OUTPUT -j REJECT --reject-with icmp-admin-prohibited
iptables -L -v
iptables -t mangle -S POSTROUTING
iptables -I MYCHAIN 1 ! -s 127.167.24.22/30 ! -d 192.41.139.0/32 -p udp -m multiport --sports http,https -m udp ! --dport 22 -j REJECT
iptables -L -n --line-numbers
ip6tables -t raw -D PREROUTING 1
ip6tables -S OUTPUT
ip6tables -t filter -A KUBE-SERVICES -s fd00:a:b::/128 ! -d fd00:a:b::/127 -p all -m comment --comment "a/b:c -> 10.0.0.1:80"
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:438]
:DOCKER - [0:0]
-A INPUT -s 2001:db8:: -i br0 -p sctp -m comment --comment "a/b:c -> 10.0.0.1:80" -m physdev --physdev-in veth0
-A FORWARD -s 2001:db8:1::1/16 -d 2001:db8:1::1/16 -m pkttype --pkt-type multicast -j LOG
-A OUTPUT ! -d fe80::1/128 -o eth+ -p sctp -j CONNMARK --restore-mark --mask 0xff
-A DOCKER -d fd00:a:b::/32 -p sctp -m conntrack ! --ctstate ESTABLISHED,RELATED,DNAT -m addrtype --src-type LOCAL -j LOG --log-prefix "drop"
COMMIT
EOF
ip6tables -t filter -C OUTPUT -o eth+ -p tcp -j ACCEPT
iptables -A KUBE-SERVICES -p sctp -m addrtype --dst-type BROADCAST -m addrtype --dst-type UNICAST -j RETURN
iptables -t raw -X KUBE-SERVICES
iptables-save
ip6tables-save

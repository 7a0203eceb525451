# Random iptables/ip6tables rule set, seed 7 (conformance/generators/iptables.ts)
iptables -t mangle -F
iptables -N KUBE-SERVICES
iptables -t mangle -F
iptables -t mangle -C OUTPUT -p all -m addrtype --src-type LOCAL -j RETURN
iptables -I INPUT 4 -i br0 -p tcp -j DROP
iptables -A OUTPUT ! -s 192.46.185.197 -d 127.145.215.165/8 -j TRACE
iptables -t security -A OUTPUT -p udp -j MARK --set-mark 0x1
iptables -t security -A INPUT -d 127.184.16.220 -p 47 -m length --length 100:200 -j DROP
iptables -Z
ip6tables -A FORWARD -p udp -j DROP
ip6tables -D OUTPUT 3
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [8:193]
:DOCKER - [0:0]
-A DOCKER -s 2001:db8:1::1/32 -d 2001:db8::/32 -p sctp
-A OUTPUT -j DOCKER
-A DOCKER -s ::1/48 -o cni0 -p udp -m pkttype ! --pkt-type broadcast -j ACCEPT
COMMIT
EOF
ip6tables -t mangle -F
ip6tables -A INPUT -s fd00::/32 -d fd00:a:b:: -p tcp -m conntrack --ctstate INVALID --sport 65535 -j DROP
ip6tables -R INPUT 1 -s fd00:a:b::/48 -d ::1 -p tcp -m hl --hl-gt 146 -m iprange --src-range 2001:db8::1-2001:db8::9 -g DOCKER
ip6tables -t nat -F
ip6tables -D INPUT 1
ip6tables -A OUTPUT -d ::1/64 -p sctp -m physdev --physdev-is-bridged -m addrtype --dst-type LOCAL -g DOCKER
iptables -t mangle -Z
ip6tables -t nat -A POSTROUTING ! -s fd00:a:b::/127 -p ipv6-icmp -m statistic --mode nth --every 10 --packet 0 -j NFLOG --nflog-group 2
ip6tables -Z OUTPUT
ip6tables -I INPUT -p all -j SNAT --to-source fd00::3
iptables-save -c
iptables -t raw -F
iptables-save -c
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [5:82]
:DOCKER - [0:0]
-A DOCKER -p 47 -m pkttype --pkt-type unicast -j DNAT --to-destination 192.0.2.1-192.0.2.9
-A PREROUTING -s 127.181.180.146 -p all -m owner --uid-owner 65534 -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
iptables -A OUTPUT -d 198.5.218.206
iptables -D FORWARD 2
iptables -A KUBE-SERVICES -i eth0 -o eth+ -p 47 -m mark --mark 0xffffffff -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
iptables-save -t filter -c
iptables -L -n --line-numbers
iptables -t raw -S
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [5:610]
:KUBE-SERVICES - [0:0]
-A FORWARD -p udp -m multiport --dports 22,80:90,8080 -j DROP
-A FORWARD -d 198.223.3.84 -m comment --comment docker -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -L
iptables -t filter -A OUTPUT -s 172.62.82.182/8 -p tcp -m pkttype --pkt-type unicast -j KUBE-SERVICES
iptables-restore --noflush <<'EOF'
*mangle
:RCHAIN - [0:0]
-A PREROUTING -p all -m pkttype --pkt-type multicast -j RCHAIN
-A PREROUTING -p tcp -m connmark --mark 0x1 -m ttl --ttl-lt 8 -g RCHAIN
COMMIT
EOF
iptables -L KUBE-SERVICES -n -v --line-numbers
iptables -t nat -D INPUT -s 127.149.31.83/0 -j DROP
iptables-restore <<'EOF'
*filter
:INPUT DROP [2:53]
:DOCKER - [0:0]
-A FORWARD -i eth0 -o eth1 -m mac --mac-source 02:00:00:00:00:83 -m mac --mac-source 02:00:00:00:00:16
[0:279] -A FORWARD ! -s 172.201.215.167/32 -p udp -j REJECT
-A INPUT -g DOCKER
-A DOCKER -d 198.104.241.83/16 -o cni0 -p sctp -m addrtype --dst-type UNICAST -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t security -A OUTPUT -p all -j LOG --log-prefix "drop"
iptables -A FORWARD -i docker0 -o eth1 -p icmp -m state ! --state INVALID -j TRACE
iptables -t filter -A OUTPUT -s 172.61.120.147/12 -o eth1 -m connmark ! --mark 0x1 -j CONNMARK --restore-mark
iptables -A DOCKER -s 198.132.142.209/0 ! -i eth0 -p tcp -j LOG --log-prefix "x y" --log-level debug
iptables -t raw -N KUBE-SERVICES
iptables -A OUTPUT -s 127.2.108.86/30 -p tcp -j TRACE
iptables -X DOCKER
iptables -t filter -I FORWARD -d 192.47.67.199 -i lo -p tcp -j DOCKER
iptables -E DOCKER DOCKER-2
ip6tables -t nat -F
ip6tables -L -n -v
ip6tables -t raw -A OUTPUT -d 2001:db8::/64 -p all -j NOTRACK
ip6tables-save -t filter
ip6tables -A OUTPUT -p tcp -m iprange ! --src-range 2001:db8::1-2001:db8::9 -m comment --comment x_y-z -j CONNMARK --restore-mark
ip6tables -t security -I OUTPUT 1 -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
ip6tables -t mangle -L -n --line-numbers
ip6tables -t filter -A FORWARD -d fe80::1 -m addrtype --dst-type MULTICAST -j ACCEPT
iptables -t raw -D OUTPUT 2
ip6tables -A DOCKER -o eth1 -p udp -m iprange --src-range 2001:db8::1-2001:db8::9 -m iprange --src-range 2001:db8::1-2001:db8::9 -j RETURN
iptables -L FORWARD
iptables -t filter -S -v
iptables-save
ip6tables-save

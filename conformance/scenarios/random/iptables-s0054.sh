# Random iptables/ip6tables rule set, seed 54 (conformance/generators/iptables.ts)
iptables -t filter -A FORWARD -p icmp -j TRACE
iptables -A FORWARD -o docker0 -p 47 -m mark ! --mark 0x10/0xf0 -m mac --mac-source 02:00:00:00:00:85 -j TRACE
ip6tables -A OUTPUT -o cni0 -p tcp -j REJECT
ip6tables-save -c
ip6tables -t nat -D POSTROUTING 3
ip6tables -Z
ip6tables -t mangle -Z PREROUTING
ip6tables -D OUTPUT -d fd00::/127 -o cni0 -m physdev --physdev-is-bridged -j REJECT --reject-with icmp6-no-route
ip6tables-save -c
ip6tables -t security -L -n
ip6tables -t nat -A POSTROUTING -p tcp -m statistic --mode nth --every 3 --packet 1 -j SNAT --to-source 2001:db8::1
ip6tables -D INPUT 4
iptables -A FORWARD ! -i lo -p icmp -m statistic --mode nth --every 2 --packet 0 -j DROP
ip6tables -t filter -Z
iptables -t raw -F
iptables -t nat -D PREROUTING 4
ip6tables -R OUTPUT 1 -p 47 -m conntrack --ctstate UNTRACKED -m comment --comment "a/b:c -> 10.0.0.1:80" -j REJECT --reject-with icmp6-port-unreachable
ip6tables -X
ip6tables -t security -A FORWARD -s fe80::1 -p ipv6-icmp -m hl --hl-lt 9 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t filter -A INPUT -d 192.169.220.15 -p udp -j DROP
iptables -D INPUT 2
iptables -F
ip6tables-save
ip6tables -t mangle -C PREROUTING -p tcp -j MARK --xor-mark 0x3
ip6tables -t mangle -R INPUT 1 -m connmark --mark 0x1 -m state --state INVALID -j ACCEPT
ip6tables-save -c
ip6tables -t security -A OUTPUT ! -o cni0 -p tcp -m comment --comment docker -j LOG --log-prefix "IN: "
ip6tables -t mangle -R OUTPUT 2 -p tcp
ip6tables-save -c
ip6tables -A FORWARD -s fe80::1 -p tcp -m multiport ! --ports 53 -j NFLOG --nflog-group 2
ip6tables -I FORWARD 1 -o eth1 -m state --state ESTABLISHED,RELATED -m physdev --physdev-is-bridged -j REJECT
ip6tables -t nat -X
ip6tables -A OUTPUT -d ::1/128 -p tcp -j TRACE
ip6tables -S FORWARD
ip6tables -A OUTPUT -d fd00:: -p ipv6-icmp -m owner --uid-owner 100-200 -j DROP
ip6tables -t raw -N MYCHAIN
ip6tables -t mangle -A INPUT ! -s ::1/64 -i lo
ip6tables -t nat -N DOCKER-USER
ip6tables -t nat -N LOGDROP
ip6tables -t raw -A OUTPUT -d 2001:db8::/16 -p sctp -m comment --comment x_y-z -j RETURN
ip6tables -t filter -F
ip6tables -t filter -I INPUT 3 -s 2001:db8:: ! -d fd00:a:b:: -p ipv6-icmp -m comment --comment x_y-z -j MASQUERADE --random-fully
ip6tables -R OUTPUT 2 -d fd00::/48 -p udp -j CONNMARK --restore-mark
ip6tables -t raw -L -x -v -n
ip6tables -N DOCKER-USER
ip6tables -A FORWARD -m addrtype ! --dst-type UNICAST -m statistic --mode random --probability 1
ip6tables -t filter -L FORWARD -n -v --line-numbers
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -d ::1 -p 47 -m mark --mark 0x10/0xf0 -m addrtype --src-type LOCAL -j ACCEPT
-A OUTPUT -j LOG --log-prefix "IN: " --log-level 4
COMMIT
EOF
ip6tables -t security -X
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A FORWARD -p 47 -m limit --limit 10/second --limit-burst 5 -m physdev ! --physdev-is-in -j RETURN
COMMIT
EOF
iptables -t filter -L
iptables -t raw -A PREROUTING -s 198.43.238.24 ! -i br0 -p udp -j NOTRACK
iptables -t raw -F
iptables -t mangle -I PREROUTING 3 -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -m mac ! --mac-source 02:00:00:00:00:68 -j TCPMSS --set-mss 1400
iptables -t raw -A PREROUTING -s 172.1.250.236/16 -d 192.107.247.37 -m ttl --ttl-eq 226 -m state ! --state NEW -j NFLOG --nflog-group 3
iptables -t security -L -n
iptables -A INPUT -d 10.211.144.245/24 -p tcp -m statistic --mode random --probability 0.5 -m addrtype --src-type LOCAL -j REJECT --reject-with icmp-host-prohibited
iptables -A NOPE -d 127.231.41.97/0 ! -o cni0 -p tcp -j RCHAIN
iptables-restore <<'EOF'
*filter
:INPUT DROP [1:6]
:DOCKER - [0:0]
-A FORWARD -d 127.240.206.114/32 -m ttl --ttl-lt 56 -g DOCKER
-A FORWARD -s 198.72.96.72 -i docker0 -p sctp -m statistic --mode random --probability 0.5 -j CONNMARK --set-mark 0x2
-A DOCKER -p all -m addrtype --dst-type MULTICAST -j REJECT --reject-with tcp-reset
COMMIT
EOF
iptables -A INPUT -i docker0 -p all -j CONNMARK --restore-mark
iptables-save
ip6tables-save

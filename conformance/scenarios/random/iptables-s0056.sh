# Random iptables/ip6tables rule set, seed 56 (conformance/generators/iptables.ts)
iptables -R FORWARD 3 -p 47 -j RETURN
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:176]
:RCHAIN - [0:0]
[2:310] -A OUTPUT -p udp -m limit --limit 10/second --limit-burst 5
-A OUTPUT -d 198.177.59.84/8 -p udp -j RETURN
-A FORWARD -d 198.130.216.170/24 -p udp -m mac --mac-source 02:00:00:00:00:35 -j RCHAIN
COMMIT
EOF
iptables -t mangle -D OUTPUT 1
ip6tables -t nat -A PREROUTING -d ::1 -m limit --limit 100/day -m state ! --state NEW
ip6tables -N DOCKER
ip6tables-restore --noflush -c <<'EOF'
*raw
:PREROUTING ACCEPT [2:907]
:RCHAIN - [0:0]
[0:437] -A OUTPUT -m connmark --mark 5/0xff -m connmark --mark 0x1 -j LOG --log-prefix "IN: "
COMMIT
EOF
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [7:153]
:KUBE-SERVICES - [0:0]
[0:226] -A KUBE-SERVICES -d 127.19.7.84/32 -i lo -p udp -m state --state INVALID -j ACCEPT
-A OUTPUT -p sctp -m addrtype --src-type LOCAL -j CONNMARK --set-mark 0x2
-A OUTPUT -o eth+ -j REJECT --reject-with icmp-host-prohibited
COMMIT
EOF
iptables -t raw -L -n
iptables -t mangle -I PREROUTING -p 47 -m statistic --mode random --probability 0.33333333349 -j CONNMARK --restore-mark --mask 0xff
ip6tables -t raw -D PREROUTING 4
ip6tables -t mangle -A PREROUTING -i eth0 -p tcp -m addrtype --dst-type MULTICAST -m mark --mark 0x10/0xf0 -j MARK --xor-mark 0x3
ip6tables -N f2b-sshd
ip6tables -A FORWARD -p all -m addrtype ! --dst-type UNICAST -m pkttype --pkt-type unicast -j MARK --or-mark 0x8
ip6tables -t mangle -A PREROUTING -d fe80::1 -p tcp -j CONNMARK --restore-mark --mask 0xff
ip6tables -t filter -S f2b-sshd
ip6tables -S -v
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [3:487]
:DOCKER - [0:0]
-A OUTPUT -d fe80::1/32 -j DSCP --set-dscp 10
COMMIT
EOF
ip6tables -t raw -P OUTPUT DROP
ip6tables -t filter -I OUTPUT 4 -s fd00::/128 -p sctp -m pkttype --pkt-type broadcast -m hl --hl-eq 185 -j REJECT --reject-with icmp6-no-route
ip6tables -t mangle -Z
ip6tables -t nat -A INPUT -p udp -m physdev --physdev-in veth0
ip6tables -t security -A OUTPUT -m addrtype ! --dst-type BROADCAST -j LOG
ip6tables -t security -F
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [3:142]
:KUBE-SERVICES - [0:0]
-A INPUT -i lo -p tcp -j LOG
COMMIT
EOF
iptables -t security -L -n
iptables -t nat -A INPUT -p 47 -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -A INPUT -s 172.234.168.153 -p icmp -g KUBE-SERVICES
iptables -t mangle -L -n --line-numbers
iptables -t nat -I OUTPUT -s 172.6.29.64/0 -m conntrack --ctstate RELATED,ESTABLISHED -m pkttype --pkt-type unicast -j MARK --or-mark 0x8
iptables -t filter -D FORWARD 4
iptables -t mangle -I INPUT 3 -d 192.95.51.37/8 -p udp -j DSCP --set-dscp 10
iptables -t security -I OUTPUT 2 -s 198.69.206.8/12 -p tcp -j TRACE
iptables -D KUBE-SERVICES 3
iptables -t mangle -D FORWARD -d 172.13.150.15/0 -p udp -m statistic --mode nth --every 2 --packet 0 -j RETURN
iptables -t filter -D OUTPUT 1
iptables -t security -I OUTPUT 1 -s 172.55.91.100/32 -m owner --uid-owner 65534 -j DROP
iptables -t raw -nvL
iptables -t raw -A PREROUTING -p tcp -j CONNMARK --save-mark
iptables-save
iptables -t filter -D INPUT 3
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [0:441]
:RCHAIN - [0:0]
-A FORWARD -o eth+ -p tcp -m statistic --mode random --probability 0.5 -m comment --comment "kubernetes service portals" -j CONNMARK --restore-mark
COMMIT
EOF
iptables -A KUBE-SERVICES -d 192.141.66.236 -o docker0 -p all -m comment --comment docker -m ttl --ttl-lt 102 -j LOG --log-prefix "IN: " --log-level crit
iptables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [5:384]
:KUBE-SERVICES - [0:0]
-A PREROUTING -m statistic --mode nth --every 2 --packet 1 -m mark ! --mark 0xffffffff
COMMIT
EOF
iptables -t raw -I OUTPUT 3 -s 10.193.132.188/30 -p tcp -j CT --zone-orig 2
iptables -L FORWARD
ip6tables -t nat -L -n --line-numbers
ip6tables -t filter -A DOCKER ! -s 2001:db8:: ! -o docker0 -p sctp -m mac --mac-source 02:00:00:00:00:74 -m state --state ESTABLISHED,RELATED -j ACCEPT
ip6tables -X
ip6tables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -p tcp -m tcp ! --dport 53 -m iprange --src-range 2001:db8::1-2001:db8::9 -j REJECT
COMMIT
EOF
iptables -t nat -A OUTPUT -d 10.221.87.10 -p 47 -m statistic --mode nth --every 3 --packet 0 -j DROP
iptables -t raw -C PREROUTING -p udp -m statistic --mode random --probability 1 -j TRACE
iptables -F
iptables -t raw -A PREROUTING ! -i lo -p sctp
iptables -A OUTPUT -o eth1 -p icmp -m ttl --ttl-eq 7 -j NFLOG --nflog-group 3
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
-A INPUT -d 192.171.174.198/24 -i br0 -p tcp --tcp-flags ALL NONE -j RCHAIN
-A OUTPUT -s 198.85.63.49 ! -p tcp -j RETURN
-A INPUT -p sctp -j REJECT
[1:237] -A KUBE-SERVICES -p tcp -j RETURN
COMMIT
EOF
iptables -t filter -A INPUT -p icmp -m mark --mark 0x10/0xf0 -j KUBE-SERVICES
iptables -t raw -X
iptables -t filter -D INPUT -s 198.62.119.162 -i veth+ -j ACCEPT
ip6tables -t security -D OUTPUT 3
ip6tables -A INPUT -p tcp -j KUBE-SERVICES
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 3 (conformance/generators/iptables.ts)
iptables -t raw -S -v
ip6tables -A INPUT -i docker0 -m pkttype --pkt-type multicast -m hl --hl-gt 248 -j LOG
ip6tables -t security -L -n --line-numbers
ip6tables -t nat -N f2b-sshd
ip6tables -A FORWARD ! -s fd00:a:b:: -m limit --limit 10/second -m physdev ! --physdev-is-in -j LOG --log-prefix "drop" --log-level 7
iptables -R OUTPUT 1 ! -s 10.184.136.40/8 -o eth+ -j ACCEPT
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [4:408]
:DOCKER - [0:0]
-A DOCKER ! -s 198.211.24.165/30 -p tcp -j DOCKER
-A FORWARD -p udp -j ACCEPT
[3:30] -A OUTPUT ! -s 10.210.89.1 -p 47 -j DOCKER
-A OUTPUT -m length --length 1500 -j REJECT
COMMIT
EOF
iptables -D FORWARD -p udp -m comment --comment "a/b:c -> 10.0.0.1:80" -j LOG --log-prefix "IN: " --log-level info
iptables -t security -X
iptables -A DOCKER ! -s 172.53.75.30 -p all -m addrtype --src-type UNICAST -m conntrack --ctstate UNTRACKED
iptables -t nat -A OUTPUT -s 192.216.68.16/30 -d 172.227.83.58/30 -j CONNMARK --save-mark
iptables -A OUTPUT -s 198.202.212.217/0 -d 172.246.6.54 ! -p tcp -m owner --uid-owner 65534 -j TRACE
iptables -t filter -A OUTPUT -d 10.113.229.87/12 -j ACCEPT
iptables-save -c
iptables -L INPUT -n -v --line-numbers
iptables -t raw -A OUTPUT -p all -m statistic --mode nth --every 3 --packet 0 -m addrtype ! --dst-type UNICAST -j CT --zone-orig 2
iptables -t filter -F
ip6tables -t filter -A FORWARD -s fd00::/32 -d fd00:a:b:: -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:19 -m length --length 0:64 -j TRACE
ip6tables -t mangle -X
ip6tables -A INPUT -s fd00:a:b::/16 -m iprange --src-range 2001:db8::1-2001:db8::9 -m addrtype --src-type UNICAST -j ACCEPT
ip6tables -t security -A FORWARD -s fd00:a:b::/32 -p tcp
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [2:66]
:KUBE-SERVICES - [0:0]
-A OUTPUT -p all -j CT --zone-orig 2
COMMIT
EOF
ip6tables -A INPUT -i lo -p udp -m length ! --length 0:64 -m state --state INVALID -j NFLOG --nflog-group 3
ip6tables -t nat -D PREROUTING -d fe80::1 -m connmark ! --mark 0x1 -m hl --hl-gt 194 -j LOG --log-prefix "drop"
ip6tables -S
iptables -A INPUT -m iprange --dst-range 10.0.0.1-10.0.0.25
iptables -t nat -A PREROUTING -s 10.251.124.226 -p udp -j ACCEPT
iptables -A INPUT -s 192.5.249.154 -m addrtype --src-type UNICAST -j REJECT
iptables-save
ip6tables -N DOCKER
ip6tables -P INPUT RETURN
ip6tables -t raw -D OUTPUT -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --restore-mark
ip6tables -t raw -F
ip6tables -t security -A OUTPUT -d fd00:a:b::/128 -o cni0 ! -p tcp -m tcp --dport 65535:9000 -m addrtype --dst-type LOCAL -j NFLOG --nflog-group 3
ip6tables -S INPUT
ip6tables -t filter -A INPUT -s fe80::1 -i lo -p tcp --syn -m addrtype --src-type LOCAL -j LOG --log-prefix "drop"
ip6tables -t raw -A OUTPUT -p udp -m limit --limit 3/s --limit-burst 5 --sport 1024 -j MARK --or-mark 0x8
ip6tables -t security -I INPUT 1 -i br0 -p 47 -j DROP
ip6tables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A INPUT ! -d fd00::/16 -m hl --hl-lt 68 -m length --length 100:200 -j LOG --log-prefix "x y"
-A FORWARD -i lo -m limit --limit 3/s -m mark --mark 0x10/0xf0 -j RCHAIN
-A INPUT -i lo -p ipv6-icmp -m physdev --physdev-out eth+ -j ACCEPT
COMMIT
EOF
ip6tables -t nat -A POSTROUTING -s 2001:db8:: -i docker0 -o eth+ -m owner --uid-owner 65534 -m statistic --mode nth --every 10 --packet 1 -j SNAT --to-source fd00::3 --random-fully
ip6tables-save -c
iptables-save
iptables -L
ip6tables -t raw -P PREROUTING RETURN
ip6tables -t filter -C INPUT -s fd00::/64 -d ::1/16 -p 47 -j RCHAIN
ip6tables -t filter -A RCHAIN -p udp -j RCHAIN
ip6tables -t filter -E RCHAIN RCHAIN-2
iptables -A DOCKER -i veth+ -p 47 -j REJECT
ip6tables -A RCHAIN-2 -o cni0 -p 47 -j ACCEPT
ip6tables -t raw -X
ip6tables-restore --noflush <<'EOF'
*raw
:PREROUTING ACCEPT [1:446]
:RCHAIN - [0:0]
-A OUTPUT -p ipv6-icmp -j DROP
COMMIT
EOF
ip6tables -t security -A INPUT -d fe80::1 -m pkttype --pkt-type multicast -j CONNMARK --set-mark 0x2
ip6tables -A OUTPUT -m conntrack --ctstate UNTRACKED -m hl --hl-eq 187 -j RETURN
ip6tables-save -t filter
ip6tables -A INPUT -d ::1 -p tcp -j MARK --and-mark 0xff
ip6tables -L RCHAIN-2 -n -v --line-numbers
ip6tables -A OUTPUT -s ::1 -j RCHAIN-2
ip6tables -t filter -A INPUT -s 2001:db8::/64 -p sctp -m connmark --mark 0x1 -m physdev --physdev-out eth+ -j RETURN
ip6tables -F
ip6tables -t security -A FORWARD -p tcp -m connmark --mark 5/0xff -j NFLOG --nflog-group 0
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 28 (conformance/generators/iptables.ts)
iptables -D FORWARD 2
ip6tables -t raw -A PREROUTING -p tcp -m length --length 0:64 -j ACCEPT
ip6tables-restore <<'EOF'
*raw
:PREROUTING DROP [8:118]
:RCHAIN - [0:0]
-A RCHAIN -i veth+ -p 47 -m comment --comment "kubernetes service portals" -m connmark --mark 5/0xff -j LOG --log-prefix "IN: " --log-level crit
-A OUTPUT -p all -m state --state INVALID -m hl --hl-lt 76 -j NFLOG --nflog-group 3 --nflog-prefix p
-A PREROUTING -p sctp -m state --state INVALID -j RETURN
COMMIT
EOF
ip6tables -A OUTPUT ! -s ::1/32 ! -d fd00:: -o eth+ -p tcp -m statistic --mode random --probability 0.33333333349 -m physdev --physdev-is-bridged -j DROP
ip6tables -t filter -A OUTPUT -s 2001:db8:1::1/127 -o cni0 -p tcp -j REDIRECT --to-ports 1000-2000
ip6tables -A FORWARD -d 2001:db8:1::1/127 -p all -m state --state INVALID -m length --length 1500 -j REJECT
ip6tables -C FORWARD -s fe80::1 -d ::1 ! -i docker0 -o eth1 -m iprange --src-range 2001:db8::1-2001:db8::9 -m statistic --mode random --probability 0.1 -j CT --zone-orig 2
iptables -A INPUT ! -s 127.143.62.129/0 -d 192.207.223.105 -p sctp -m state --state INVALID -j LOG
iptables -t filter -A INPUT -s 198.21.87.32/32 -p all -j LOG
iptables-save
iptables -A OUTPUT ! -o eth+ -p tcp
iptables -I FORWARD 2 -s 172.16.192.77 ! -d 10.81.71.96/32 -p udp -j RETURN
iptables -L -x -v -n
iptables -A INPUT -i docker0 -p all -m mark --mark 0x10/0xf0 -m conntrack --ctstate NEW -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -t raw -A PREROUTING -p 47 -j CONNMARK --restore-mark
iptables -t security -Z
iptables -A OUTPUT -p 47 -m statistic --mode nth --every 2 --packet 1 -j TRACE
ip6tables -L -v
ip6tables -C OUTPUT -d 2001:db8::/64 -p 47 -j LOG --log-prefix "IN: "
ip6tables -D OUTPUT ! -d 2001:db8:1::1/16 -p tcp -j RETURN
ip6tables -X
ip6tables -A INPUT -s fd00:a:b:: -d fd00::/48 -p ipv6-icmp -m mac --mac-source 02:00:00:00:00:66 -m length --length 0:64 -j MARK --set-mark 5/0xff
ip6tables -I OUTPUT -p tcp -m statistic --mode nth --every 2 --packet 1 -m state --state NEW -j MARK --xor-mark 0x3
ip6tables -t raw -A RCHAIN -s fd00:a:b::/128 -d ::1/128 -i docker0 -p sctp -j DROP
ip6tables -D INPUT -i docker0 -p sctp -m comment --comment docker -j MARK --set-mark 5/0xff
ip6tables -S INPUT
ip6tables -t security -I FORWARD 2 -s ::1/16 -p ipv6-icmp -j RETURN
ip6tables -R FORWARD 3 -p tcp -j CONNMARK --save-mark
ip6tables-save -t security
iptables -X
iptables -L -n --line-numbers
iptables -A OUTPUT -p 47 -m state --state INVALID -m statistic --mode random --probability 1 -j CONNMARK --set-mark 0x2
iptables -t nat -I OUTPUT 3 -p tcp -m iprange --dst-range 10.0.0.1-10.0.0.195 -m tcp --dport 80:65535 -j LOG --log-prefix "IN: " --log-level 7
iptables -t mangle -D OUTPUT -p tcp -m addrtype --src-type LOCAL -j RETURN
iptables -I INPUT -p tcp -m mac ! --mac-source 02:00:00:00:00:62 -j REJECT
iptables -A FORWARD ! -o eth1 -p all -j REJECT --reject-with icmp-admin-prohibited
ip6tables -D FORWARD 3
ip6tables -t raw -L -x -v -n
ip6tables-restore -c <<'EOF'
*filter
:INPUT DROP [5:372]
:KUBE-SERVICES - [0:0]
-A OUTPUT ! -d fd00:a:b:: -p all -m hl --hl-lt 161 -j MARK --set-mark 5/0xff
COMMIT
EOF
ip6tables -I INPUT -p tcp -j DROP
iptables -t filter -A OUTPUT ! -d 10.93.233.171 -o cni0 -p tcp -m statistic --mode nth --every 10 --packet 0 -j ACCEPT
iptables -t nat -L OUTPUT -n -v --line-numbers
iptables -I FORWARD 3 -p 47 -j REJECT
ip6tables -I KUBE-SERVICES 4 -p 47 -m statistic --mode random --probability 0.5 -m addrtype --dst-type UNICAST -j ACCEPT
ip6tables-save
ip6tables -C INPUT -d fe80::1/64 -p 47 -j TRACE
ip6tables -t security -D FORWARD 2
iptables -L -n --line-numbers
iptables-restore --noflush <<'EOF'
*filter
:DOCKER - [0:0]
-A DOCKER -s 192.83.207.102 -d 10.85.90.140/0 -m iprange --dst-range 10.0.0.1-10.0.0.38 -j RETURN
COMMIT
EOF
iptables -t filter -I OUTPUT ! -d 127.206.186.141/8 -p 47 -m limit --limit 5/min --limit-burst 1 -m owner --uid-owner 100-200 -j DOCKER
ip6tables -t filter -F
iptables -X DOCKER
ip6tables -t mangle -N DOCKER-USER
ip6tables -A OUTPUT -p 47 -j KUBE-SERVICES
iptables-restore <<'EOF'
*filter
:RCHAIN - [0:0]
-A INPUT -d 172.53.42.75 -j MARK --set-mark 5/0xff
[4:468] -A RCHAIN -d 10.166.83.119 ! -p tcp --tcp-flags FIN,ACK FIN -j RCHAIN
COMMIT
EOF
iptables -t mangle -A OUTPUT ! -s 172.3.182.226/16 -p tcp --syn -m mark --mark 0x10/0xf0
iptables -X
iptables -I FORWARD -d 127.22.119.27 ! -p udp -j RETURN
iptables -E RCHAIN RCHAIN-2
iptables-restore --noflush <<'EOF'
*security
:INPUT DROP [2:806]
:RCHAIN - [0:0]
-A OUTPUT -s 192.145.149.240/8 -p sctp -m physdev --physdev-in veth0 -j DROP
COMMIT
EOF
iptables-save
ip6tables-save

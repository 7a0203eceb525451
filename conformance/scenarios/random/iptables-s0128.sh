# Random iptables/ip6tables rule set, seed 128 (conformance/generators/iptables.ts)
ip6tables -t security -v -I INPUT 2 -s 2001:db8:: -p all -m mark --mark 0xffffffff -m statistic --mode nth --every 3 --packet 1 -j NFLOG --nflog-group 1 --nflog-prefix p
ip6tables -N f2b-sshd
iptables -w 1 --append FORWARD -o eth1 -m connmark ! --mark 5/0xff -j TRACE
iptables -t security -Z OUTPUT
iptables-save -t filter
iptables -t filter -L -n -v
iptables-save
ip6tables -A FORWARD -o docker0 -p tcp -m physdev --physdev-is-bridged -m state --state ESTABLISHED,RELATED -j MARK --set-mark 5/0xff
ip6tables -t nat -F
ip6tables -t filter -X f2b-sshd
ip6tables -t security -A INPUT -p tcp -m iprange --src-range 2001:db8::1-2001:db8::9 -m state --state INVALID -j RETURN
ip6tables-restore --noflush <<'EOF'
*security
:INPUT DROP [4:518]
:DOCKER - [0:0]
-A FORWARD -s fd00:a:b::/16 -i veth+ -o cni0 -p 47 -m hl --hl-eq 171 -j DOCKER
-A FORWARD -o eth1 -j CONNMARK --restore-mark
-A DOCKER -s ::1/32 -d fe80::1 -p ipv6-icmp -j ACCEPT
-A INPUT -m conntrack --ctstate NEW -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
COMMIT
EOF
ip6tables-save
ip6tables -S OUTPUT 1
ip6tables -t mangle -A OUTPUT -p sctp -m conntrack ! --ctstate UNTRACKED -m limit --limit 100/day --limit-burst 20 -j ACCEPT
ip6tables -t raw -L -n --line-numbers
ip6tables -t filter -A INPUT -s fd00::/16 -p sctp -m hl --hl-gt 98 -m statistic --mode nth --every 10 --packet 1 -g f2b-sshd
ip6tables -t raw -N KUBE-SEP-XYZ
ip6tables -N MYCHAIN
ip6tables -t filter -I MYCHAIN 3 -d fe80::1/128 -p tcp -j NFLOG --nflog-group 4
ip6tables -nvL
iptables -F
iptables -t mangle -A PREROUTING -d 10.178.106.122 -i veth+
iptables-save -c -t security
ip6tables -t mangle -D FORWARD -s 2001:db8:1::1/128 -d fd00::/127 -p sctp -m state --state ESTABLISHED,RELATED
ip6tables -Z
ip6tables -A INPUT -d 2001:db8::/48 -i veth+ -j CONNMARK --restore-mark --mask 0xff
ip6tables-save -c
ip6tables-save
iptables -t filter -L -n --line-numbers
iptables -A FORWARD -d 10.55.139.157/30 ! -i veth+ -o eth+ -p tcp -m comment --comment "a/b:c -> 10.0.0.1:80" -m multiport ! --ports 53 -j TRACE
iptables -A INPUT -s 172.29.69.167/12 -d 198.45.51.174 ! -i eth0 -p tcp -m ttl --ttl-lt 190 -j REJECT --reject-with tcp-reset
iptables -A OUTPUT -o eth1 -m limit --limit 1/hour --limit-burst 1 -m mark --mark 0xffffffff -j LOG
iptables -L -v -Z
iptables -t mangle -S PREROUTING 3
ip6tables -A MYCHAIN -d fd00::/64 -p all -m length --length 1500 -m connmark --mark 0x1 -j LOG
ip6tables -w 1 --append INPUT -m iprange --src-range 2001:db8::1-2001:db8::9 -j MYCHAIN
ip6tables-restore <<'EOF'
*raw
:RCHAIN - [0:0]
[2:418] -A RCHAIN -p all -m addrtype --dst-type LOCAL -m mark --mark 1 -j DSCP --set-dscp-class EF
-A PREROUTING -s fd00::/32 -j LOG
-A PREROUTING -d fd00::/48 -i veth+ -p udp
-A PREROUTING -s 2001:db8:1::1 -m mac --mac-source 02:00:00:00:00:47 -m addrtype --src-type UNICAST
COMMIT
EOF
ip6tables -t security -A INPUT -d fd00:a:b:: -m addrtype --src-type UNICAST -m mark --mark 1 -j RETURN
ip6tables -w 1 --append FORWARD -s 2001:db8:1::1/32 -p udp --sport 53 -m mac --mac-source 02:00:00:00:00:83
ip6tables -v -I FORWARD 2 -d fd00:a:b::/128 -p udp -m multiport --sports 80,443 -j NFLOG --nflog-group 1
ip6tables -t nat --list POSTROUTING --numeric --line-numbers
ip6tables-restore <<'EOF'
*filter
:INPUT ACCEPT [6:94]
:DOCKER - [0:0]
-A OUTPUT -o docker0 -p udp -m physdev --physdev-out eth+ -m conntrack ! --ctstate INVALID -j MARK --set-xmark 0x4000/0x4000
[1:199] -A FORWARD ! -d 2001:db8:1::1 -p udp
-A DOCKER -d 2001:db8:: -i veth+ -p 47 -j CONNMARK --save-mark
COMMIT
EOF
ip6tables -t security -Z OUTPUT
ip6tables-save -c
ip6tables -N DOCKER-USER
ip6tables -D DOCKER-USER 1
ip6tables -t filter -N DOCKER
ip6tables -t raw -P OUTPUT ACCEPT
ip6tables -t security -S OUTPUT 1
ip6tables -t security -L DOCKER
ip6tables -t mangle -A NOPE ! -s fd00::/16 -j DSCP --set-dscp 0x2e
iptables-save -t mangle -c
iptables -t filter -A OUTPUT -p tcp -m comment --comment docker -m owner ! --uid-owner 65534 -j TRACE
iptables -L -n
iptables -t raw -S OUTPUT 1
iptables -w 1 --append INPUT -d 192.42.254.181 -p sctp -m mac --mac-source 02:00:00:00:00:48 -j DROP
iptables -t filter -C INPUT -i eth0 -p all -j REJECT
iptables -t security -A FORWARD -d 172.50.195.40/30 -p tcp -m connmark --mark 0x1 -j MARK --and-mark 0xff
iptables -t mangle -D POSTROUTING -d 192.183.93.106 -p tcp -m statistic --mode random --probability 0.33333333349 --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -L
ip6tables -t raw -L -x -v -n
ip6tables-save
ip6tables -t mangle -Z INPUT 3
iptables -I INPUT 1 -d 172.120.46.246 -m statistic --mode nth --every 10 --packet 1 -m comment --comment "kubernetes service portals"
iptables -L -v -Z
iptables -t nat -X
iptables -L -n --line-numbers
ip6tables -t security -D FORWARD 4
ip6tables -t raw -N MYCHAIN
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 97 (conformance/generators/iptables.ts)
iptables -t mangle -I PREROUTING -s 172.168.181.7/8 -d 198.141.152.195 -i eth0 -p sctp -j MARK --and-mark 0xff
iptables -D INPUT -d 10.211.172.181 -p tcp -j REJECT --reject-with icmp-port-unreachable
iptables -F
iptables -t filter -L -n -v
iptables -t filter -A OUTPUT -s 10.32.125.167 ! -o eth+ -p udp -m connmark --mark 0x1 -m comment --comment "a/b:c -> 10.0.0.1:80" -j CONNMARK --set-mark 0x2
iptables -t mangle -A OUTPUT ! -o eth+ -p tcp -j DSCP --set-dscp-class EF
iptables -t mangle -I OUTPUT 4 -d 192.249.246.225 -p udp -m comment --comment x_y-z -m iprange --dst-range 10.0.0.1-10.0.0.104
ip6tables -t raw -A OUTPUT -d fd00::/127 -p sctp -m owner --uid-owner 65534
ip6tables -t nat -F
ip6tables -A INPUT -p tcp -j REJECT --reject-with icmp6-adm-prohibited
iptables -D OUTPUT 4
iptables -t raw -I OUTPUT -p tcp -m conntrack --ctstate INVALID -j CT --zone 3
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [5:421]
:RCHAIN - [0:0]
[4:489] -A OUTPUT -s 172.38.162.53 -d 198.209.13.199/8 -p sctp -m pkttype ! --pkt-type multicast -m state --state INVALID -j DROP
-A OUTPUT -p sctp -m iprange --dst-range 10.0.0.1-10.0.0.88
[0:389] -A INPUT -p tcp -m tcp ! --dport 3000 -m iprange --dst-range 10.0.0.1-10.0.0.100 -j NFLOG --nflog-group 1 --nflog-prefix p
COMMIT
EOF
iptables -Z
iptables-restore --noflush <<'EOF'
*filter
:KUBE-SERVICES - [0:0]
[1:105] -A OUTPUT -p udp -m pkttype --pkt-type unicast -m ttl --ttl-gt 33 -j DROP
-A KUBE-SERVICES ! -d 198.153.222.163 -p udp -m iprange --dst-range 10.0.0.1-10.0.0.27 -m statistic --mode nth --every 3 --packet 0 -j RETURN
-A OUTPUT -m statistic --mode nth --every 3 --packet 0 -j NFLOG --nflog-group 0 --nflog-prefix p
-A INPUT -i docker0 -p tcp -j RCHAIN
COMMIT
EOF
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [5:237]
:RCHAIN - [0:0]
-A OUTPUT -p ipv6-icmp -j NFLOG --nflog-group 2
-A OUTPUT -o cni0 -m hl --hl-lt 60 -j CONNMARK --set-mark 0x2
COMMIT
EOF
iptables -t mangle -R POSTROUTING 3 ! -o eth+ -p 47 -j CONNMARK --restore-mark
iptables -t filter -A INPUT -m mark --mark 0x10/0xf0 -m mac --mac-source 02:00:00:00:00:70 -j RCHAIN
ip6tables -t raw -N LOGDROP
ip6tables -t filter -A OUTPUT -d ::1/128 -p 47 -m addrtype --dst-type MULTICAST -m owner --uid-owner 65534 -j RCHAIN
ip6tables-save
ip6tables -A FORWARD -d ::1/127 -p all -j ACCEPT
ip6tables -A OUTPUT -d 2001:db8::/128 -o docker0 -p tcp -m owner --uid-owner 65534 -j DROP
ip6tables -t mangle -Z
ip6tables -t filter -A OUTPUT -s ::1 -d fd00:a:b::/128 -o eth1 -p udp -m addrtype --dst-type LOCAL -j REJECT --reject-with icmp6-adm-prohibited
ip6tables -D OUTPUT 4
ip6tables -t filter -A FORWARD -d 2001:db8:: -o docker0 -m addrtype --src-type LOCAL -m iprange --src-range 2001:db8::1-2001:db8::9 -j LOG
ip6tables -t filter -D OUTPUT ! -d fe80::1/128 -p all -m addrtype --dst-type UNICAST -m statistic --mode random --probability 0.1 -j MARK --xor-mark 0x3
ip6tables -t filter -Z
ip6tables -t filter -A FORWARD -m limit --limit 10/second -m connmark --mark 5/0xff -j LOG
iptables -t filter -A FORWARD -o docker0 -p 47 -j LOG --log-prefix "drop"
ip6tables -t mangle -A INPUT -d 2001:db8::/127 -i br0 -j MARK --and-mark 0xff
ip6tables -t security -L -x -v -n
ip6tables -D RCHAIN 1
ip6tables -E RCHAIN RCHAIN-2
ip6tables -A INPUT -s fd00:a:b::/48 -d fd00:a:b::/16 -p sctp -m statistic --mode nth --every 2 --packet 1 -j RETURN
ip6tables -t filter -C RCHAIN-2 -j LOG
iptables -t nat -N DOCKER
iptables -t nat -A PREROUTING -d 172.214.155.224 -p all -j REDIRECT
iptables -N DOCKER
ip6tables -A INPUT -p udp -m udp ! --dport 0 -m physdev --physdev-out eth+ -j TRACE
iptables -P INPUT DROP
ip6tables -t security -F
ip6tables -t mangle -P PREROUTING DROP
ip6tables -t mangle -I INPUT 2 ! -i docker0 -p tcp -j ACCEPT
ip6tables -t security -Z
ip6tables -S
ip6tables -t filter -A RCHAIN-2 -i docker0
iptables -t mangle -D PREROUTING 2
ip6tables -t mangle -A PREROUTING -s fe80::1/32 -p tcp -m addrtype --src-type UNICAST -m tcp ! --dport 53:1000 -j DROP
ip6tables -t filter -I FORWARD -s fd00::/127 -o cni0 -m physdev ! --physdev-is-in -m statistic --mode random --probability 1 -j RETURN
ip6tables -t filter -D RCHAIN-2 -d 2001:db8::/64 -p tcp -j CONNMARK --save-mark
ip6tables -t mangle -D FORWARD 4
iptables -t mangle -D OUTPUT 2
ip6tables -L -n -v
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [3:429]
:DOCKER - [0:0]
-A DOCKER -m mark --mark 0xffffffff -m comment --comment x_y-z -j DOCKER
[4:48] -A OUTPUT -d ::1 -p sctp -m comment --comment x_y-z -m statistic --mode random --probability 0.33333333349 -j ACCEPT
COMMIT
EOF
ip6tables -t raw -L -n --line-numbers
ip6tables -t filter -A OUTPUT -s fe80::1 -m comment --comment docker -j DOCKER
iptables -A RCHAIN -m length --length 0:64 -j LOG
iptables -t raw -D PREROUTING 3
iptables -P INPUT DROP
iptables-restore <<'EOF'
*raw
:DOCKER - [0:0]
-A PREROUTING ! -s 192.203.113.154 -p icmp -j ACCEPT
-A PREROUTING -p all -m conntrack --ctstate INVALID -j CT --zone-orig 2
-A PREROUTING -s 127.251.223.241/8 -d 10.238.210.121 -i veth+ -g DOCKER
COMMIT
EOF
iptables -t raw -A OUTPUT ! -s 172.101.53.180 -p all -m physdev --physdev-in veth0 -j NOTRACK
iptables -A DOCKER -s 127.74.168.40/16 -i veth+ -p tcp --tcp-flags ALL ALL -m addrtype ! --dst-type BROADCAST -j CONNMARK --set-mark 0x2
iptables -A RCHAIN -s 198.124.25.223 -i br0 -p tcp -m length --length 100:200 -j MARK --set-xmark 0x4000/0x4000
iptables-save
iptables -t raw -Z DOCKER
iptables-save -t raw
ip6tables -t filter -N DOCKER
ip6tables-save -t raw
iptables-save
ip6tables-save

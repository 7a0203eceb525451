# Random iptables/ip6tables rule set, seed 171 (conformance/generators/iptables.ts)
ip6tables -v -A INPUT -p sctp -j TRACE
ip6tables -t filter -L -v -Z
ip6tables-save -c -t filter
ip6tables -t nat --list POSTROUTING --numeric --line-numbers
ip6tables -t security -C FORWARD ! -d fe80::1/16 -p udp -m length --length 1500 -m hl --hl-gt 197 -j DROP
ip6tables -t nat -L POSTROUTING -n -v --line-numbers
ip6tables -t raw -I PREROUTING -d fe80::1 -i br0 -p sctp -m mac --mac-source 02:00:00:00:00:49 -j RETURN
ip6tables -t mangle -L -x -v -n
iptables-save -c
ip6tables-restore <<'EOF'
*nat
:KUBE-SERVICES - [0:0]
-A POSTROUTING ! -s 2001:db8:1::1 -o cni0 -p 47 -j SNAT --to-source fd00::2
-A PREROUTING -g KUBE-SERVICES
-A KUBE-SERVICES ! -i eth0 -p tcp -m mark --mark 0xffffffff -j ACCEPT
COMMIT
EOF
ip6tables -t nat -X KUBE-SERVICES
ip6tables -t security -A OUTPUT -p tcp -m physdev --physdev-out eth+ -j MARK --set-mark 0x1
ip6tables -D OUTPUT -p all -j NFLOG --nflog-group 3
ip6tables -w 1 --append INPUT -i veth+ -p sctp -m pkttype --pkt-type multicast -m connmark --mark 0x1 -j REJECT --reject-with icmp6-no-route
ip6tables -t mangle -R PREROUTING 3 -p tcp -m addrtype --src-type LOCAL -j DSCP --set-dscp 10
iptables -Z INPUT
iptables -N MYCHAIN
iptables -t security -L -n
ip6tables -t raw -A OUTPUT -p 47 -m length --length 1500 -j NOTRACK
ip6tables -t mangle -A POSTROUTING ! -o cni0 -p tcp -m addrtype --dst-type BROADCAST --syn -j DSCP --set-dscp-class EF
ip6tables -t nat -A POSTROUTING ! -o cni0 -p ipv6-icmp -j DROP
ip6tables -t raw -L -x -v -n
ip6tables -t raw -L -n --line-numbers
ip6tables -S FORWARD 3
ip6tables -t mangle -A FORWARD -d ::1 -p tcp -j MARK --set-mark 0x1
ip6tables -L OUTPUT -n -v --line-numbers
ip6tables-restore <<'EOF'
*security
:INPUT ACCEPT [4:982]
:RCHAIN - [0:0]
-A OUTPUT -p sctp -j CONNMARK --set-mark 0x2
[3:409] -A FORWARD -p udp -j RCHAIN
COMMIT
EOF
ip6tables -t mangle -A INPUT -i lo ! -p udp -j RETURN
ip6tables -A FORWARD ! -s fe80::1 -d 2001:db8:1::1/127 -o cni0 -p sctp -j MARK --and-mark 0xff
ip6tables-restore --noflush <<'EOF'
*nat
:PREROUTING ACCEPT [4:543]
:RCHAIN - [0:0]
-A OUTPUT -s fe80::1/32 -m hl --hl-lt 162 -m comment --comment "kubernetes service portals" -j DROP
COMMIT
EOF
ip6tables-save -c
ip6tables -t filter -I OUTPUT 4 -s ::1 -d 2001:db8::/48 -o eth1 -p tcp -m state --state INVALID -j DROP
ip6tables -t mangle -A PREROUTING -p all -m conntrack --ctstate INVALID -m owner ! --uid-owner 100-200 -j ACCEPT
iptables-save -c -t security
iptables -t security -Z FORWARD
iptables -t security -A INPUT -i docker0 -p all -j ACCEPT
iptables -A INPUT -c 267 16657 ! -s 127.115.237.101/16 -p sctp -m iprange ! --dst-range 10.0.0.1-10.0.0.106 -j NFLOG --nflog-group 4 --nflog-prefix p
iptables -t mangle -A PREROUTING -i docker0 -p sctp -m connmark --mark 5/0xff -m comment --comment docker -j RETURN
iptables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [1:551]
:DOCKER - [0:0]
-A DOCKER -s 172.197.131.51 -o eth1 -p sctp -m state --state ESTABLISHED,RELATED -g DOCKER
COMMIT
EOF
iptables -t raw -v -X
iptables -t security -X FORWARD
iptables -t filter -X DOCKER
ip6tables-save
iptables -t filter -N KUBE-SVC-ABC
ip6tables -S OUTPUT 2
ip6tables -t raw -Z PREROUTING 3
ip6tables -t mangle -P FORWARD ACCEPT
ip6tables -t nat -A PREROUTING -s 2001:db8:1::1 -p ipv6-icmp -j DROP
ip6tables -A INPUT -p sctp -m length --length 0:64 -j NFLOG --nflog-group 2 --nflog-prefix p
ip6tables -t mangle -F
iptables -nvL
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [8:973]
:RCHAIN - [0:0]
-A FORWARD -m ttl --ttl-eq 93 -m comment --comment "a/b:c -> 10.0.0.1:80" -g MYCHAIN
COMMIT
EOF
iptables -t filter -A RCHAIN -p icmp -j CONNMARK --restore-mark
iptables -t raw -A PREROUTING -s 198.100.237.83/16 -i eth0 -m physdev --physdev-is-bridged -j RETURN
iptables -t security -A INPUT ! -d 10.109.211.71/12 -i eth0 -p icmp -m limit --limit 3/s -m limit --limit 100/day -j NFLOG --nflog-group 2
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [0:678]
:RCHAIN - [0:0]
[4:200] -A OUTPUT -s 127.160.197.103/30 -d 10.124.141.13 -p icmp -j TRACE
COMMIT
EOF
iptables -t filter -E RCHAIN RCHAIN-2
iptables -t filter -A DOCKER -s 127.112.223.151 -p 47 -m physdev --physdev-is-bridged -m pkttype --pkt-type unicast -j REJECT --reject-with icmp-host-prohibited
iptables -D DOCKER 4
iptables-save -c
iptables -t nat -v -X
iptables -S INPUT
iptables-save -c -t raw
iptables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING DROP [0:429]
:KUBE-SERVICES - [0:0]
-A FORWARD -d 198.222.229.111 -p sctp -m owner --uid-owner 100-200 -m addrtype --src-type LOCAL -j DSCP --set-dscp 10
-A PREROUTING ! -s 192.160.124.118 -p tcp -j MARK --xor-mark 0x3
COMMIT
EOF
iptables -N DOCKER
iptables -t nat -D PREROUTING -s 198.185.23.91 -j TRACE
iptables -A KUBE-SVC-ABC ! -s 198.105.27.78/30 -d 198.92.109.103/32 -p 47 -j RETURN
iptables -t filter -L DOCKER 1 -n -v
iptables -t mangle -S POSTROUTING 2
ip6tables -A INPUT -m addrtype --dst-type MULTICAST -m iprange ! --src-range 2001:db8::1-2001:db8::9 -j ACCEPT
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 94 (conformance/generators/iptables.ts)
iptables -t mangle -D INPUT 4
iptables -t filter -C INPUT -d 192.211.142.90/16 -p all -m statistic --mode random --probability 0.25000000000 -m pkttype --pkt-type broadcast -j MARK --set-mark 0x1
iptables-save
ip6tables-save
ip6tables -t raw -N KUBE-SVC-ABC
ip6tables-restore <<'EOF'
*security
:INPUT DROP [3:89]
:DOCKER - [0:0]
-A INPUT -p all -m length --length 100:200 -j DROP
-A DOCKER -d fd00:a:b:: -p 47 -g DOCKER
COMMIT
EOF
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [0:289]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES ! -d 198.135.9.80 -p 47 -j DROP
[4:403] -A FORWARD -s 127.62.225.67/16 -p tcp -m pkttype ! --pkt-type multicast --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
[3:315] -A KUBE-SERVICES -i br0 -j KUBE-SERVICES
[3:61] -A KUBE-SERVICES -s 127.182.19.207/12 -i br0 -p icmp --icmp-type 0 --icmp-type 3/4 -g KUBE-SERVICES
COMMIT
EOF
iptables -N KUBE-SEP-XYZ
iptables -t mangle -I INPUT -p 47 -m ttl --ttl-gt 235 -m connmark --mark 5/0xff -j NFLOG --nflog-group 4
iptables -N MYCHAIN
ip6tables -t mangle -A NOPE -j DROP
ip6tables-save -t raw
ip6tables -t nat -L -v
ip6tables -t security -I FORWARD 3 -s fd00::/64 -p all -j RETURN
ip6tables -t security -A OUTPUT -m owner --uid-owner 65534 -m addrtype --src-type LOCAL -g DOCKER
ip6tables -t filter -L
iptables -t filter -S -v
iptables -E MYCHAIN MYCHAIN-2
iptables -I NOPE 3 -s 10.180.130.120 -p tcp --syn -j REJECT
iptables -R INPUT 1 -s 192.43.180.83/32 -i lo -p tcp -m mac --mac-source 02:00:00:00:00:37 -j MARK --or-mark 0x8
ip6tables-save
iptables -N KUBE-SERVICES
iptables -t raw -A OUTPUT -p 47 -m iprange --dst-range 10.0.0.1-10.0.0.179 -m owner ! --uid-owner 100-200 -j NOTRACK
iptables -t raw -C PREROUTING -p tcp -m statistic --mode random --probability 0.1 -j MARK --set-mark 0x1
iptables -t nat -Z OUTPUT
iptables -P OUTPUT RETURN
iptables -t filter -C INPUT ! -s 192.180.147.22/24 -p udp -m mark --mark 0x4000/0x4000 -m connmark ! --mark 0x1 -j RETURN
iptables -N KUBE-SERVICES
iptables-restore -c <<'EOF'
*mangle
:PREROUTING ACCEPT [4:164]
:RCHAIN - [0:0]
-A POSTROUTING -s 198.236.16.167/16 -p sctp -m mark --mark 0x10/0xf0 -m owner --uid-owner 0 -j RETURN
[1:81] -A OUTPUT ! -s 192.241.130.121 -m state --state INVALID -m length ! --length 100:200 -j CONNMARK --restore-mark
COMMIT
EOF
iptables -A KUBE-SEP-XYZ -i lo -p tcp -m statistic --mode random --probability 0.1 -j REJECT --reject-with icmp-net-unreachable
iptables -R MYCHAIN-2 1 ! -s 192.208.92.41/0 -p tcp -m pkttype --pkt-type unicast -j KUBE-SEP-XYZ
iptables -t security -L -v
iptables -t security -D OUTPUT -m ttl --ttl-lt 109 -m ttl --ttl-gt 213 -j NFLOG --nflog-group 4
iptables -A INPUT -p all -m state --state ESTABLISHED,RELATED -m physdev --physdev-out eth+ -j MARK --set-mark 0x1
iptables -L
iptables -L -n --line-numbers
iptables -t nat -A PREROUTING -s 192.165.185.223 -m connmark --mark 5/0xff -j REDIRECT
iptables -S -v
ip6tables -t filter -A OUTPUT -o eth+ -p udp -j TRACE
ip6tables -A OUTPUT -i eth0 -p udp
ip6tables -t filter -C OUTPUT -m owner --uid-owner 100-200 -j NOTRACK
ip6tables -D FORWARD 3
ip6tables -t filter -N KUBE-SERVICES
ip6tables -t filter -D KUBE-SERVICES 4
ip6tables-restore <<'EOF'
*nat
:PREROUTING DROP [6:687]
:KUBE-SERVICES - [0:0]
-A INPUT -d fd00:a:b::/64 -p udp -m multiport --ports 53 -j CONNMARK --save-mark
-A KUBE-SERVICES -s fd00:a:b:: -d ::1/32 -p udp -m comment --comment x_y-z -m conntrack --ctstate INVALID -g KUBE-SERVICES
-A POSTROUTING -p sctp -m state --state INVALID -j ACCEPT
COMMIT
EOF
iptables -t filter -A INPUT -p sctp -m state ! --state INVALID -j TRACE
iptables -A KUBE-SERVICES ! -o eth+ -p all -g KUBE-SERVICES
iptables -A KUBE-SEP-XYZ -p all -m mark --mark 0xffffffff -m mark --mark 1 -j CONNMARK --restore-mark --mask 0xff
ip6tables -F KUBE-SERVICES
ip6tables -Z
ip6tables -R FORWARD 1 -i br0 -o eth+ -p ipv6-icmp -m conntrack ! --ctstate INVALID -j LOG --log-level debug
ip6tables -N LOGDROP
ip6tables -D KUBE-SERVICES 3
ip6tables -t filter -A OUTPUT -s 2001:db8:1::1/127 -j LOG --log-prefix "IN: " --log-level debug
ip6tables-save
ip6tables -A NOPE ! -o cni0 -j RETURN
ip6tables-save -c
ip6tables -t nat -F KUBE-SERVICES
ip6tables -L KUBE-SERVICES -n -v --line-numbers
ip6tables -t filter -A INPUT -s fe80::1 -d fe80::1 -p tcp -m mark ! --mark 1 -j CONNMARK --set-mark 0x2
ip6tables -A LOGDROP -s fd00:a:b:: -p 47 -j DROP
ip6tables -t filter -A NOPE -p tcp -j ACCEPT
ip6tables -t mangle -L -n --line-numbers
ip6tables -L
ip6tables -t nat -A PREROUTING -d fd00:: -p tcp -m length ! --length 0:64 -j TRACE
ip6tables -t filter -N LOGDROP
ip6tables -S LOGDROP
ip6tables-save -c
ip6tables -t mangle -A INPUT -s ::1 -p sctp -m iprange --src-range 2001:db8::1-2001:db8::9 -j CONNMARK --save-mark
ip6tables -t raw -N KUBE-SVC-ABC
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 68 (conformance/generators/iptables.ts)
iptables -t security -A INPUT -s 198.147.120.183 -d 127.170.57.102/12 -p tcp -m addrtype ! --dst-type LOCAL -m ttl --ttl-lt 5 -j TRACE
ip6tables -t nat -Z
ip6tables -L -n --line-numbers
ip6tables -L FORWARD -n -v --line-numbers
ip6tables -R FORWARD 3 -i lo -m length --length 1500 -m addrtype --src-type LOCAL -j NFLOG --nflog-group 2 --nflog-prefix p
iptables -t security -L OUTPUT -n -v --line-numbers
iptables -D INPUT 2
iptables -D FORWARD 2
iptables-restore <<'EOF'
*filter
:INPUT ACCEPT [1:769]
:KUBE-SERVICES - [0:0]
-A KUBE-SERVICES -d 198.73.32.116 -p tcp -g KUBE-SERVICES
COMMIT
EOF
iptables-restore <<'EOF'
*mangle
:PREROUTING DROP [4:911]
:DOCKER - [0:0]
-A DOCKER -m connmark --mark 5/0xff -j LOG --log-prefix "drop"
-A OUTPUT -p sctp -j ACCEPT
-A POSTROUTING -o cni0 -p 47 -m addrtype --dst-type LOCAL -m pkttype --pkt-type unicast -j TRACE
COMMIT
EOF
iptables -t nat -A PREROUTING -p icmp -m length --length 100:200 -j REDIRECT
iptables -t filter -D INPUT -g KUBE-SERVICES
iptables -t mangle -S POSTROUTING
iptables-save -t filter
iptables-save
iptables -A FORWARD -p 47 -j ACCEPT
ip6tables -t raw -X
ip6tables -t security -A NOPE -o eth1 -p sctp -m owner --uid-owner 100-200
iptables-save
iptables -t security -C FORWARD -p tcp -j CONNMARK --save-mark
iptables -t mangle -A FORWARD ! -d 192.103.28.91 -i br0 -p tcp -m pkttype --pkt-type broadcast -m connmark --mark 5/0xff -j TTL --ttl-dec 1
iptables -t filter -I INPUT -d 172.207.40.144/24 -p tcp -m statistic --mode random --probability 0.5 -m iprange --dst-range 10.0.0.1-10.0.0.190 -j REJECT --reject-with icmp-net-unreachable
ip6tables -S -v
ip6tables-save -c
iptables -t security -A OUTPUT -p 47 -m addrtype --dst-type LOCAL -j NFLOG --nflog-group 2
iptables -t nat -A POSTROUTING -d 127.41.9.223 -o docker0 -p udp -m addrtype --src-type LOCAL -m udp --dport 1024:1000 -j RETURN
iptables -t raw -nvL
iptables -A KUBE-SERVICES -p sctp -j MARK --and-mark 0xff
iptables -t nat -A POSTROUTING ! -s 172.188.70.81 -p tcp -m connmark --mark 5/0xff -m connmark ! --mark 5/0xff -j NFLOG --nflog-group 3
ip6tables -R OUTPUT 1 -d ::1/32 ! -o docker0 -p tcp -m addrtype --src-type UNICAST -j ACCEPT
iptables-restore <<'EOF'
*nat
:PREROUTING ACCEPT [5:217]
:KUBE-SERVICES - [0:0]
-A INPUT -m connmark --mark 5/0xff -j SNAT --to-source 10.0.0.2 --random-fully
[0:104] -A POSTROUTING -d 127.165.102.79/16 ! -o cni0 -p icmp -j LOG --log-prefix "drop"
-A POSTROUTING -s 10.13.47.178/32 -d 127.251.30.23/12 -m length --length 1500 -m pkttype --pkt-type unicast -j KUBE-SERVICES
-A KUBE-SERVICES -d 127.15.132.121 -g KUBE-SERVICES
COMMIT
EOF
iptables -t mangle -A INPUT -p tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu
ip6tables -t nat -D NOPE ! -i br0 -m state ! --state NEW -m iprange --src-range 2001:db8::1-2001:db8::9 -j DNAT --to-destination 2001:db8::1
ip6tables-restore <<'EOF'
*nat
:PREROUTING DROP [7:126]
:RCHAIN - [0:0]
[3:67] -A OUTPUT ! -s fe80::1 -m addrtype --src-type LOCAL -j LOG
-A POSTROUTING -d 2001:db8:1::1/127 -m statistic --mode random --probability 0.33333333349 -m pkttype --pkt-type multicast -j MASQUERADE
[4:38] -A POSTROUTING -o cni0 -p sctp -m owner --uid-owner 100-200
COMMIT
EOF
iptables -F KUBE-SERVICES
iptables -A INPUT -s 10.253.4.8 -i eth0 -p all -m statistic --mode nth --every 3 --packet 1 -j MARK --set-xmark 0x4000/0x4000
ip6tables -N KUBE-SEP-XYZ
ip6tables -t security -C INPUT -m addrtype --dst-type MULTICAST -m limit --limit 3/s --limit-burst 20 -j RETURN
ip6tables-restore -c <<'EOF'
*filter
:INPUT ACCEPT [5:687]
:KUBE-SERVICES - [0:0]
-A FORWARD -o cni0 -p tcp -j RETURN
COMMIT
EOF
ip6tables -t raw -N DOCKER-USER
ip6tables-save
ip6tables -t raw -A PREROUTING -i veth+ -p all -m state --state ESTABLISHED,RELATED -m pkttype --pkt-type unicast -j DOCKER-USER
ip6tables -t raw -N DOCKER-USER
ip6tables -t raw -L -v
ip6tables -R KUBE-SERVICES 1 -s fe80::1 -p 47 -m mark --mark 0x4000/0x4000 -j RETURN
iptables -t nat -I PREROUTING 2 -s 10.164.121.158/32 -m length --length 100:200 -j ACCEPT
iptables-save
iptables-restore --noflush <<'EOF'
*filter
:INPUT DROP [5:802]
:RCHAIN - [0:0]
-A INPUT -s 10.225.194.240 -p tcp -m conntrack --ctstate NEW -m length ! --length 0:64 -j ACCEPT
-A INPUT -s 172.20.110.46/32 -d 172.246.165.243 -p tcp -m length --length 100:200 -m pkttype ! --pkt-type multicast -j NFLOG --nflog-group 4
-A INPUT -p icmp -j KUBE-SERVICES
-A FORWARD -i br0 -p icmp -j RCHAIN
COMMIT
EOF
iptables -t raw -A PREROUTING -m connmark --mark 5/0xff -j CONNMARK --set-mark 0x2
ip6tables -t raw -A OUTPUT -s fd00:a:b::/128 -p sctp -m conntrack --ctstate NEW -m hl --hl-eq 155 -j CT --notrack
iptables-save -t mangle -c
iptables -t filter -A OUTPUT -s 127.58.253.83/0 -d 127.169.93.155 -o eth1 -p 47 -j DROP
iptables -t security -F
iptables -S -v
iptables -A INPUT -p sctp -j DROP
iptables -S
ip6tables -Z KUBE-SERVICES
ip6tables -I INPUT 3 -p 47 -m connmark ! --mark 5/0xff -g KUBE-SERVICES
ip6tables-restore --noflush <<'EOF'
*mangle
:DOCKER - [0:0]
-A POSTROUTING -m limit --limit 100/day -m statistic --mode random --probability 0.25000000000 -j TRACE
-A FORWARD -p sctp -m pkttype ! --pkt-type multicast -j RETURN
-A POSTROUTING -d 2001:db8:1::1/128 -p ipv6-icmp -j DSCP --set-dscp-class EF
-A DOCKER -o docker0 -p ipv6-icmp -m physdev ! --physdev-is-in
COMMIT
EOF
ip6tables -nvL
ip6tables-save -c
ip6tables -t mangle -A NOPE ! -o docker0 -p sctp -j DOCKER
ip6tables -F
iptables -t filter -A KUBE-SERVICES -s 192.55.171.203 -d 10.196.77.225 -p 47 -m state --state ESTABLISHED,RELATED
iptables-restore <<'EOF'
*filter
:INPUT DROP [6:896]
:KUBE-SERVICES - [0:0]
-A FORWARD -p 47 -j TRACE
-A FORWARD -d 172.195.93.63/16 -i veth+ -m comment --comment x_y-z -m mark --mark 0xffffffff -j REJECT --reject-with icmp-net-unreachable
[2:95] -A KUBE-SERVICES -m addrtype --src-type UNICAST -j TRACE
COMMIT
EOF
ip6tables -t filter -P INPUT DROP
ip6tables -t raw -I OUTPUT 2 -p udp -m state --state INVALID -m connmark ! --mark 5/0xff
ip6tables -t security -C FORWARD -d 2001:db8::/16 -p 47 -m physdev --physdev-is-bridged -m addrtype --dst-type BROADCAST -j TRACE
ip6tables-save -c
ip6tables -t security -D FORWARD -i docker0 -p 47 -m iprange --src-range 2001:db8::1-2001:db8::9 -m conntrack --ctstate RELATED,ESTABLISHED -j TRACE
iptables-save
ip6tables-save

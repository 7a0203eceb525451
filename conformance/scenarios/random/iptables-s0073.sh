# Random iptables/ip6tables rule set, seed 73 (conformance/generators/iptables.ts)
ip6tables -A OUTPUT -d fd00:: -o eth+ -p 47 -m length ! --length 0:64 -m hl --hl-eq 43 -j DROP
ip6tables -Z FORWARD
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [8:168]
:DOCKER - [0:0]
-A OUTPUT ! -d ::1/16 -p ipv6-icmp -g DOCKER
-A DOCKER -o cni0 -p sctp -m hl --hl-gt 185 -j DOCKER
COMMIT
EOF
ip6tables -E DOCKER DOCKER-2
iptables -t security -A INPUT -p 47 -j REJECT --reject-with icmp-host-prohibited
iptables -t mangle -A FORWARD -p icmp -j RETURN
iptables-restore -c <<'EOF'
*filter
:RCHAIN - [0:0]
[4:475] -A INPUT -s 192.181.206.136/8 -p all -m limit --limit 100/day -m state --state INVALID -j LOG --log-level 4
COMMIT
EOF
iptables-save -t filter
iptables -t mangle -L -n -v
iptables -t filter -A OUTPUT -p 47 -m length --length 0:64 -m limit --limit 10/second --limit-burst 20 -j MARK --set-mark 0x1
iptables -t mangle -P INPUT RETURN
iptables -A NOPE -s 10.215.152.236 -p tcp -g RCHAIN
iptables -t filter -F
iptables -Z
iptables -t filter -D FORWARD 4
iptables-restore --noflush -c <<'EOF'
*filter
:INPUT DROP [5:548]
:RCHAIN - [0:0]
-A OUTPUT -p tcp
COMMIT
EOF
iptables -C FORWARD -s 198.35.132.218 -o eth1 -p udp -m statistic --mode nth --every 10 --packet 0 -m addrtype --src-type UNICAST -j RCHAIN
iptables -I RCHAIN 1 -o eth1 -p tcp -m tcp --dport ssh -m physdev --physdev-is-bridged
iptables -t mangle -D OUTPUT -p icmp -j RETURN
iptables -t nat -L POSTROUTING -n -v --line-numbers
iptables -t filter -I RCHAIN ! -s 172.116.136.61/30 -d 10.0.122.114/16 -p 47 -j DROP
iptables -t security -I OUTPUT 4 -p sctp -m statistic --mode nth --every 3 --packet 1 -j TTL --ttl-set 64
iptables -t nat -A POSTROUTING -m length --length 100:200 -m length --length 0:64 -j REDIRECT
iptables -t filter -I RCHAIN 3 -d 127.17.200.175/32 -p tcp -g RCHAIN
iptables-save -t security
iptables -A RCHAIN -o cni0 -p icmp -m comment --comment "kubernetes service portals" -j REJECT --reject-with icmp-host-prohibited
iptables -P OUTPUT RETURN
ip6tables -t nat -I PREROUTING ! -s fd00:a:b::/48 ! -i lo -p ipv6-icmp -m statistic --mode nth --every 2 --packet 0 -m limit --limit 3/s --limit-burst 5 -j TRACE
ip6tables -t mangle -A FORWARD -m state --state NEW -m statistic --mode random --probability 1
ip6tables -t filter -Z OUTPUT
ip6tables -t raw -C OUTPUT -p ipv6-icmp -j MARK --set-mark 5/0xff
iptables -X RCHAIN
iptables -t nat -nvL
iptables -t security -A FORWARD -p tcp -m physdev --physdev-in veth0 -j LOG --log-prefix "drop"
iptables -t raw -L -x -v -n
iptables -t mangle -F
iptables -P INPUT ACCEPT
iptables -t mangle -A PREROUTING -m physdev --physdev-is-bridged -m addrtype --src-type UNICAST -j DSCP --set-dscp 0x2e
iptables -t security -L -v
iptables -t nat -A POSTROUTING -p udp -j CONNMARK --restore-mark
iptables -t raw -F
iptables -t raw -R OUTPUT 2 -o eth+ -p 47 -j ACCEPT
iptables -C FORWARD ! -d 127.79.231.158/32 ! -o cni0 -p all -j RCHAIN
iptables -t filter -C FORWARD -s 10.135.124.57 ! -i br0 -p tcp -m pkttype --pkt-type unicast -m length --length 0:64
iptables -t mangle -D INPUT 4
iptables-restore <<'EOF'
*security
:INPUT ACCEPT [3:914]
:KUBE-SERVICES - [0:0]
-A OUTPUT -o eth1 -p udp --sport 80 -j KUBE-SERVICES
COMMIT
EOF
iptables -F
iptables -t filter -R RCHAIN 3 -o eth1 -p 47 -j CONNMARK --save-mark
iptables -t raw -A PREROUTING -p 47 -j ACCEPT
iptables -t nat -nvL
iptables -t raw -N LOGDROP
iptables -t raw -A OUTPUT -p all -m length --length 0:64 -m length ! --length 0:64 -g LOGDROP
iptables -R OUTPUT 1 -s 198.245.151.130 -d 198.103.83.99 -p tcp -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -A INPUT -s 192.11.65.17/16 -d 198.146.92.95 -p all -m connmark --mark 0x1 -m addrtype --src-type UNICAST -j TRACE
iptables -t filter -P FOO DROP
iptables -t security -L KUBE-SERVICES
iptables -t mangle -D INPUT -i veth+ -j TRACE
iptables -t raw -A OUTPUT ! -s 198.250.238.150/0 -p all -m conntrack ! --ctstate INVALID -m pkttype --pkt-type unicast -j ACCEPT
ip6tables -t filter -D OUTPUT 3
ip6tables -t mangle -D OUTPUT -i veth+ -p all -m addrtype --dst-type BROADCAST -j TRACE
ip6tables -C OUTPUT ! -s 2001:db8:1::1/48 -d fd00:a:b::/64 -p all -j CONNMARK --restore-mark --mask 0xff
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [4:838]
:KUBE-SERVICES - [0:0]
-A FORWARD -s ::1/48 -m hl --hl-lt 2 -m comment --comment x_y-z -j NFLOG --nflog-group 1 --nflog-prefix p
-A KUBE-SERVICES -p 47 -m conntrack --ctstate RELATED,ESTABLISHED -m addrtype --dst-type MULTICAST -j RETURN
-A OUTPUT -d fd00::/16 -p all -j KUBE-SERVICES
-A INPUT -s 2001:db8:1::1 -i br0 -p 47 -m physdev --physdev-is-bridged -j REJECT --reject-with tcp-reset
COMMIT
EOF
ip6tables -A OUTPUT -m connmark --mark 5/0xff -m state --state NEW -j LOG --log-level 7
ip6tables -t security -D INPUT 1
ip6tables -A INPUT -d 2001:db8::/16 -p sctp -m statistic --mode random --probability 1 -m limit --limit 10/second -j TRACE
iptables -t filter -P FORWARD DROP
iptables -t mangle -C INPUT -d 127.194.161.118/8 -p all -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -A RCHAIN -i veth+ -p icmp -j REJECT --reject-with icmp-port-unreachable
iptables -t raw -R LOGDROP 2 ! -s 192.240.67.175 -i docker0 -o eth+ -m pkttype --pkt-type multicast -m limit --limit 5/min --limit-burst 20 -j DROP
iptables -t filter -L -v
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 162 (conformance/generators/iptables.ts)
iptables -A OUTPUT ! -o cni0 -p tcp -m conntrack --ctstate INVALID -j NFLOG --nflog-group 0
iptables -A OUTPUT -o eth+ -m statistic --mode nth --every 2 --packet 1 -j DROP
iptables -A INPUT -p udp -m length --length 0:64 -j RETURN
ip6tables -P FORWARD DROP
ip6tables -v -X
ip6tables -t raw -L PREROUTING
ip6tables -A FORWARD -p sctp -m statistic --mode random --probability 0.5 -m statistic --mode nth --every 3 --packet 1 -j ACCEPT
ip6tables -t raw -D OUTPUT -d fe80::1 -j TRACE
ip6tables -v -I INPUT 2 -d fd00:a:b::/128 -p ipv6-icmp -j REJECT --reject-with icmp6-no-route
ip6tables -A OUTPUT -d fe80::1 -o docker0 -p tcp -m hl --hl-eq 46 -m limit --limit 3/s -j MARK --and-mark 0xff
ip6tables -Z
iptables -A OUTPUT -p tcp -m state --state INVALID -m statistic --mode nth --every 3 --packet 1 -j DNAT --to-destination 10.0.0.1
iptables -t filter -P OUTPUT DROP
iptables -t security -A FORWARD -c 30 71863 -p icmp -m statistic --mode nth --every 10 --packet 1 -m pkttype --pkt-type multicast -j TRACE
iptables -t mangle -C PREROUTING -p all -j CONNMARK --set-mark 0x2
ip6tables -P OUTPUT RETURN
ip6tables -t raw -F
ip6tables -t mangle -L OUTPUT
ip6tables -S
ip6tables-save -c -t raw
ip6tables -A INPUT -i br0 -m comment --comment x_y-z -j CONNMARK --restore-mark --mask 0xff
ip6tables -t security -v -X
ip6tables -t raw -N KUBE-SERVICES
ip6tables -L -n --line-numbers
ip6tables -t nat -R PREROUTING 1 -s fd00:: -p 47 -m state --state INVALID -m pkttype --pkt-type unicast
ip6tables -t mangle -L -x -v -n
ip6tables --list INPUT --numeric --line-numbers
ip6tables -t mangle -A INPUT -i docker0 -p 47 -m limit --limit 3/s --limit-burst 1 -m mark --mark 1 -j DROP
ip6tables -t security -A FORWARD -o eth1 ! -p udp -m conntrack --ctstate UNTRACKED -m length --length 1500 -j ACCEPT
ip6tables -A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j REJECT --reject-with icmp6-port-unreachable
ip6tables -N MYCHAIN
ip6tables -t filter -P OUTPUT DROP
ip6tables -A MYCHAIN -d ::1/16 -p 47 -m hl --hl-lt 7 -j LOG
iptables -t security -Z INPUT 2
iptables -t filter -N DOCKER
iptables -t filter -L -v -Z
iptables -A FORWARD -d 10.184.117.148/8 -m addrtype --dst-type BROADCAST -m physdev --physdev-is-bridged -j CONNMARK --save-mark
iptables -t nat -A OUTPUT -s 172.226.140.90/0 -o docker0 -p udp -j MARK --set-mark 5/0xff
iptables -t raw -A NOPE -p udp -m connmark --mark 5/0xff -j CONNMARK --restore-mark --mask 0xff
iptables -t nat -A OUTPUT -d 192.62.124.234 -p sctp -j MASQUERADE
iptables -t nat -A PREROUTING -p sctp -m statistic --mode random --probability 1 -m comment --comment "a/b:c -> 10.0.0.1:80" -j TRACE
iptables -t nat -A PREROUTING -d 172.86.180.138/32 -p tcp -j TRACE
iptables -t nat -v -X
iptables -v -X DOCKER
iptables -t mangle -C POSTROUTING ! -d 172.102.197.13/12 -p udp -j LOG
iptables -t mangle -A POSTROUTING -o docker0 -p sctp -m pkttype --pkt-type unicast -j TRACE
iptables -A INPUT -p all -m iprange --dst-range 10.0.0.1-10.0.0.194
ip6tables -A MYCHAIN ! -s fe80::1/64 ! -d fe80::1/127 ! -i eth0 -o cni0 ! -p tcp --sport 0 -j MYCHAIN
iptables -t filter -A DOCKER -s 198.193.116.62 -d 192.132.246.19 -j NFLOG --nflog-group 4
iptables -S OUTPUT
iptables -t raw -I PREROUTING 1 -p icmp -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -S FORWARD
iptables -t security -A FORWARD -m ttl --ttl-gt 83
iptables -t mangle -A FORWARD ! -d 192.119.82.121/32 -p udp
iptables -E DOCKER DOCKER-2
ip6tables -F MYCHAIN
ip6tables -t nat -N LOGDROP
ip6tables -N f2b-sshd
ip6tables -t nat -S LOGDROP 1
ip6tables -C FORWARD -m length --length 100:200 -j MYCHAIN
ip6tables -t nat -I OUTPUT 2 -p udp -m addrtype --dst-type BROADCAST -j LOGDROP
ip6tables -t raw -A PREROUTING -d 2001:db8:: -p tcp -g KUBE-SERVICES
iptables --list INPUT --numeric --line-numbers
iptables-restore --noflush -c <<'EOF'
*mangle
:PREROUTING ACCEPT [2:890]
:DOCKER - [0:0]
-A POSTROUTING -d 192.28.188.4/30 -o eth+ -p udp -m statistic --mode random --probability 0.33333333349 -m iprange --dst-range 10.0.0.1-10.0.0.178 -j ACCEPT
[4:411] -A POSTROUTING -d 172.83.35.202 -m comment --comment docker -j NFLOG --nflog-group 1
-A DOCKER -p all
-A PREROUTING -d 127.160.191.103/12 ! -i br0 -p 47 -m mac --mac-source 02:00:00:00:00:58 -j TTL --ttl-dec 1
COMMIT
EOF
iptables -t raw -X OUTPUT
iptables -t security -L OUTPUT 1 -n -v
iptables -L DOCKER-2
iptables -t nat -I INPUT 1 -p icmp -j CONNMARK --restore-mark
iptables -L DOCKER-2 -n -v --line-numbers
iptables -t raw -A PREROUTING -d 198.48.10.79/30 ! -i br0 -p icmp -m mac --mac-source 02:00:00:00:00:38 -j NOTRACK
iptables-save
ip6tables-save

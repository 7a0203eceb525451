# Random iptables/ip6tables rule set, seed 58 (conformance/generators/iptables.ts)
iptables -L -n -v
iptables -A NOPE -d 192.31.156.244/32 -i docker0 -p all -m statistic --mode random --probability 1 -m statistic --mode nth --every 3 --packet 1 -j REJECT --reject-with icmp-host-prohibited
iptables-restore --noflush -c <<'EOF'
*security
:INPUT DROP [6:430]
:DOCKER - [0:0]
-A INPUT -s 10.177.105.182/8 -d 10.191.224.201/0 -p udp -m ttl --ttl-gt 205 -j MARK --or-mark 0x8
-A INPUT -d 172.222.199.201 -m physdev --physdev-out eth+ -j CONNMARK --restore-mark --mask 0xff
COMMIT
EOF
iptables-save -t security
ip6tables -t filter -F
ip6tables -t mangle -A OUTPUT -o eth1 -p ipv6-icmp -m comment --comment x_y-z -m owner --uid-owner 65534 -j MARK --and-mark 0xff
ip6tables -D OUTPUT -p ipv6-icmp -m physdev --physdev-is-bridged -m statistic --mode random --probability 0.5
ip6tables -t mangle -A POSTROUTING -p tcp -j TCPMSS --set-mss 1400
ip6tables -t nat -L
iptables -A OUTPUT ! -o docker0 -m owner --uid-owner 65534 -m addrtype --src-type LOCAL -j NFLOG --nflog-group 0 --nflog-prefix p
iptables -X
iptables -A OUTPUT -p tcp -j ACCEPT
iptables -X
iptables -R INPUT 3 -d 127.184.69.209/8 -p sctp -m comment --comment x_y-z -j REJECT --reject-with icmp-host-prohibited
iptables -A INPUT -p tcp -m tcp --dport 53 -m limit --limit 5/min --limit-burst 5 -j DROP
iptables -t nat -A PREROUTING -d 10.118.190.229/32 -p 47 -j ACCEPT
iptables -t security -A FORWARD -p udp -m comment --comment "kubernetes service portals" -m mark --mark 1 -j DROP
iptables -t mangle -S -v
iptables-save -t filter
ip6tables-save
iptables -t filter -L FORWARD -n -v --line-numbers
iptables -N KUBE-SERVICES
ip6tables -t filter -A INPUT ! -s fd00:a:b:: ! -d fe80::1 -p tcp --tcp-flags SYN,RST SYN -m statistic --mode random --probability 0.1 -j REJECT
ip6tables -I FORWARD 3 -o cni0 -p udp -m connmark ! --mark 5/0xff -m addrtype --dst-type BROADCAST -j MARK --and-mark 0xff
ip6tables -t raw -R OUTPUT 3 -p all -m connmark --mark 0x1 -j NFLOG --nflog-group 1 --nflog-prefix p
iptables -t nat -Z POSTROUTING
iptables -t filter -A FORWARD -d 10.124.38.104 -i docker0 -o docker0 -p tcp -m iprange ! --dst-range 10.0.0.1-10.0.0.188 -j REJECT
ip6tables -t raw -S -v
ip6tables -t mangle -S
ip6tables -t mangle -N MYCHAIN
ip6tables-save -t filter -c
ip6tables -t raw -A PREROUTING -s fe80::1 -p tcp -m connmark --mark 0x1 -m mark --mark 1 -j LOG
ip6tables -t filter -A FORWARD -d fd00::/64 -m mac --mac-source 02:00:00:00:00:31 -m statistic --mode nth --every 2 --packet 1 -j RETURN
ip6tables -t nat -D INPUT -s 2001:db8:1::1/16 -p tcp -m connmark ! --mark 0x1 -j RETURN
ip6tables -t filter -P FOO ACCEPT
ip6tables -t security -A INPUT ! -d 2001:db8:1::1 -i docker0 -m pkttype --pkt-type multicast -j DROP
iptables -t security -X DOCKER
iptables -L -n
ip6tables -t filter -I OUTPUT 3 -d 2001:db8::/32 -p sctp -j NFLOG --nflog-group 2
ip6tables-restore <<'EOF'
*filter
:INPUT DROP [2:580]
:KUBE-SERVICES - [0:0]
-A INPUT -d fd00:: -p ipv6-icmp -m iprange --src-range 2001:db8::1-2001:db8::9 -j KUBE-SERVICES
-A KUBE-SERVICES -i eth0 -m addrtype --src-type UNICAST -m owner --uid-owner 100-200 -j REJECT --reject-with icmp6-adm-prohibited
-A INPUT -p 47 -m connmark ! --mark 5/0xff -m state --state NEW -j MARK --set-xmark 0x4000/0x4000
COMMIT
EOF
ip6tables -I KUBE-SERVICES 1 -m pkttype --pkt-type broadcast -j REJECT --reject-with icmp6-port-unreachable
ip6tables-save -t filter
ip6tables -A FORWARD -p sctp -m comment --comment x_y-z -j LOG --log-prefix "IN: " --log-level 7
ip6tables -t security -F
ip6tables -t filter -A INPUT -p tcp -m limit --limit 100/day --limit-burst 1 -m conntrack ! --ctstate NEW -j TCPMSS --set-mss 1400
ip6tables-save
ip6tables -L -v
ip6tables -t mangle -X
ip6tables -t nat -A PREROUTING -d 2001:db8:: -p sctp -j MASQUERADE --to-ports 1024-65535
ip6tables-save
ip6tables-restore --noflush <<'EOF'
*mangle
:PREROUTING DROP [3:239]
:RCHAIN - [0:0]
-A OUTPUT -d fe80::1 -p sctp -m limit --limit 10/second -j DROP
-A PREROUTING -p udp -m mark --mark 1 -j NOTRACK
[1:50] -A RCHAIN -i lo -o cni0 -p ipv6-icmp
-A INPUT -p tcp -m comment --comment "kubernetes service portals" -j CT --zone 3
COMMIT
EOF
iptables -P OUTPUT ACCEPT
iptables-save
iptables -t nat -D INPUT -s 192.168.93.39/32 -p 47 -m comment --comment "a/b:c -> 10.0.0.1:80" -j RETURN
iptables -I KUBE-SERVICES 1 -p tcp -j REJECT --reject-with tcp-reset
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT DROP [3:271]
:KUBE-SERVICES - [0:0]
[1:37] -A FORWARD -s 2001:db8::/48 -i eth0 -p all -j NFLOG --nflog-group 0 --nflog-prefix p
-A FORWARD ! -i docker0 -j ACCEPT
-A OUTPUT -s ::1/128 -d fd00:a:b:: -p udp -m addrtype --src-type UNICAST -m limit --limit 10/second -j NFLOG --nflog-group 0 --nflog-prefix p
[1:498] -A KUBE-SERVICES -d 2001:db8:: ! -o eth1 -j DROP
COMMIT
EOF
ip6tables -N DOCKER
ip6tables -D FORWARD -s 2001:db8:: -i br0 ! -o eth1 -p all -g DOCKER
ip6tables -t security -A INPUT ! -i docker0 -p tcp -j TRACE
ip6tables -D INPUT -p sctp -m addrtype --dst-type UNICAST -j TRACE
iptables-save
ip6tables-save

# Random iptables/ip6tables rule set, seed 139 (conformance/generators/iptables.ts)
iptables -t nat -A PREROUTING -d 10.30.119.9 -p 47 -j MARK --set-mark 5/0xff
ip6tables-save -c
ip6tables -t mangle -C INPUT -p 47
ip6tables -L -v -Z
ip6tables -t raw -L
ip6tables -t mangle -v -I INPUT 2 -p all -j CONNMARK --restore-mark
ip6tables -I FORWARD -s 2001:db8::/32 -i lo -p tcp ! --syn -j TRACE
ip6tables -D OUTPUT 1
ip6tables -v -F INPUT
ip6tables -A OUTPUT ! -d fd00:a:b::/16 -p udp -j DROP
ip6tables -t mangle -nvL
ip6tables -t filter -P OUTPUT ACCEPT
ip6tables -t filter -v -A FORWARD -d fe80::1 -o cni0 -m addrtype --dst-type LOCAL -m conntrack --ctstate INVALID -j REJECT
ip6tables -A OUTPUT -c 464 17321 -s 2001:db8:1::1/127 -p 47 -j REJECT
iptables -t raw -A OUTPUT -s 10.91.121.159/30 -o eth1 ! -p tcp -j LOG --log-level crit
ip6tables-restore --noflush <<'EOF'
*filter
:INPUT ACCEPT [4:241]
:KUBE-SERVICES - [0:0]
-A OUTPUT -d fd00::/48 -o eth+ -p udp -m pkttype ! --pkt-type unicast -m multiport --sports http,https -j DNAT --to-destination 2001:db8::1
-A KUBE-SERVICES -i lo -p sctp -m mark ! --mark 0xffffffff -j RETURN
-A KUBE-SERVICES -d fd00::/48 -p tcp -m mark --mark 0x4000/0x4000 -m addrtype --src-type LOCAL -j MARK --or-mark 0x8
[0:121] -A OUTPUT -s fe80::1/32 -p ipv6-icmp -j REJECT --reject-with icmp6-adm-prohibited
COMMIT
EOF
iptables -A OUTPUT -p 47 -m state ! --state NEW -j LOG --log-level info
iptables -t filter -D INPUT 3
iptables -w 1 --append INPUT -d 172.233.223.3/30 -p udp -m state --state ESTABLISHED,RELATED -j REJECT --reject-with tcp-reset
iptables -t raw -v -A OUTPUT -d 127.146.36.22 -p icmp --icmp-type destination-unreachable -j CONNMARK --set-mark 0x2
iptables -t raw -A PREROUTING -p all -m iprange --dst-range 10.0.0.1-10.0.0.113 -m statistic --mode random --probability 0.5 -j MARK --xor-mark 0x3
iptables -N f2b-sshd
iptables -v -A FORWARD -p udp -j MARK --xor-mark 0x3
iptables -t filter -L -n -v
iptables -t nat -C POSTROUTING -j DROP
iptables -t nat -I POSTROUTING -s 172.3.255.178 ! -d 127.49.3.28 -p 47 -j ACCEPT
iptables -A OUTPUT -p all -j TRACE
iptables -t nat -v -A POSTROUTING -m connmark --mark 0x1 -j RETURN
iptables -S OUTPUT 3
iptables -t nat -D PREROUTING -p icmp -m mark --mark 1 -j RETURN
iptables -t mangle -L INPUT 2 -n -v
iptables -t filter -S INPUT 1
iptables-save -t security
iptables -t raw -S
iptables -t security -X OUTPUT
iptables-save
iptables -t nat -A PREROUTING ! -d 127.226.203.141 -m conntrack ! --ctstate RELATED,ESTABLISHED -m ttl --ttl-lt 230 -j CONNMARK --restore-mark --mask 0xff
ip6tables -A INPUT -d ::1/127 -p all -m physdev --physdev-is-bridged -m conntrack --ctstate UNTRACKED -j TRACE
ip6tables -S OUTPUT
ip6tables -t nat -v -X
iptables -t mangle -R PREROUTING 2 -s 127.226.70.79/24 -p sctp -m limit --limit 10/second -m ttl --ttl-gt 74
iptables -nvL
iptables -v -X f2b-sshd
iptables -S NOPE 3
iptables -t raw -D PREROUTING 1
iptables -t security -v -F INPUT
iptables -t nat -Z
iptables -t mangle -A OUTPUT -c 587 86750 -d 172.105.43.205/32 -p tcp -m pkttype --pkt-type multicast -j TTL --ttl-set 64
iptables-restore <<'EOF'
*raw
:RCHAIN - [0:0]
[4:391] -A PREROUTING -p icmp -m statistic --mode random --probability 0.1 -m iprange ! --dst-range 10.0.0.1-10.0.0.11 -j DROP
[1:236] -A PREROUTING ! -p tcp -j ACCEPT
-A RCHAIN -o cni0 -j MARK --xor-mark 0x3
COMMIT
EOF
iptables -t filter -S
iptables -t security -Z OUTPUT 1
iptables-save -c
ip6tables-save
ip6tables -t mangle -C FORWARD -d ::1 -p ipv6-icmp --icmpv6-type neighbour-solicitation -m addrtype --dst-type UNICAST -j NFLOG --nflog-group 4 --nflog-prefix p
ip6tables -S OUTPUT 1
ip6tables-restore --noflush <<'EOF'
*filter
:RCHAIN - [0:0]
[2:102] -A INPUT -p ipv6-icmp -m pkttype ! --pkt-type unicast -j REJECT --reject-with icmp6-no-route
-A OUTPUT -s 2001:db8::/48 -o eth+ -p tcp -m addrtype --dst-type BROADCAST -m pkttype ! --pkt-type broadcast -j NFLOG --nflog-group 0 --nflog-prefix p
-A INPUT -p sctp -m limit --limit 10/second -m statistic --mode nth --every 3 --packet 0 -j MARK --xor-mark 0x3
-A INPUT -s 2001:db8:: ! -i br0 -m limit --limit 10/second --limit-burst 1 -m mark --mark 1 -j ACCEPT
COMMIT
EOF
ip6tables -t raw -Z OUTPUT 2
iptables -Z
iptables-save -t security -c
iptables-save
iptables -t filter --list INPUT --numeric --line-numbers
iptables-save -c -t filter
iptables -A INPUT -s 10.215.158.134/8 -m mark --mark 1 -j CONNMARK --restore-mark --mask 0xff
iptables-save -c
iptables -S
iptables -A INPUT -s 10.97.127.109/16 -i eth0 -p icmp -m mark --mark 0xffffffff -j DROP
iptables-save -c
iptables-restore -c <<'EOF'
*filter
:INPUT DROP [2:781]
:DOCKER - [0:0]
[0:194] -A OUTPUT -s 198.115.32.254 -o eth+ -p sctp -m comment --comment "kubernetes service portals" -m pkttype --pkt-type multicast -j TRACE
-A DOCKER -p all -m statistic --mode random --probability 0.1 -j MARK --set-mark 5/0xff
-A FORWARD -d 172.161.252.240/32 -p icmp -m length ! --length 1500 -j TRACE
COMMIT
EOF
iptables -t raw -A PREROUTING -p udp -j NOTRACK
iptables -A OUTPUT -m statistic --mode nth --every 10 --packet 0 -j CONNMARK --save-mark
iptables-save
ip6tables-save
